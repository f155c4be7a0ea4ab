package se.debattsok.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where snippets may start and end. */
class SentenceBreakIteratorTest {
  private static List<String> sentences(String text) {
    BreakIterator it = new SentenceBreakIterator();
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      out.add(text.substring(start, end));
    }
    return out;
  }

  @Test
  void breaksAfterSentencesNotAfterAbbreviations() {
    assertEquals(
        List.of("Skolan är viktig, t.ex. för barnen. ", "Vad gör ministern? ", "”Inget!” ", "– Enligt 6 kap. 3 § gäller det."),
        sentences("Skolan är viktig, t.ex. för barnen. Vad gör ministern? ”Inget!” – Enligt 6 kap. 3 § gäller det."));
    assertEquals(List.of("Ingen punkt alls"), sentences("Ingen punkt alls"));
    assertEquals(List.of(), sentences(""));
  }

  @Test
  void followingAndPrecedingAsTheJdksIteratorDoes() {
    String text = "Ett. Två. Tre.";
    BreakIterator it = new SentenceBreakIterator();
    it.setText(new StringCharacterIterator(text)); // the other way in
    assertEquals(5, it.following(0));
    assertEquals(5, it.following(3));
    assertEquals(10, it.following(5));
    assertEquals(text.length(), it.following(11));
    assertEquals(BreakIterator.DONE, it.following(text.length()));
    assertEquals(5, it.preceding(10));
    assertEquals(0, it.preceding(5));
    assertEquals(BreakIterator.DONE, it.preceding(0));
    assertTrue(it.isBoundary(5));
    assertFalse(it.isBoundary(6));
    assertEquals(10, it.following(6));
    assertEquals(10, it.current());
    assertEquals(text.length(), it.last());
    assertEquals(5, it.next(-2));
    assertThrows(IllegalArgumentException.class, () -> it.following(text.length() + 1));
  }

  @Test
  void aSpaceIsWhatTheJdkCallsWhiteSpace() {
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      assertEquals(Character.isWhitespace(c), SentenceBreakIterator.isSpace(c), () -> "U+" + Integer.toHexString(c));
    }
  }
}
