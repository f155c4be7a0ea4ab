package se.debattsok.search;

import java.util.List;

/**
 * What a search returns: the JSON shape of {@code search --json}, the web API and bulk search.
 *
 * @param total how many documents match in all
 * @param tookMs time taken, in milliseconds
 */
public record SearchResult(String query, long total, long tookMs, List<Hit> hits) {

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
