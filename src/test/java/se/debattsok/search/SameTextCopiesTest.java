package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.debattsok.index.TextSketch;

/** Copies among thousands of hits, found without comparing every pair, and the same as every pair finds. */
class SameTextCopiesTest {

  @Test
  void manyHitsFindTheSameCopiesAsEveryPairWould() {
    Random random = new Random(16);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      vocabulary.add("ord" + Integer.toString(i, 36));
    }
    int n = 1_500;
    byte[][] sketches = new byte[n][];
    List<List<String>> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<String> words = new ArrayList<>();
      if (i > 10 && random.nextInt(10) == 0) {
        words.addAll(texts.get(random.nextInt(i))); // a copy of a text above it, edited a little
        words.set(random.nextInt(words.size()), "ändrat");
      } else {
        for (int w = 0; w < 60 + random.nextInt(200); w++) {
          words.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
      }
      texts.add(words);
      sketches[i] = TextSketch.of(List.of(String.join(" ", words)));
    }
    int[] found = SameText.firstCopies(sketches);
    int[] everyPair = new int[n];
    for (int i = 0; i < n; i++) {
      everyPair[i] = -1;
      for (int j = 0; j < i && everyPair[i] < 0; j++) {
        if (TextSketch.similarity(sketches[j], sketches[i]) >= TextSketch.SAME_TEXT) {
          everyPair[i] = j;
        }
      }
    }
    assertThat(java.util.Arrays.stream(everyPair).filter(j -> j >= 0).count()).isGreaterThan(100);
    assertArrayEquals(everyPair, found);
  }
}
