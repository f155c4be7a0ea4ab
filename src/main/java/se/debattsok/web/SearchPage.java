package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.debattsok.model.Kind;
import se.debattsok.search.Facet;
import se.debattsok.search.Offers;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SortOrder;

/**
 * The search page: the form, the filters in force and, after a search, its results.
 *
 * @param hidden the filters in force as hidden form fields, so that a new query or date range keeps them
 * @param chips the filters in force, each with a link that removes it
 * @param errorHeading what was wrong: the query, or another part of the address
 * @param error what to fix; null when the request was understood
 * @param results null before a search and when the query was wrong
 * @param intro what the index holds, on the front page; null elsewhere
 */
record SearchPage(String title, String q, String from, String to, List<SortOption> sorts, List<Field> hidden,
    List<Chip> chips, String errorHeading, String error, Results results, Intro intro) {
  static final String QUERY_MISTAKE = "Sökfrågan kunde inte tolkas";

  /** Whether the mistake is in the query (the page then says how queries are written). */
  public boolean queryMistake() {
    return QUERY_MISTAKE.equals(errorHeading);
  }

  record SortOption(String value, String label, boolean selected) {}

  record Field(String name, String value) {}

  record Chip(String label, String href) {}

  /** Words offered in place of the query, never searched in the user's place. */
  record Offer(String words, String href) {}

  /**
   * @param applied whether the hits are those of the correction
   * @param asWrittenHref the same search exactly as typed
   */
  record Suggestion(String words, boolean applied, String href, String asWrittenHref) {}

  /**
   * @param relaxedHref when the hits hold all words but one, the search for all of them; else null
   * @param hitTag a speech is a heading under its debate when grouped
   */
  record Results(String total, String summary, long tookMs, long first, List<HitView> hits, List<HitView.GroupView> groups,
      boolean grouped, String hitTag, String groupHref, TrendChart.Chart trend, boolean partial, Suggestion suggestion,
      String relaxedHref, Offer parts, Offer anyWord, List<FacetView> facets, List<PageLink> pages, String pageOf,
      boolean groupable, String threadHref, Download download, Watch watch) {}

  /** "Bevaka sökningen": where the form posts, a name to suggest, and the search's feed. */
  record Watch(String action, String name, String feedHref) {
    static Watch of(String query, Links links) {
      String search = links.withoutAll("page", "size", "group", "trend", "typing", "nocorrect");
      String name = ExportEndpoint.fileName(query).replaceFirst("^debattsok-?", "");
      return new Watch("/watch" + search, name.isEmpty() ? "bevakning" : name, "/feed" + search);
    }
  }

  /** The hits to download: "alla 12 träffar" or "de första 10 000 träffarna", as CSV and JSON lines. */
  record Download(String what, String csvHref, String jsonlHref) {
    static Download of(long total, Links links) {
      String search = links.withoutAll("page", "size", "group", "trend", "typing");
      String base = "/api/search/export" + search + (search.isEmpty() ? "?" : "&") + "format=";
      String what = total <= ExportEndpoint.MAX_ROWS
          ? (total == 1 ? "träffen" : "alla " + Labels.number(total) + " träffar")
          : "de första " + Labels.number(ExportEndpoint.MAX_ROWS) + " träffarna";
      return new Download(what, base + "csv", base + "jsonl");
    }
  }

  static SearchPage of(SearchParams params, Links links, SearchResult result, String error) {
    return of(params, links, result, QUERY_MISTAKE, error, Map.of(), null);
  }

  /** A page of results; each year's share of the index's documents that year shows in the trend. */
  static SearchPage withResults(SearchParams params, Links links, SearchResult result, Map<Integer, Long> documentsPerYear) {
    return of(params, links, result, QUERY_MISTAKE, null, documentsPerYear, null);
  }

  /** A page for an address with a value that is not understood (page=x, sort=best): says which, and what to write. */
  static SearchPage badParameter(SearchParams empty, String error) {
    return of(empty, new Links(Map.of()), null, "Adressen innehåller ett fel", error, Map.of(), null);
  }

  private static SearchPage of(SearchParams params, Links links, SearchResult result, String errorHeading, String error,
      Map<Integer, Long> documentsPerYear, Intro intro) {
    var filters = params.filters();
    List<SortOption> sorts = new ArrayList<>();
    for (SortOrder order : SortOrder.values()) {
      sorts.add(new SortOption(order.code(), Labels.sort(order), order == params.sort()));
    }
    String title = error != null ? errorHeading + " – Debattsök"
        : params.query().isEmpty() ? "Debattsök" : params.query() + " – Debattsök";
    return new SearchPage(title, params.query(),
        filters.from() == null ? "" : filters.from().toString(), filters.to() == null ? "" : filters.to().toString(), sorts,
        hidden(params), chips(params, links), error == null ? null : errorHeading, error,
        result == null ? null : results(params, links, result, documentsPerYear), intro);
  }

  /** The front page: the search box and what the index holds. */
  static SearchPage front(SearchParams params, Intro intro) {
    return of(params, new Links(Map.of()), null, QUERY_MISTAKE, null, Map.of(), intro);
  }

  private static Results results(SearchParams params, Links links, SearchResult result, Map<Integer, Long> documentsPerYear) {
    long first = (long) (params.page() - 1) * params.size() + 1;
    int shown = result.hits().size() + result.groups().size();
    long last = first + shown - 1;
    String summary = result.total() == 0 ? "Inga träffar"
        : (result.total() == 1 ? "1 träff" : Labels.number(result.total()) + " träffar")
            + (shown == 0 ? "" : ", visar " + (result.groups().isEmpty() ? "" : "debatt ") + Labels.number(first) + "–"
                + Labels.number(last));
    String asWritten = "/" + links.replacing("nocorrect", "1");
    Suggestion suggestion = result.suggestion() == null ? null
        : new Suggestion(result.suggestion(), Boolean.TRUE.equals(result.suggestionApplied()),
            "/" + links.replacing("q", result.suggestion()), asWritten);
    boolean grouped = params.group().grouped();
    String parts = Offers.compoundParts(params.query(), result);
    String anyWord = Offers.anyWord(params.query(), result);
    return new Results(Labels.number(result.total()), summary, result.tookMs(), first,
        HitView.of(result, result.hits(), links, false), HitView.groups(result, links), grouped,
        grouped ? "h3" : "h2", "/" + (grouped ? links.withoutAll("group") : links.replacing("group", "1")),
        result.trend() == null ? null : TrendChart.of(result.trend(), links, documentsPerYear), Boolean.TRUE.equals(result.partial()), suggestion,
        Boolean.TRUE.equals(result.relaxed()) ? asWritten : null,
        parts == null ? null : new Offer(parts, "/" + links.replacing("q", parts)),
        anyWord == null ? null : new Offer(anyWord, "/" + links.replacing("q", anyWord)),
        FacetView.of(result, links, params.filters()), PageLink.around(params.page(), params.size(), result.total(), links),
        PageLink.pageOf(params.page(), params.size(), result.total()),
        // Grouping by debate is offered where some hit is a speech (or to undo it).
        grouped || result.facets().getOrDefault(Facet.KIND, List.of()).stream().anyMatch(k -> k.value().equals(Kind.SPEECH.code())),
        // Grouping by thread where a hit of the page is part of one.
        !grouped && result.hits().stream().anyMatch(h -> h.thread() != null) ? "/" + links.replacing("group", "tråd") : null,
        result.total() == 0 ? null : Download.of(result.total(), links), Watch.of(params.query(), links));
  }

  private static List<Field> hidden(SearchParams params) {
    List<Field> hidden = new ArrayList<>();
    params.filters().parties().forEach(p -> hidden.add(new Field("party", p)));
    params.filters().raisedBy().forEach(p -> hidden.add(new Field(Facet.RAISED_BY.key(), p)));
    params.filters().answeredBy().forEach(p -> hidden.add(new Field(Facet.ANSWERED_BY.key(), p)));
    params.filters().kinds().forEach(k -> hidden.add(new Field("kind", k.code())));
    params.filters().assemblies().forEach(a -> hidden.add(new Field("assembly", a)));
    if (params.filters().speaker() != null) {
      hidden.add(new Field("person", params.filters().speaker()));
    }
    return hidden;
  }

  private static List<Chip> chips(SearchParams params, Links links) {
    var filters = params.filters();
    List<Chip> chips = new ArrayList<>();
    filters.parties().forEach(p -> chips.add(new Chip("Parti: " + p, "/" + links.without("party", p))));
    filters.raisedBy().forEach(p -> chips.add(new Chip("Frågar eller talar: " + p, "/" + links.without(Facet.RAISED_BY.key(), p))));
    filters.answeredBy().forEach(p -> chips.add(new Chip("Svarar: " + p, "/" + links.without(Facet.ANSWERED_BY.key(), p))));
    filters.kinds().forEach(k -> chips.add(new Chip("Typ: " + k.swedish(), "/" + links.without("kind", k.code()))));
    filters.assemblies().forEach(a -> chips.add(new Chip(a, "/" + links.without("assembly", a))));
    if (filters.speaker() != null) {
      chips.add(new Chip("Person: " + filters.speaker(), "/" + links.withoutAll("person")));
    }
    if (filters.from() != null || filters.to() != null) {
      String range = (filters.from() == null ? "" : filters.from()) + " – " + (filters.to() == null ? "" : filters.to());
      chips.add(new Chip("Datum: " + range.strip(), "/" + links.withoutAll("from", "to")));
    }
    return chips;
  }
}
