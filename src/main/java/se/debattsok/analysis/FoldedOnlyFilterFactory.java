package se.debattsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * The folded field's stems and marked folded forms ({@link FoldedOnlyFilter}).
 *
 * <p>A factory, so that a Solr schema (and Lucene's {@code CustomAnalyzer}) can build the chains of
 * {@link SwedishAnalysis} by name: {@code <filter name="debattsokFoldedOnly"/>}.
 */
public final class FoldedOnlyFilterFactory extends TokenFilterFactory {
  public static final String NAME = "debattsokFoldedOnly";

  public FoldedOnlyFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For Lucene's service loader, which looks the class up by {@link #NAME}. */
  public FoldedOnlyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new FoldedOnlyFilter(input);
  }
}
