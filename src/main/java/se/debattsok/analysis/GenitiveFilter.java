package se.debattsok.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.BoostAttribute;

/**
 * For names in queries: a word of five letters or more that ends in one s may be a genitive, so it
 * is also looked for without the s, at the same position: "Reinfeldts" finds Fredrik Reinfeldt,
 * "Anderssons" Andersson. The form without the s counts half ("Andreas" finds Andreas before
 * Andrea); names are indexed as written, and a stray "jona" finds nobody.
 */
final class GenitiveFilter extends TokenFilter {
  private static final int MIN_LENGTH = 5;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final BoostAttribute boost = addAttribute(BoostAttribute.class);
  /** The word just given, when its form without the s is still to come. */
  private State genitive;

  GenitiveFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (genitive != null) {
      restoreState(genitive);
      genitive = null;
      term.setLength(term.length() - 1);
      position.setPositionIncrement(0);
      boost.setBoost(0.5f); // the query builder weighs the two forms as one term, this one half
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    int length = term.length();
    char[] buffer = term.buffer();
    if (length >= MIN_LENGTH && buffer[length - 1] == 's' && buffer[length - 2] != 's') {
      genitive = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    genitive = null;
  }
}
