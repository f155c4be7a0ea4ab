package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import se.debattsok.analysis.TermMarks;

/** How snippet candidates are ranked against each other. */
class DistinctTermsScorerTest {
  private final DistinctTermsScorer scorer = new DistinctTermsScorer();

  private static Passage passage(int start, String... terms) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(start + 100);
    int at = start;
    for (String term : terms) {
      passage.addMatch(at, at + 5, new BytesRef(term), 2);
      at += 10;
    }
    return passage;
  }

  @Test
  void moreDifferentWordsWin() {
    assertThat(scorer.score(passage(0, "skol", "segregation"), 1000))
        .isGreaterThan(scorer.score(passage(0, "skol", "skol", "skol"), 1000));
  }

  @Test
  void theWordItselfBeatsItInsideCompounds() {
    // "full" once against "kraftfullare" and "värdefulla" (the head >full) twice.
    String head = TermMarks.compoundHead("full");
    assertThat(scorer.score(passage(500, "full"), 1000)).isGreaterThan(scorer.score(passage(0, head, head), 1000));
  }
}
