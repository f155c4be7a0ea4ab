package se.debattsok.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Marks the (stemmed) head of a compound with {@link TermMarks#HEAD}, making it a term of
 * its own: "segregation" in the text is {@code segregation}, inside "skolsegregationen" it is
 * {@code >segregation}. A query can then weigh the two apart, so documents with the word itself rank
 * first, without a second copy of the text in the index.
 */
final class HeadMarkFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  HeadMarkFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (CompoundHeadFilter.HEAD.equals(type.type())) {
      String head = term.toString();
      term.setEmpty().append(TermMarks.HEAD).append(head);
    }
    return true;
  }
}
