package se.debattsok.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Copies of one text are told apart from texts on the same subject. */
class TextSketchTest {
  private static List<String> words(int n, String... first) {
    List<String> words = new ArrayList<>(List.of(first));
    for (int i = words.size(); i < n; i++) {
      words.add("ord" + Character.toString('a' + i % 26) + Character.toString('a' + i / 26));
    }
    return words;
  }

  @Test
  void aCopyWithOtherPunctuationCaseAndNumbersIsTheSameText() {
    String text = String.join(" ", words(300, "Till", "regeringens", "budgetproposition", "för", "år", "2004"));
    String copy = text.replace("Till", "till").replace("2004", "2005").replace(" ord", ", \"ord");
    assertEquals(1.0, TextSketch.similarity(TextSketch.of(List.of(text)), TextSketch.of(List.of(copy))));
    // Paragraph breaks elsewhere do not matter either.
    assertEquals(1.0, TextSketch.similarity(TextSketch.of(List.of(text)),
        TextSketch.of(List.of(text.substring(0, 500), text.substring(500)))), 0.05);
  }

  @Test
  void aWordChangedHereAndThereIsNearlyTheSameText() {
    List<String> words = words(300);
    List<String> changed = new ArrayList<>(words);
    changed.set(100, "också");
    changed.add(200, "på");
    double similarity = TextSketch.similarity(TextSketch.of(List.of(String.join(" ", words))),
        TextSketch.of(List.of(String.join(" ", changed))));
    assertThat(similarity).isGreaterThanOrEqualTo(TextSketch.SAME_TEXT).isLessThanOrEqualTo(1.0);
  }

  @Test
  void textsOfTheSameWordsInAnotherOrderAreNot() {
    // Two texts on one subject share their words, not their runs of words.
    List<String> one = words(300);
    List<String> other = new ArrayList<>(one);
    Collections.shuffle(other, new Random(7));
    double similarity = TextSketch.similarity(TextSketch.of(List.of(String.join(" ", one))),
        TextSketch.of(List.of(String.join(" ", other))));
    assertThat(similarity).isLessThan(0.2);
  }

  @Test
  void halfATextIsNotTheText() {
    List<String> words = words(400);
    double similarity = TextSketch.similarity(TextSketch.of(List.of(String.join(" ", words))),
        TextSketch.of(List.of(String.join(" ", words.subList(0, 200)))));
    assertThat(similarity).isBetween(0.3, 0.7);
  }

  @Test
  void shortTextsAreNotSketched() {
    String formula = "Herr talman! Jag yrkar bifall till reservationen.";
    assertNull(TextSketch.of(List.of(formula)));
    assertEquals(0.0, TextSketch.similarity(TextSketch.of(List.of(formula)), TextSketch.of(List.of(formula))));
    assertThat(TextSketch.of(List.of(String.join(" ", words(49))))).isNull();
    assertThat(TextSketch.of(List.of(String.join(" ", words(50))))).hasSize(47 * Integer.BYTES);
    assertThat(TextSketch.of(List.of(String.join(" ", words(500))))).hasSize(TextSketch.SIZE * Integer.BYTES);
  }

  @Test
  void aSketchsHashesAreReadAsTheyWereWrittenSignsAndAll() {
    byte[] sketch = TextSketch.of(List.of(String.join(" ", words(500))));
    int[] hashes = TextSketch.hashes(sketch);
    IntBuffer written = ByteBuffer.wrap(sketch).asIntBuffer();
    int[] expected = new int[written.remaining()];
    written.get(expected);
    assertThat(hashes).hasSize(TextSketch.SIZE).containsExactly(expected).isSorted();
    assertThat(hashes[0]).isNegative(); // the smallest of some 500 hashes spread over all ints
    assertThat(TextSketch.hashes(null)).isEmpty();
  }
}
