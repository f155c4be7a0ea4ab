package se.debattsok.search;

import java.util.Objects;
import java.util.Set;

/**
 * A search as users ask for it.
 *
 * @param limit hits to return, 1 to {@link #MAX_LIMIT}
 * @param offset hits to skip, for paging; offset + limit is at most {@link #MAX_DEPTH}
 * @param snippets whether to make highlighted snippets (bulk runs may not need them)
 * @param facets whether to count the hits by party, person, kind, assembly and year
 * @param correct whether a query that finds nothing may be answered with its spelling corrected, or
 *     with the documents that hold all its words but one
 * @param group what to group the hits by, if anything: limit and offset then count groups
 * @param trend whether to count the matching documents per year and party
 * @param within the ids of the only documents to search (those an index run wrote, for saved
 *     searches); null for all
 */
public record SearchRequest(
    String query,
    Filters filters,
    SortOrder sort,
    int limit,
    int offset,
    boolean snippets,
    boolean facets,
    boolean correct,
    Grouping group,
    boolean trend,
    Set<String> within) {
  public static final int MAX_LIMIT = 10_000;
  /** How deep paging may go: hits past this are better reached by narrowing the search. */
  public static final int MAX_DEPTH = 10_000;
  public static final int MAX_QUERY_LENGTH = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
    group = group == null ? Grouping.NONE : group;
    within = within == null ? null : Set.copyOf(within);
  }

  /**
   * The first 10 hits of a query, by relevance, unfiltered, with snippets, corrected or loosened when
   * it finds nothing; no facets, grouping or trend. The methods below change one thing each.
   */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 10, 0, true, false, true, Grouping.NONE, false, null);
  }

  /** The same request for other words (a corrected query, one query of a batch). */
  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, filters, sort, limit, offset, snippets, facets, correct, group, trend, within);
  }

  public SearchRequest withFilters(Filters only) {
    return new SearchRequest(query, only, sort, limit, offset, snippets, facets, correct, group, trend, within);
  }

  public SearchRequest sortedBy(SortOrder order) {
    return new SearchRequest(query, filters, order, limit, offset, snippets, facets, correct, group, trend, within);
  }

  /** @param count hits (or debates, grouped) to return, after skipping {@code skip} */
  public SearchRequest page(int count, int skip) {
    return new SearchRequest(query, filters, sort, count, skip, snippets, facets, correct, group, trend, within);
  }

  public SearchRequest withoutSnippets() {
    return new SearchRequest(query, filters, sort, limit, offset, false, facets, correct, group, trend, within);
  }

  public SearchRequest withFacets() {
    return new SearchRequest(query, filters, sort, limit, offset, snippets, true, correct, group, trend, within);
  }

  /** Answered exactly as written: no correction, no loosening. */
  public SearchRequest asWritten() {
    return new SearchRequest(query, filters, sort, limit, offset, snippets, facets, false, group, trend, within);
  }

  public SearchRequest groupedBy(Grouping by) {
    return new SearchRequest(query, filters, sort, limit, offset, snippets, facets, correct, by, trend, within);
  }

  /** The same search among these documents only. */
  public SearchRequest within(java.util.Collection<String> ids) {
    return new SearchRequest(query, filters, sort, limit, offset, snippets, facets, correct, group, trend, Set.copyOf(ids));
  }

  public SearchRequest withTrend() {
    return new SearchRequest(query, filters, sort, limit, offset, snippets, facets, correct, group, true, within);
  }
}
