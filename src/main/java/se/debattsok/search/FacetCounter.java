package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Counts hits per facet value: every value with a hit, the commonest first (years newest first), so
 * that a front end that shows a few says how many more there are. A dimension the search is
 * filtered on is counted without its own filter ("sideways"), so that choosing one party still shows
 * how many hits the others have: one extra pass over the hits for each filtered dimension.
 */
final class FacetCounter {
  private static final Comparator<SearchResult.FacetCount> COMMONEST_FIRST =
      Comparator.comparingLong(SearchResult.FacetCount::count).reversed().thenComparing(SearchResult.FacetCount::value);
  private static final Comparator<SearchResult.FacetCount> NEWEST_FIRST =
      Comparator.comparing(SearchResult.FacetCount::value).reversed();

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
      FacetResult counted = new SortedSetDocValuesFacetCounts(state, hits).getAllChildren(dim.key());
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (counted != null) {
        for (LabelAndValue lv : counted.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      values.sort(order(dim));
      facets.put(dim, values);
    }
    return facets;
  }

  /** The order a dimension's values are listed in: years newest first, the others commonest first. */
  static Comparator<SearchResult.FacetCount> order(Facet dim) {
    return dim == Facet.YEAR ? NEWEST_FIRST : COMMONEST_FIRST;
  }

  private static FacetsCollector collect(IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new FacetsCollectorManager());
  }
}
