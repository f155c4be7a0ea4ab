package se.debattsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Marks the stemmed heads of compounds ({@link HeadMarkFilter}).
 *
 * <p>A factory, so that a Solr schema (and Lucene's {@code CustomAnalyzer}) can build the chains of
 * {@link SwedishAnalysis} by name: {@code <filter name="debattsokHeadMark"/>}.
 */
public final class HeadMarkFilterFactory extends TokenFilterFactory {
  public static final String NAME = "debattsokHeadMark";

  public HeadMarkFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For Lucene's service loader, which looks the class up by {@link #NAME}. */
  public HeadMarkFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new HeadMarkFilter(input);
  }
}
