package se.debattsok.search;

import java.util.Objects;

/**
 * A search as users ask for it.
 *
 * @param limit hits to return, 1 to {@link #MAX_LIMIT}
 * @param offset hits to skip, for paging; offset + limit is at most {@link #MAX_DEPTH}
 * @param snippets whether to make highlighted snippets (bulk runs may not need them)
 * @param facets whether to count the hits by party, person, kind, assembly and year
 * @param correct whether a query that finds nothing may be answered with its spelling corrected, or
 *     with the documents that hold all its words but one
 * @param group whether to group the hits by debate: limit and offset then count debates
 * @param trend whether to count the matching documents per year and party
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
    boolean group,
    boolean trend) {
  public static final int MAX_LIMIT = 10_000;
  /** How deep paging may go: hits past this are better reached by narrowing the search. */
  public static final int MAX_DEPTH = 10_000;
  public static final int MAX_QUERY_LENGTH = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    filters = filters == null ? Filters.NONE : filters;
    sort = sort == null ? SortOrder.RELEVANCE : sort;
  }

  /** A request without grouping or trend. */
  public SearchRequest(
      String query, Filters filters, SortOrder sort, int limit, int offset, boolean snippets, boolean facets, boolean correct) {
    this(query, filters, sort, limit, offset, snippets, facets, correct, false, false);
  }

  /** The same request for other words (a corrected query, one query of a batch). */
  public SearchRequest withQuery(String text) {
    return new SearchRequest(text, filters, sort, limit, offset, snippets, facets, correct, group, trend);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 10, 0, true, false, true);
  }
}
