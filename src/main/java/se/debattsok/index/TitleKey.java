package se.debattsok.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import se.debattsok.analysis.SwedishAnalysis;

/**
 * A title as one term: its words' stems in order, joined by spaces ("Skolsegregationen" and
 * "skolsegregation" give {@code skolsegregation}). A query that is a document's whole title finds it
 * by this term, so that the document about the thing itself ranks first.
 */
public final class TitleKey {
  /** Longer titles get no key: no one types them whole. */
  static final int MAX_LENGTH = 300;
  private static final Analyzer TITLE = SwedishAnalysis.title();

  private TitleKey() {}

  /** The key of a title or of a query typed as one; null when it is too long or has no words. */
  public static String of(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    try (TokenStream tokens = TITLE.tokenStream(Fields.TITLE, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute step = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (step.getPositionIncrement() > 0) { // not a second form of the same word
          key.append(key.isEmpty() ? "" : " ").append(term);
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return key.isEmpty() ? null : key.toString();
  }
}
