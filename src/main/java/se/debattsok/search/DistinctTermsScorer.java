package se.debattsok.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import se.debattsok.analysis.TermMarks;

/**
 * Ranks snippet candidates by how many different query words they hold, then by Lucene's BM25-like
 * passage score: a passage with both "skola" and "segregation" beats one with "skola" three times.
 * A word found only inside a compound counts a tenth, as in the ranking: a passage with "full"
 * beats one with "kraftfullare".
 * It also avoids the default scorer's hash table per candidate passage, which dominated the
 * allocation of a search with snippets.
 */
final class DistinctTermsScorer extends PassageScorer {
  /** Larger than any BM25 passage score, so that one more distinct word always wins. */
  private static final float PER_DISTINCT_TERM = 1_000f;

  private static final byte HEAD_MARK = (byte) TermMarks.HEAD;

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    float score = 0;
    float distinct = 0;
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) {
        continue;
      }
      distinct += isCompoundHead(terms[i]) ? Ranking.DEFAULT.compoundHead() : 1;
      int freqInPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          freqInPassage++;
        }
      }
      score += tf(freqInPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    return distinct * PER_DISTINCT_TERM + score * norm(passage.getStartOffset());
  }

  private static boolean isCompoundHead(BytesRef term) {
    return term.length > 0 && term.bytes[term.offset] == HEAD_MARK;
  }

  /** Matches are few (a passage holds a handful), so a scan beats a hash table. */
  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
