package se.debattsok.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The clean-up every reader shares. */
class TextTest {
  @Test
  void wordsBrokenAtALineEndAreJoined() {
    // As the 1990s interpellations have them (ipq-199697--0273, ipq-199697--0032, …).
    assertEquals("särskilt de vårdbehövande – som förlorar", Text.joinLineBreaks("särskilt de vårdbe- hövande – som förlorar"));
    assertEquals("utanförskapet och medborgarskapsansökningar",
        Text.joinLineBreaks("utanförska- pet och med- borgarskapsansökningar"));
    assertEquals("Barentsområdet", Text.joinLineBreaks("Ba- rentsområdet"));
    // After an abbreviation or a number the hyphen is part of the word.
    assertEquals("ny EU-lagstiftning sedan 1970-talet", Text.joinLineBreaks("ny EU- lagstiftning sedan 1970- talet"));
    assertEquals("flyg-, färje- som IT-kommunikation", Text.joinLineBreaks("flyg-, färje- som IT- kommunikation"));
  }

  @Test
  void suspendedHyphensAndDashesStay() {
    String[] kept = {
        "kommun- och landstingsval", "EU- eller EES-land", "grund- gymnasie- och vuxenutbildning",
        "Stockholms läns landsting- en uppdatering", "på torg- efter attackerna",
        "Barn- Elevombudsmannen", "1- 2 veckor", "- inledningen", "slutet -"};
    for (String text : kept) {
      assertEquals(text, Text.joinLineBreaks(text));
    }
    String plain = "Ingen bindestreck här.";
    assertSame(plain, Text.joinLineBreaks(plain));
  }
}
