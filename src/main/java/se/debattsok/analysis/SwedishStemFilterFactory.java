package se.debattsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
/**
 * Snowball's Swedish stemmer with the definite forms it leaves whole ({@link SwedishStems}).
 *
 * <p>A factory, so that a Solr schema (and Lucene's {@code CustomAnalyzer}) can build the chains of
 * {@link SwedishAnalysis} by name: {@code <filter name="debattsokSwedishStem"/>}.
 */
public final class SwedishStemFilterFactory extends TokenFilterFactory {
  public static final String NAME = "debattsokSwedishStem";

  public SwedishStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For Lucene's service loader, which looks the class up by {@link #NAME}. */
  public SwedishStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SnowballFilter(input, SwedishStems.shipped());
  }
}
