package se.debattsok.analysis;

import java.util.Arrays;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds each term to ASCII (ä → a, ö → o, é → e) and keeps only the terms folding changed. For the
 * index's folded copy of the text: a word without such letters ("skolan") is in the text field
 * already, in the same form a query folds it to, so a second copy would only cost time and space.
 * Positions of the dropped words are kept as gaps, so the words left keep their places.
 */
final class FoldedOnlyFilter extends FilteringTokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] folded = new char[64];

  FoldedOnlyFilter(TokenStream input) {
    super(input);
  }

  @Override
  protected boolean accept() {
    int length = term.length();
    char[] buffer = term.buffer();
    if (isAscii(term)) {
      return false;
    }
    if (folded.length < length * 4) { // one character can fold to up to four ("ﬄ" → "ffl")
      folded = new char[length * 4];
    }
    int foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
    if (foldedLength == length && Arrays.equals(buffer, 0, length, folded, 0, length)) {
      return false; // letters outside ASCII that do not fold (Greek, Cyrillic): the text has them
    }
    term.copyBuffer(folded, 0, foldedLength);
    return true;
  }

  private static boolean isAscii(CharTermAttribute term) {
    char[] buffer = term.buffer();
    for (int i = 0; i < term.length(); i++) {
      if (buffer[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Drops the words folding cannot change before they are stemmed: the stemmer only takes endings
   * off, so a word in ASCII has a stem in ASCII, which this filter would drop anyway. Saves stemming
   * most of the words a second time.
   */
  static final class BeforeStemming extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    BeforeStemming(TokenStream input) {
      super(input);
    }

    @Override
    protected boolean accept() {
      return !isAscii(term);
    }
  }
}
