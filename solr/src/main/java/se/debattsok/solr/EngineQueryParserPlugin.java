package se.debattsok.solr;

import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;

/**
 * {@code {!debattsok}}: takes a query as Debattsök's engine planned it (a JSON tree, see
 * {@link EngineQuery}) and searches exactly that, so that a collection ranks as the engine's own
 * index does. Registered in the configset's solrconfig.xml.
 */
public final class EngineQueryParserPlugin extends QParserPlugin {
  public static final String NAME = "debattsok";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public org.apache.lucene.search.Query parse() {
        return EngineQuery.parse(qstr);
      }
    };
  }
}
