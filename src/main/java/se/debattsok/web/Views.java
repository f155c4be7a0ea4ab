package se.debattsok.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.debattsok.index.Fields;
import se.debattsok.model.Debate;
import se.debattsok.model.Kind;
import se.debattsok.search.Offers;
import se.debattsok.search.DebateSpeech;
import se.debattsok.search.PersonSummary;
import se.debattsok.search.TextCopy;
import se.debattsok.render.MarkedHtml;
import se.debattsok.search.MarkedDocument;
import se.debattsok.search.MarkedText;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;
import se.debattsok.search.SortOrder;

/**
 * Turns results into the values the HTML templates show, in Swedish. Pebble escapes every value;
 * only snippets and marked paragraphs, escaped by {@link MarkedHtml}, are inserted raw.
 */
final class Views {
  private static final Map<String, String> FACET_LABELS =
      Map.of(Fields.FACET_PARTY, "Parti", Fields.FACET_PERSON, "Person", Fields.FACET_KIND, "Typ",
          Fields.FACET_ASSEMBLY, "Församling", Fields.FACET_YEAR, "År");
  /** The request parameter each facet narrows by. */
  private static final Map<String, String> FACET_PARAMS =
      Map.of(Fields.FACET_PARTY, "party", Fields.FACET_PERSON, "person", Fields.FACET_KIND, "kind",
          Fields.FACET_ASSEMBLY, "assembly", Fields.FACET_YEAR, "year");
  private static final Map<String, String> ROLES =
      Map.of("asker", "frågeställare", "answerer", "svarande", "signer", "undertecknare", "speaker", "talare",
          "chair", "talman", "guest", "gäst", "participant", "deltagare");
  private static final Map<SortOrder, String> SORTS =
      Map.of(SortOrder.RELEVANCE, "Relevans", SortOrder.NEWEST, "Nyast först", SortOrder.OLDEST, "Äldst först");

  private final PebbleEngine engine;

  Views() {
    ClasspathLoader loader = new ClasspathLoader();
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false).build();
  }

  String render(String template, Map<String, Object> model) {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate(template).evaluate(out, model, Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The search page; {@code result} is null before a search and when the query was wrong. */
  Map<String, Object> searchPage(SearchParams params, Links links, SearchResult result, String error) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("q", params.query());
    m.put("title", params.query().isEmpty() ? "Debattsök" : params.query() + " – Debattsök");
    m.put("from", params.filters().from() == null ? "" : params.filters().from().toString());
    m.put("to", params.filters().to() == null ? "" : params.filters().to().toString());
    List<Map<String, Object>> sorts = new ArrayList<>();
    for (SortOrder order : SortOrder.values()) {
      sorts.add(Map.of("value", order.code(), "label", SORTS.get(order), "selected", order == params.sort()));
    }
    m.put("sorts", sorts);
    m.put("hidden", hiddenFilters(params));
    m.put("chips", chips(params, links));
    m.put("error", error);
    if (result != null) {
      m.put("total", number(result.total()));
      long first = (long) (params.page() - 1) * params.size() + 1;
      int shown = result.hits().size() + result.groups().size();
      long last = first + shown - 1;
      m.put("summary", result.total() == 0 ? "Inga träffar"
          : (result.total() == 1 ? "1 träff" : number(result.total()) + " träffar")
              + (shown == 0 ? "" : ", visar " + (result.groups().isEmpty() ? "" : "debatt ") + number(first) + "–" + number(last)));
      m.put("tookMs", result.tookMs());
      m.put("first", first);
      m.put("hits", hits(result, result.hits(), links, false));
      m.put("groups", groups(result, links));
      m.put("grouped", params.group());
      m.put("hitTag", params.group() ? "h3" : "h2"); // a speech is a heading under its debate
      m.put("groupHref", "/" + (params.group() ? links.withoutAll("group") : links.replacing("group", "1")));
      if (result.trend() != null) {
        m.put("trend", TrendChart.model(result.trend(), links));
      }
      m.put("partial", Boolean.TRUE.equals(result.partial()));
      if (result.suggestion() != null) {
        m.put("suggestion", result.suggestion());
        m.put("suggestionApplied", Boolean.TRUE.equals(result.suggestionApplied()));
        m.put("suggestionHref", "/" + links.replacing("q", result.suggestion()));
        m.put("asWrittenHref", "/" + links.replacing("nocorrect", "1"));
      }
      if (Boolean.TRUE.equals(result.relaxed())) {
        m.put("relaxed", true);
        m.put("asWrittenHref", "/" + links.replacing("nocorrect", "1"));
      }
      String parts = Offers.compoundParts(params.query(), result);
      if (parts != null) {
        m.put("parts", parts);
        m.put("partsHref", "/" + links.replacing("q", parts));
      }
      String anyWord = Offers.anyWord(params.query(), result);
      if (anyWord != null) {
        m.put("anyWord", anyWord);
        m.put("anyWordHref", "/" + links.replacing("q", anyWord));
      }
      m.put("facets", facets(result, links, params));
      m.put("pages", pages(params, result.total(), links));
    }
    return m;
  }

  /** The filters in force, as hidden fields, so that a new query or date range keeps them. */
  private static List<Map<String, String>> hiddenFilters(SearchParams params) {
    List<Map<String, String>> hidden = new ArrayList<>();
    params.filters().parties().forEach(p -> hidden.add(Map.of("name", "party", "value", p)));
    params.filters().kinds().forEach(k -> hidden.add(Map.of("name", "kind", "value", k.code())));
    params.filters().assemblies().forEach(a -> hidden.add(Map.of("name", "assembly", "value", a)));
    if (params.filters().speaker() != null) {
      hidden.add(Map.of("name", "person", "value", params.filters().speaker()));
    }
    return hidden;
  }

  private static List<Map<String, String>> chips(SearchParams params, Links links) {
    List<Map<String, String>> chips = new ArrayList<>();
    params.filters().parties().forEach(p -> chips.add(chip("Parti: " + p, links.without("party", p))));
    params.filters().kinds().forEach(k -> chips.add(chip("Typ: " + k.swedish(), links.without("kind", k.code()))));
    params.filters().assemblies().forEach(a -> chips.add(chip(a, links.without("assembly", a))));
    if (params.filters().speaker() != null) {
      chips.add(chip("Person: " + params.filters().speaker(), links.withoutAll("person")));
    }
    if (params.filters().from() != null || params.filters().to() != null) {
      String range = (params.filters().from() == null ? "" : params.filters().from()) + " – "
          + (params.filters().to() == null ? "" : params.filters().to());
      chips.add(chip("Datum: " + range.strip(), links.withoutAll("from", "to")));
    }
    return chips;
  }

  private static Map<String, String> chip(String label, String href) {
    return Map.of("label", label, "href", "/" + href);
  }

  /** Debates of grouped results, each with its best speeches. */
  private static List<Map<String, Object>> groups(SearchResult result, Links links) {
    List<Map<String, Object>> groups = new ArrayList<>();
    for (SearchResult.Group group : result.groups()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("title", group.title() == null ? group.debateId() : group.title());
      g.put("date", group.date());
      g.put("matches", group.matches() == 1 ? "1 träff i debatten" : number(group.matches()) + " träffar i debatten");
      g.put("hits", hits(result, group.hits(), links, true));
      groups.add(g);
    }
    return groups;
  }

  /** @param inDebate under their debate's heading, speeches need not repeat its title */
  private static List<Map<String, Object>> hits(SearchResult result, List<SearchResult.Hit> shown, Links links,
      boolean inDebate) {
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchResult.Hit hit : shown) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("href", Links.document(hit.id(), links.current()));
      String title = hit.title() == null ? hit.id() : hit.title();
      if (hit.debate() != null) {
        title = "Anförande " + hit.debate().position() + (inDebate ? "" : ": " + title);
      }
      h.put("title", title);
      h.put("date", hit.date());
      h.put("kind", Kind.parse(hit.kind()).map(Kind::swedish).orElse(hit.kind()));
      h.put("assembly", hit.assembly());
      h.put("reference", hit.reference());
      h.put("people", people(hit.people()));
      h.put("snippets", hit.snippets().stream().map(MarkedHtml::of).toList());
      if (hit.sameTextAs() != null) {
        h.put("sameTextAs", result.originalOf(hit));
        h.put("sameTextHref", Links.document(hit.sameTextAs(), links.current()));
      }
      hits.add(h);
    }
    return hits;
  }

  static List<Map<String, String>> people(List<SearchResult.HitPerson> people) {
    List<Map<String, String>> shown = new ArrayList<>();
    for (SearchResult.HitPerson p : people) {
      if (!p.role().equals("participant")) {
        shown.add(Map.of("name", p.name(), "party", p.party() == null ? "" : p.party(),
            "role", ROLES.getOrDefault(p.role(), p.role()), "href", Links.person(p.key())));
      }
    }
    return shown;
  }

  private static List<Map<String, Object>> facets(SearchResult result, Links links, SearchParams params) {
    List<Map<String, Object>> facets = new ArrayList<>();
    result.facets().forEach((dim, counts) -> {
      if (counts.isEmpty()) {
        return;
      }
      String param = FACET_PARAMS.get(dim);
      List<Map<String, Object>> values = new ArrayList<>();
      List<SearchResult.FacetCount> ordered = new ArrayList<>(counts);
      if (dim.equals(Fields.FACET_YEAR)) {
        ordered.sort((a, b) -> b.value().compareTo(a.value())); // years read best newest first
      }
      for (SearchResult.FacetCount count : ordered) {
        String label = dim.equals(Fields.FACET_KIND) ? Kind.parse(count.value()).map(Kind::swedish).orElse(count.value()) : count.value();
        boolean active = isActive(params, dim, count.value());
        String href = "/" + link(links, dim, param, count.value(), active);
        values.add(Map.of("label", label, "count", number(count.count()), "href", href, "active", active));
      }
      facets.add(Map.of("label", FACET_LABELS.get(dim), "values", values));
    });
    return facets;
  }

  /** A click on a value narrows to it (a year: that year's dates; a person: only that one); again removes it. */
  private static String link(Links links, String dim, String param, String value, boolean active) {
    if (dim.equals(Fields.FACET_YEAR)) {
      return active ? links.withoutAll("from", "to") : links.replacing("from", value, "to", value);
    } else if (active) {
      return param.equals("person") ? links.withoutAll("person") : links.without(param, value);
    }
    return param.equals("person") ? links.replacing("person", value) : links.with(param, value);
  }

  private static boolean isActive(SearchParams params, String dim, String value) {
    return switch (dim) {
      case Fields.FACET_PARTY -> params.filters().parties().stream().anyMatch(p -> p.equalsIgnoreCase(value));
      case Fields.FACET_KIND -> params.filters().kinds().stream().anyMatch(k -> k.code().equals(value));
      case Fields.FACET_ASSEMBLY -> params.filters().assemblies().contains(value);
      case Fields.FACET_PERSON -> value.equalsIgnoreCase(params.filters().speaker());
      case Fields.FACET_YEAR -> {
        var from = params.filters().from();
        var to = params.filters().to();
        yield from != null && to != null && from.getYear() == to.getYear() && Integer.toString(from.getYear()).equals(value)
            && from.getDayOfYear() == 1 && to.equals(to.withDayOfYear(to.lengthOfYear()));
      }
      default -> false;
    };
  }

  private static List<Map<String, Object>> pages(SearchParams params, long total, Links links) {
    List<Map<String, Object>> pages = new ArrayList<>();
    long lastPage = Math.min((total + params.size() - 1) / params.size(), 10_000 / params.size());
    if (lastPage <= 1) {
      return pages;
    }
    int current = params.page();
    if (current > 1) {
      pages.add(Map.of("label", "‹ Föregående", "href", "/" + links.page(current - 1), "current", false, "rel", "prev"));
    }
    for (long p = Math.max(1, current - 3); p <= Math.min(lastPage, current + 3); p++) {
      pages.add(Map.of("label", Long.toString(p), "href", "/" + links.page((int) p), "current", p == current, "rel", ""));
    }
    if (current < lastPage) {
      pages.add(Map.of("label", "Nästa ›", "href", "/" + links.page(current + 1), "current", false, "rel", "next"));
    }
    return pages;
  }

  /** The document page: metadata, the paragraphs with hits marked and numbered for navigation. */
  Map<String, Object> documentPage(MarkedDocument marked, String query, String backQuery) {
    var doc = marked.document();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", (doc.title() == null ? doc.id() : doc.title()) + " – Debattsök");
    m.put("heading", doc.title() == null ? doc.id() : doc.title());
    m.put("q", query == null ? "" : query);
    m.put("back", "/" + backQuery);
    m.put("date", doc.date() == null ? null : doc.date().toString());
    m.put("kind", doc.kind().swedish());
    m.put("assembly", doc.assembly());
    m.put("reference", doc.reference());
    m.put("addressee", doc.addressee());
    m.put("id", doc.id());
    m.put("people", people(doc.people().stream()
        .map(SearchResult.HitPerson::of).toList()));
    m.put("participants", doc.people().stream().filter(p -> !p.role().isPrincipal()).map(p -> p.display()).toList());
    // Every mark numbered, so the page can step from hit to hit (and link to each without script).
    int n = 1;
    List<String> paragraphs = new ArrayList<>();
    for (MarkedText paragraph : marked.paragraphs()) {
      paragraphs.add(MarkedHtml.of(paragraph, n, number -> "<mark id=\"hit-" + number + "\" tabindex=\"-1\">"));
      n += paragraph.marks().size();
    }
    m.put("paragraphs", paragraphs);
    m.put("hits", marked.hits());
    List<Integer> hitNumbers = new ArrayList<>();
    for (int i = 1; i <= Math.min(marked.hits(), 50); i++) {
      hitNumbers.add(i);
    }
    m.put("hitNumbers", hitNumbers);
    return m;
  }

  /** The query as the part of a link to a document that marks its hits there ("q=…"), or "". */
  private static String queryPart(String query) {
    return query == null || query.isBlank() ? "" : Links.encode(Map.of("q", List.of(query)));
  }

  /** The other documents with the same text, each named by its reference (or title) and date. */
  List<Map<String, String>> copies(List<TextCopy> copies, String query) {
    String q = queryPart(query);
    List<Map<String, String>> shown = new ArrayList<>();
    for (TextCopy copy : copies) {
      String name = copy.reference() != null ? copy.reference() : copy.title() != null ? copy.title() : copy.id();
      shown.add(Map.of("href", Links.document(copy.id(), q), "name", name, "date", copy.date() == null ? "" : copy.date()));
    }
    return shown;
  }

  /**
   * A speech's place in its debate: the debate's title, every speech in order (this one marked),
   * and links to the speeches before and after.
   */
  Map<String, Object> debate(Debate debate, String id, List<DebateSpeech> speeches, String query) {
    String q = queryPart(query);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("debateTitle", debate.title());
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < speeches.size(); i++) {
      DebateSpeech s = speeches.get(i);
      boolean current = s.id().equals(id);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("href", Links.document(s.id(), q));
      entry.put("position", s.position());
      entry.put("speaker", s.speaker() == null ? "" : s.speaker().display());
      entry.put("role", s.speaker() == null ? "" : ROLES.getOrDefault(s.speaker().role().code(), s.speaker().role().code()));
      entry.put("opening", s.opening());
      entry.put("current", current);
      list.add(entry);
      if (current && i > 0) {
        m.put("previous", Links.document(speeches.get(i - 1).id(), q));
      }
      if (current && i + 1 < speeches.size()) {
        m.put("next", Links.document(speeches.get(i + 1).id(), q));
      }
    }
    m.put("speeches", list);
    return m;
  }

  /** A person's page: parties over time, what they said and wrote, and a search of it. */
  Map<String, Object> personPage(PersonSummary person) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", person.name() + " – Debattsök");
    m.put("name", person.name());
    List<String> parties = new ArrayList<>();
    for (PersonSummary.PartySpan span : person.parties()) {
      parties.add(span.party() + " (" + (span.from() == span.to() ? span.from() : span.from() + "–" + span.to()) + ")");
    }
    m.put("parties", parties);
    m.put("speeches", number(person.speeches()));
    m.put("documents", number(person.documents()));
    m.put("first", person.first());
    m.put("last", person.last());
    return m;
  }

  /** "15 669": a no-break space between thousands, as Swedish writes them, whatever the locale. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '\u00A0');
  }
}
