package se.debattsok.search;

import java.io.IOException;
import java.util.Arrays;
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
 * term is looked up in a segment's terms dictionary once, and its postings read on from hit to hit,
 * not once for every hit (Lucene's strategy seeks each term again for each document of the page and
 * reads its postings from the start). The highlighter makes one per call.
 */
final class PageOffsets extends PostingsOffsetStrategy {
  /** Where each term stands in a segment's terms, null for a term it lacks; by the segment's terms. */
  private final Map<Terms, Looked> looked = new IdentityHashMap<>();

  /**
   * The terms of a segment, where each stands, its postings, and the document whose offsets they
   * were last handed out for. The highlighter asks for a page's hits in the order of their ids, so
   * each term's postings are advanced from hit to hit, not read again from the start.
   */
  private record Looked(BytesRef[] terms, TermState[] states, PostingsEnum[] postings, int[] handedOut) {}

  PageOffsets(UHComponents components) {
    super(components);
  }

  @Override
  protected void createOffsetsEnumsForTerms(BytesRef[] terms, Terms termsIndex, int doc, List<OffsetsEnum> results)
      throws IOException {
    TermsEnum termsEnum = null;
    Looked known = looked.get(termsIndex);
    if (known == null || known.terms() != terms) {
      termsEnum = termsIndex.iterator();
      TermState[] states = new TermState[terms.length];
      for (int i = 0; i < terms.length; i++) {
        states[i] = termsEnum.seekExact(terms[i]) ? termsEnum.termState() : null;
      }
      int[] handedOut = new int[terms.length];
      Arrays.fill(handedOut, -1);
      known = new Looked(terms, states, new PostingsEnum[terms.length], handedOut);
      looked.put(termsIndex, known);
    }
    for (int i = 0; i < terms.length; i++) {
      if (known.states()[i] == null) {
        continue;
      }
      PostingsEnum postings = known.postings()[i];
      int at = postings == null ? -1 : postings.docID();
      // Past the document, or on it with its offsets read: from the start again.
      if (postings == null || at > doc || (at == doc && known.handedOut()[i] == doc)) {
        if (termsEnum == null) {
          termsEnum = termsIndex.iterator();
        }
        termsEnum.seekExact(terms[i], known.states()[i]);
        postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
        if (postings == null) {
          throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
        }
        known.postings()[i] = postings;
      }
      if ((postings.docID() < doc ? postings.advance(doc) : postings.docID()) == doc) {
        known.handedOut()[i] = doc;
        results.add(new OffsetsEnum.OfPostings(terms[i], postings));
      }
    }
  }
}
