package se.debattsok.analysis;

import java.util.EnumSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * StandardTokenizer → lower case → the steps a chain is made of, always in this order: [filler
 * words out] → [compound heads added] → [Snowball Swedish stemmer] → [heads marked] → [ASCII
 * folding]. Text is stemmed, names are folded, the folded text field's queries are both, exact
 * forms neither; only the indexed text gets compound heads.
 */
final class Chain extends Analyzer {
  enum Step {
    /** Drop the words queries need not find ({@link QueryFillers}). */
    DROP_FILLERS,
    /** Add each compound's head beside it, marked ({@link TermMarks#HEAD}). */
    COMPOUND_HEADS,
    /** Snowball's Swedish stemmer, with the definite forms it leaves whole ({@link SwedishStems}). */
    STEM,
    /** å, ä → a; ö → o; é → e. */
    FOLD
  }

  /** A gap between paragraphs and between people, so that a phrase never spans two of them. */
  static final int PARAGRAPH_GAP = 100;

  private final Set<Step> steps;

  Chain(Step... steps) {
    this.steps = steps.length == 0 ? EnumSet.noneOf(Step.class) : EnumSet.of(steps[0], steps);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    if (steps.contains(Step.DROP_FILLERS)) {
      stream = new StopFilter(stream, QueryFillers.set());
    }
    if (steps.contains(Step.COMPOUND_HEADS)) {
      stream = new CompoundHeadFilter(stream, new CompoundSplitter(WordCounts.shipped()));
    }
    if (steps.contains(Step.STEM)) {
      stream = new SnowballFilter(stream, SwedishStems.shipped());
    }
    if (steps.contains(Step.COMPOUND_HEADS)) {
      stream = new HeadMarkFilter(stream);
    }
    return new TokenStreamComponents(tokenizer, steps.contains(Step.FOLD) ? new ASCIIFoldingFilter(stream) : stream);
  }

  /** Wildcard and fuzzy terms: lower-cased (and folded where the field is), never stemmed. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream lower = new LowerCaseFilter(in);
    return steps.contains(Step.FOLD) ? new ASCIIFoldingFilter(lower) : lower;
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return PARAGRAPH_GAP;
  }
}
