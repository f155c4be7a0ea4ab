package se.debattsok.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Tokens written one per line, term@start-end+increment, and the end as end@offset+increment: what
 * the tests compare when two ways of analysing must give the same tokens.
 */
public final class TokenLines implements TextFields.Sink {
  private final List<String> lines = new ArrayList<>();

  /** Every token of a stream, which is consumed and closed. */
  public static List<String> of(TokenStream stream) throws IOException {
    TokenLines written = new TokenLines();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        written.token(term.toString(), offset.startOffset(), offset.endOffset(), position.getPositionIncrement());
      }
      stream.end();
      written.end(offset.endOffset(), position.getPositionIncrement());
    }
    return written.lines();
  }

  @Override
  public void token(String term, int start, int end, int increment) {
    lines.add(term + "@" + start + "-" + end + "+" + increment);
  }

  @Override
  public void end(int finalOffset, int finalIncrement) {
    lines.add("end@" + finalOffset + "+" + finalIncrement);
  }

  public List<String> lines() {
    return lines;
  }
}
