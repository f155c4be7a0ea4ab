package se.debattsok.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * The index's folded copy of the text, for queries typed without å, ä and ö. Takes lower-cased
 * words; keeps only those folding changes (ä → a, ö → o, é → e) and gives each two terms at its
 * position:
 *
 * <ol>
 *   <li>its stem, folded: "tillståndet" → tillstånd → {@code tillstand}. Stemming before folding
 *       keeps the stemmer's rules for å, ä, ö working, and a query folded the same way meets it
 *       ("aldreomsorgen" → {@code aldreomsorg}).
 *   <li>the word folded, and its folded stem, marked ({@link TermMarks#foldedForm}):
 *       {@code =tillstandet=tillstand}. The stemmer treats a word typed without å, ä, ö as it
 *       treats no word with them ("tillstanden" → tillst, as "anden" is an ending), so a query
 *       looks its words up here, as typed, to learn the stems they may stand for; and the form
 *       counts in the ranking, so "mattliga" ranks "måttliga" above "matt".
 * </ol>
 *
 * A word without such letters ("skolan") is in the text field already, in the form a query has, so
 * a second copy would only cost time and space; its position is kept as a gap. The head of a
 * compound ({@link CompoundHeadFilter}) is its folded stem, marked as in the text field, where
 * folding changes it: "maktövergreppen" also gives {@code >overgrepp}, so "overgrepp" finds it as
 * "övergrepp" does; a head without å, ä, ö ("segregationen" in "fjällsegregationen") is dropped
 * as any such word is.
 */
final class FoldedOnlyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private final SwedishStemmer stemmer = SwedishStems.shipped();
  private char[] folded = new char[64];
  private int foldedLength;
  /** The marked term of the word just given, to follow it at the same position; null when given. */
  private String marked;

  FoldedOnlyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (marked != null) {
      term.setEmpty().append(marked);
      position.setPositionIncrement(0);
      marked = null;
      return true;
    }
    int skipped = 0;
    while (input.incrementToken()) {
      if (fold(term.buffer(), term.length())) {
        String form = new String(folded, 0, foldedLength);
        stemmer.setCurrent(term.buffer(), term.length());
        stemmer.stem();
        fold(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
        term.copyBuffer(folded, 0, foldedLength);
        if (CompoundHeadFilter.HEAD.equals(type.type())) {
          String head = term.toString();
          term.setEmpty().append(TermMarks.compoundHead(head));
        } else {
          marked = TermMarks.foldedForm(form, term.toString());
        }
        position.setPositionIncrement(position.getPositionIncrement() + skipped);
        return true;
      }
      skipped += position.getPositionIncrement();
    }
    return false;
  }

  /** Folds the characters into {@link #folded}; whether that changed them. */
  private boolean fold(char[] buffer, int length) {
    boolean ascii = true;
    for (int i = 0; i < length && ascii; i++) {
      ascii = buffer[i] < 0x80;
    }
    if (folded.length < length * 4) { // one character can fold to up to four ("ﬄ" → "ffl")
      folded = new char[length * 4];
    }
    if (ascii) {
      System.arraycopy(buffer, 0, folded, 0, length);
      foldedLength = length;
      return false;
    }
    foldedLength = ASCIIFoldingFilter.foldToASCII(buffer, 0, folded, 0, length);
    // Letters outside ASCII that do not fold (Greek, Cyrillic): the text field has them.
    return foldedLength != length || !Arrays.equals(buffer, 0, length, folded, 0, length);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    marked = null;
  }
}
