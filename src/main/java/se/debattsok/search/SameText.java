package se.debattsok.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.debattsok.index.TextSketch;

/**
 * Which hits on a page are copies of a hit above them ({@link TextSketch}). A page of tens of hits
 * compares each with those above it; thousands of hits (an export, a recall run) would make that
 * quadratic, so there only hits sharing one of their {@value #KEYS} smallest hashes are compared:
 * two texts that are 80 % the same share one of them but for a chance of about 0.2^8 (each of the
 * union's 8 smallest hashes is in both with the texts' similarity), and the work grows with the hits.
 */
final class SameText {
  /** Up to this many hits every pair is compared, as always. */
  static final int EXACT = 256;
  private static final int KEYS = 8;

  private SameText() {}

  /** For each hit, the index of the first hit above it with nearly the same text, or -1. */
  static int[] firstCopies(byte[][] sketches) {
    int n = sketches.length;
    int[] copyOf = new int[n];
    int[][] hashes = new int[n][]; // none for a short text's missing sketch: similar to nothing
    for (int i = 0; i < n; i++) {
      hashes[i] = TextSketch.hashes(sketches[i]);
    }
    if (n <= EXACT) {
      for (int i = 0; i < n; i++) {
        copyOf[i] = -1;
        for (int j = 0; j < i && copyOf[i] < 0; j++) {
          if (TextSketch.similarity(hashes[j], hashes[i]) >= TextSketch.SAME_TEXT) {
            copyOf[i] = j;
          }
        }
      }
      return copyOf;
    }
    Map<Integer, List<Integer>> byHash = new HashMap<>();
    for (int i = 0; i < n; i++) {
      copyOf[i] = -1;
      int[] keys = Arrays.copyOf(hashes[i], Math.min(KEYS, hashes[i].length));
      for (int key : keys) {
        for (int j : byHash.getOrDefault(key, List.of())) {
          if ((copyOf[i] < 0 || j < copyOf[i]) && TextSketch.similarity(hashes[j], hashes[i]) >= TextSketch.SAME_TEXT) {
            copyOf[i] = j;
          }
        }
      }
      for (int key : keys) {
        byHash.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    return copyOf;
  }
}
