package se.debattsok.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.StopFilter;
/**
 * Drops the filler words queries need not find ({@link QueryFillers}).
 *
 * <p>A factory, so that a Solr schema (and Lucene's {@code CustomAnalyzer}) can build the chains of
 * {@link SwedishAnalysis} by name: {@code <filter name="debattsokQueryFillers"/>}.
 */
public final class QueryFillersFilterFactory extends TokenFilterFactory {
  public static final String NAME = "debattsokQueryFillers";

  public QueryFillersFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** For Lucene's service loader, which looks the class up by {@link #NAME}. */
  public QueryFillersFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new StopFilter(input, QueryFillers.set());
  }
}
