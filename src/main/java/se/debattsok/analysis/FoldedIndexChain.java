package se.debattsok.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The folded field at index time: StandardTokenizer → lower case → [compound heads that fold] →
 * {@link FoldedOnlyFilter}, which stems, folds and marks itself.
 */
final class FoldedIndexChain extends Analyzer {
  private final boolean compounds;

  /** @param compounds whether to add the heads of compounds (the text has them, titles not) */
  FoldedIndexChain(boolean compounds) {
    this.compounds = compounds;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    if (compounds) {
      stream = new CompoundHeadFilter(stream, new CompoundSplitter(WordCounts.shipped()), true);
    }
    return new TokenStreamComponents(tokenizer, new FoldedOnlyFilter(stream));
  }

  /** As {@link Chain}: a phrase never spans two paragraphs. */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return Chain.PARAGRAPH_GAP;
  }
}
