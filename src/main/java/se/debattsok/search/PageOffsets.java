package se.debattsok.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.util.BytesRef;

/**
 * The offsets of a query's terms in the postings, for the hits of one call to the highlighter: each
 * term is looked up in a segment's terms dictionary once, not once for every hit (Lucene's strategy
 * seeks each term again for each document of the page). The highlighter makes one per call.
 */
final class PageOffsets extends PostingsOffsetStrategy {
  /** Where each term stands in a segment's terms, null for a term it lacks; by the segment's terms. */
  private final Map<Terms, Looked> looked = new IdentityHashMap<>();

  /**
   * The postings of a hit are read to its end before the next hit's are asked for, so each term's
   * enum is used again (Lucene allocates its block buffers anew for each one it makes).
   */
  private record Looked(BytesRef[] terms, TermState[] states, PostingsEnum[] postings) {}

  PageOffsets(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms termsIndex, int doc, List<OffsetsEnum> results)
      throws IOException {
    TermsEnum termsEnum = termsIndex.iterator();
    Looked known = looked.get(termsIndex);
    if (known == null || known.terms() != terms) {
      TermState[] states = new TermState[terms.length];
      for (int i = 0; i < terms.length; i++) {
        states[i] = termsEnum.seekExact(terms[i]) ? termsEnum.termState() : null;
      }
      known = new Looked(terms, states, new PostingsEnum[terms.length]);
      looked.put(termsIndex, known);
    }
    for (int i = 0; i < terms.length; i++) {
      if (known.states()[i] == null) {
        continue;
      }
      termsEnum.seekExact(terms[i], known.states()[i]);
      PostingsEnum postings = termsEnum.postings(known.postings()[i], PostingsEnum.OFFSETS);
      if (postings == null) {
        throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
      }
      known.postings()[i] = postings;
      if (postings.advance(doc) == doc) {
        results.add(new OffsetsEnum.OfPostings(terms[i], postings));
      }
    }
  }
}
