package se.debattsok.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Folding to ASCII as the folded field does it (å, ä → a; ö → o; é → e); letters outside ASCII
 * that do not fold (Greek, Cyrillic) stay as they are. {@link FoldedOnlyFilter} does the same in
 * its token's buffer.
 */
final class Folding {
  private Folding() {}

  static String fold(String word) {
    char[] folded = new char[word.length() * 4]; // one character can fold to up to four ("ﬄ" → "ffl")
    int length = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, folded, 0, word.length());
    return new String(folded, 0, length);
  }
}
