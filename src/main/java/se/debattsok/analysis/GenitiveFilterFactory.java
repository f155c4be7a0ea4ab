package se.debattsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * A name that may be a genitive also looked for without its s ({@link GenitiveFilter}).
 *
 * <p>A factory, so that a Solr schema (and Lucene's {@code CustomAnalyzer}) can build the chains of
 * {@link SwedishAnalysis} by name: {@code <filter name="debattsokGenitive"/>}.
 */
public final class GenitiveFilterFactory extends TokenFilterFactory {
  public static final String NAME = "debattsokGenitive";

  public GenitiveFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For Lucene's service loader, which looks the class up by {@link #NAME}. */
  public GenitiveFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new GenitiveFilter(input);
  }
}
