package se.debattsok.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a search returns: the JSON shape of {@code search --json}, the web API and bulk search.
 *
 * @param total how many documents match in all
 * @param tookMs time taken, in milliseconds
 * @param facets per dimension (party, person, kind, assembly, year), the values with most hits;
 *     empty unless asked for. For a dimension the search is filtered on, the counts are those
 *     without that filter, so that the other values stay in view as alternatives.
 * @param suggestion the query with misspelled words corrected, when some word is not in the index
 *     and the query found few or no documents; absent otherwise
 * @param suggestionApplied whether the hits are those of the suggestion (the query as written found
 *     nothing); absent when there is no suggestion
 * @param partial true when the search ran out of time: the hits and total are those found by then;
 *     absent otherwise
 */
public record SearchResult(
    String query,
    long total,
    long tookMs,
    List<Hit> hits,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, List<FacetCount>> facets,
    @JsonInclude(JsonInclude.Include.NON_NULL) String suggestion,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean suggestionApplied,
    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean partial) {

  public record FacetCount(String value, long count) {}

  /**
   * One hit. Dates are ISO text (2024-03-20) and kinds their code, as they appear in JSON.
   *
   * @param snippets HTML-escaped text whose only markup is {@code <mark>…</mark>} around hits
   */
  public record Hit(
      String id,
      String title,
      String kind,
      String date,
      String assembly,
      String reference,
      List<HitPerson> people,
      float score,
      List<String> snippets) {}

  public record HitPerson(String name, String party, String role) {}
}
