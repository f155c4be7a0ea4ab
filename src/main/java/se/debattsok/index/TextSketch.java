package se.debattsok.index;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small fingerprint of a text's wording, to tell on a page of hits which are copies of one text
 * without reading the texts: the {@value #SIZE} smallest hashes of its runs of {@value #SHINGLE}
 * words (a bottom-k MinHash, Broder 1997). Two sketches estimate the share of word runs the texts
 * have in common (their Jaccard similarity) within a few hundredths.
 *
 * <p>Why: the Riksdag files many interpellations twice, withdrawn and filed again or put to two
 * ministers in the same words. Of the 15,668 interpellations, 86 pairs have the very same words
 * (in 68 of them only the later copy was answered) and about 450 pairs with the same title share
 * 80 % or more of their word runs. Search results showed them as two hits with the same snippets.
 */
public final class TextSketch {
  /** 64 hashes of 4 bytes: 256 bytes a document, a few MB for the interpellations. */
  static final int SIZE = 64;
  static final int SHINGLE = 4;
  /**
   * Shorter texts are not sketched: formulaic speeches ("Herr talman! Jag yrkar bifall till
   * reservationen.") are the same words without being the same text.
   */
  static final int MIN_WORDS = 50;
  /** From this estimated similarity on, two texts count as one text, filed twice. */
  public static final double SAME_TEXT = 0.8;

  private TextSketch() {}

  /** The sketch of these paragraphs, or null for a text of fewer than {@value #MIN_WORDS} words. */
  public static byte[] of(List<String> paragraphs) {
    long[] words = words(paragraphs);
    if (words.length < MIN_WORDS) {
      return null;
    }
    int[] hashes = new int[words.length - SHINGLE + 1];
    for (int i = 0; i < hashes.length; i++) {
      long h = 0;
      for (int j = 0; j < SHINGLE; j++) {
        h = h * 0x9E3779B97F4A7C15L + words[i + j];
      }
      hashes[i] = (int) (mix(h) >>> 32);
    }
    Arrays.sort(hashes);
    ByteBuffer sketch = ByteBuffer.allocate(SIZE * Integer.BYTES);
    int kept = 0;
    for (int i = 0; i < hashes.length && kept < SIZE; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        sketch.putInt(hashes[i]);
        kept++;
      }
    }
    return Arrays.copyOf(sketch.array(), kept * Integer.BYTES);
  }

  /**
   * The estimated share of word runs two texts have in common, from 0 to 1: of the {@value #SIZE}
   * smallest hashes of both sketches together, those in both. Null sketches (short texts) are
   * similar to nothing.
   */
  public static double similarity(byte[] a, byte[] b) {
    return similarity(hashes(a), hashes(b));
  }

  /**
   * {@link #similarity(byte[], byte[])} of two sketches' {@link #hashes}: a page of hits compares
   * each pair, and reads each sketch's hashes once.
   */
  public static double similarity(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int union = 0;
    int both = 0;
    while (union < SIZE && (i < a.length || j < b.length)) {
      if (j == b.length || (i < a.length && a[i] < b[j])) {
        i++;
      } else if (i == a.length || b[j] < a[i]) {
        j++;
      } else {
        i++;
        j++;
        both++;
      }
      union++;
    }
    return union == 0 ? 0 : (double) both / union;
  }

  /** A sketch's hashes, smallest first; none for a null sketch. */
  public static int[] hashes(byte[] sketch) {
    if (sketch == null) {
      return new int[0];
    }
    int[] out = new int[sketch.length / Integer.BYTES];
    for (int i = 0; i < out.length; i++) {
      int at = i * Integer.BYTES;
      out[i] = (sketch[at] << 24) | ((sketch[at + 1] & 0xff) << 16) | ((sketch[at + 2] & 0xff) << 8) | (sketch[at + 3] & 0xff);
    }
    return out;
  }

  /** A hash of each word, lower-cased, of letters only: punctuation, digits and quotes differ between copies. */
  private static long[] words(List<String> paragraphs) {
    long[] words = new long[64];
    int n = 0;
    for (String paragraph : paragraphs) {
      String text = paragraph.toLowerCase(Locale.ROOT);
      int start = -1;
      for (int i = 0; i <= text.length(); i++) {
        boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          if (n == words.length) {
            words = Arrays.copyOf(words, n * 2);
          }
          words[n++] = mix(text.substring(start, i).hashCode());
          start = -1;
        }
      }
    }
    return Arrays.copyOf(words, n);
  }

  /** Murmur3's final mix: spreads the bits of a hash over all 64. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93e1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
