package se.debattsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Adds the heads of compounds ({@link CompoundHeadFilter}) by the shipped word counts; {@code
 * fold="true"} splits only words that folding changes, as the folded field does.
 *
 * <p>A factory, so that a Solr schema (and Lucene's {@code CustomAnalyzer}) can build the chains of
 * {@link SwedishAnalysis} by name: {@code <filter name="debattsokCompoundHead"/>}.
 */
public final class CompoundHeadFilterFactory extends TokenFilterFactory {
  public static final String NAME = "debattsokCompoundHead";
  private final boolean foldingWordsOnly;

  public CompoundHeadFilterFactory(Map<String, String> args) {
    super(args);
    foldingWordsOnly = getBoolean(args, "fold", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For Lucene's service loader, which looks the class up by {@link #NAME}. */
  public CompoundHeadFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new CompoundHeadFilter(input, new CompoundSplitter(WordCounts.shipped()), foldingWordsOnly);
  }
}
