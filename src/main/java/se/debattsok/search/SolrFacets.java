package se.debattsok.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import se.debattsok.index.Fields;

/**
 * Facets and the trend asked of a collection, and read back as {@link FacetCounter} and
 * {@link TrendCounter} count them locally: every value with a hit, in the same order; a dimension
 * the search is filtered on counted without its own filter (Solr's tag and exclude).
 */
final class SolrFacets {
  private SolrFacets() {}

  /** The name a dimension's filter is tagged with and its counts are keyed by. */
  static String name(Facet dim) {
    return dim.name().toLowerCase(Locale.ROOT);
  }

  /** The collection's field of a dimension's values (schema.xml). */
  static String field(Facet dim) {
    return "facet_" + dim.key();
  }

  static void ask(SolrQuery query, Set<Facet> filtered) {
    query.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
    for (Facet dim : Facet.values()) {
      String exclude = filtered.contains(dim) ? "ex=" + name(dim) + " " : "";
      query.addFacetField("{!" + exclude + "key=" + name(dim) + "}" + field(dim));
    }
  }

  static void askTrend(SolrQuery query) {
    query.setFacet(true).setFacetLimit(-1).setFacetMinCount(1);
    query.add("facet.pivot", "{!key=trend}" + field(Facet.YEAR) + "," + Fields.PARTY);
  }

  static Map<Facet, List<SearchResult.FacetCount>> read(QueryResponse response) {
    Map<Facet, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
    for (Facet dim : Facet.values()) {
      FacetField field = response.getFacetField(name(dim));
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(v -> values.add(new SearchResult.FacetCount(v.getName(), v.getCount())));
      }
      values.sort(FacetCounter.order(dim));
      facets.put(dim, values);
    }
    return facets;
  }

  /** Matching documents per year, and per party of their principals. */
  static SearchResult.Trend readTrend(QueryResponse response) {
    Map<Integer, SearchResult.YearCount> years = new TreeMap<>();
    List<PivotField> pivot = response.getFacetPivot() == null ? null : response.getFacetPivot().get("trend");
    for (PivotField year : pivot == null ? List.<PivotField>of() : pivot) {
      Map<String, Long> parties = new TreeMap<>();
      for (PivotField party : year.getPivot() == null ? List.<PivotField>of() : year.getPivot()) {
        parties.put(String.valueOf(party.getValue()), (long) party.getCount());
      }
      int y = Integer.parseInt(String.valueOf(year.getValue()));
      years.put(y, new SearchResult.YearCount(y, year.getCount(), parties));
    }
    return new SearchResult.Trend(List.copyOf(years.values()));
  }
}
