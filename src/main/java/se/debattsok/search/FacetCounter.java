package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Counts hits per facet value. A dimension the search is filtered on is counted without its own
 * filter ("sideways"), so that choosing one party still shows how many hits the others have: one
 * extra pass over the hits for each filtered dimension.
 */
final class FacetCounter {
  private static final int VALUES_PER_FACET = 12;

  private FacetCounter() {}

  static Map<Facet, List<SearchResult.FacetCount>> count(
      IndexSearcher searcher, SortedSetDocValuesReaderState state, Query userQuery, Map<Facet, Query> filters)
      throws IOException {
    Map<Facet, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    if (state == null) {
      return facets; // an empty index has no facet values yet
    }
    FacetsCollector all = null;
    for (Facet dim : Facet.values()) {
      FacetsCollector hits;
      if (filters.containsKey(dim)) {
        Map<Facet, Query> others = new HashMap<>(filters);
        others.remove(dim);
        hits = collect(searcher, FilterQueries.narrow(userQuery, others.values()));
      } else {
        all = all != null ? all : collect(searcher, FilterQueries.narrow(userQuery, filters.values()));
        hits = all;
      }
      FacetResult top = new SortedSetDocValuesFacetCounts(state, hits).getTopChildren(VALUES_PER_FACET, dim.key());
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      facets.put(dim, values);
    }
    return facets;
  }

  private static FacetsCollector collect(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new FacetsCollectorManager());
  }
}
