package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;

/**
 * What a query that finds nothing is answered with, when no spelling is near: the word that ends
 * in what was typed, and otherwise the documents that hold all the words but one.
 */
class NothingFoundTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    TestIndex.write(corpus, "jobs-1.txt", "Om jobb", "Arbetslöshet i Norrland.");
    TestIndex.write(corpus, "jobs-2.txt", "Om jobb igen", "Arbetslöshet och följden av den.");
    TestIndex.write(corpus, "youth.txt", "Om unga", "Ungdomsarbetslöshet är ett problem.");
    TestIndex.write(corpus, "wolves.txt", "Om vargar", "Rovdjurspolitiken ses över.");
    TestIndex.write(corpus, "gothenburg.txt", "Om Göteborg", "Skolan och fritidsgårdarna i Göteborg.");
    TestIndex.write(corpus, "malmo.txt", "Om Malmö", "Skolan i Malmö.");
    TestIndex.write(corpus, "closed.txt", "Om stängning", "Skolan är stängd.");
    TestIndex.write(corpus, "forest.txt", "Om skogen", "Lodjur i skogen.");
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static SearchResult search(String query) throws Exception {
    return service.search(SearchRequest.of(query));
  }

  @Test
  void anUnknownWordWithNoNearSpellingIsTheEndOfTheCommonestWordEndingSo() throws Exception {
    // Half of "ar-betslöshet", split at a line end: no word is two edits from it with the first
    // letter kept, but two documents say "arbetslöshet" and one "ungdomsarbetslöshet".
    SearchResult result = search("betslöshet");
    assertEquals("arbetslöshet", result.suggestion());
    assertEquals(Boolean.TRUE, result.suggestionApplied());
    assertThat(SearchServiceTest.ids(result)).containsExactlyInAnyOrder("jobs-1.txt", "jobs-2.txt", "youth.txt");
    assertEquals("arbetslöshet följden", search("betslöshet följden").suggestion()); // with other words
    assertEquals("rovdjurspolitiken", search("ovdjurspolitiken").suggestion()); // the first letter lost
  }

  @Test
  void aShortUnknownWordIsNotTakenForTheEndOfAnother() throws Exception {
    SearchResult result = search("öshet"); // five letters: too many words end so
    assertNull(result.suggestion());
    assertEquals(0, result.total());
  }

  @Test
  void whenNoDocumentHoldsAllTheWordsThoseWithAllButOneAreShown() throws Exception {
    SearchResult result = search("skolan fritidsgårdarna Malmö");
    assertEquals(Boolean.TRUE, result.relaxed());
    assertNull(result.suggestion());
    // Two of the three words each; "Skolan är stängd" holds one only.
    assertThat(SearchServiceTest.ids(result)).containsExactlyInAnyOrder("gothenburg.txt", "malmo.txt");
    // Of two words, either.
    assertThat(SearchServiceTest.ids(search("lodjur Malmö"))).containsExactlyInAnyOrder("forest.txt", "malmo.txt");
    // Filler words do not count as words.
    assertThat(SearchServiceTest.ids(search("lodjur och Malmö"))).containsExactlyInAnyOrder("forest.txt", "malmo.txt");
  }

  @Test
  void aFillerWordTypedWithoutSwedishLettersNeedNotOccur() throws Exception {
    // "pa" is "på", which "Skolan i Malmö." does not hold: it was required, so the query was loosened.
    SearchResult result = search("skolan pa Malmö");
    assertNull(result.relaxed());
    assertThat(SearchServiceTest.ids(result)).containsExactly("malmo.txt");
  }

  @Test
  void aQueryThatFindsSomethingOrSaysHowToMatchIsNotLoosened() throws Exception {
    assertNull(search("skolan Malmö").relaxed()); // found as written
    for (String query : List.of("skolan AND fritidsgårdarna AND Malmö", "\"skolan i Göteborg\" Malmö", "title:skolan Malmö")) {
      SearchResult result = search(query);
      assertEquals(0, result.total(), query);
      assertNull(result.relaxed(), query);
    }
    SearchResult asWritten =
        service.search(SearchRequest.of("skolan fritidsgårdarna Malmö").asWritten());
    assertEquals(0, asWritten.total());
    assertNull(asWritten.relaxed());
  }
}
