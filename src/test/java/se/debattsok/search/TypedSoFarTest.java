package se.debattsok.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TypedSoFarTest {
  private static String typed(String query) {
    return TypedSoFar.of(SearchRequest.of(query)).query();
  }

  @Test
  void aPlainLastWordAlsoCountsAsTheStartOfALongerOne() {
    assertEquals("(skolseg OR skolseg*)", typed("skolseg"));
    assertEquals("äldreomsorg (kommun OR kommun*)", typed("äldreomsorg kommun"));
    assertFalse(TypedSoFar.of(SearchRequest.of("skolseg")).correct()); // an unfinished word is no typo
  }

  @Test
  void anythingElseIsLeftAsTyped() {
    for (String query : new String[] {"sk", "parti:SD", "skola -frisk", "\"inte har", "skola OR", "vård*", "segregaton~",
        "skola ", "år:2023"}) {
      assertEquals(query, typed(query), query);
    }
  }
}
