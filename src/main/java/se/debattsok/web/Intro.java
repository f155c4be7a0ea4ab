package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.debattsok.model.Kind;
import se.debattsok.search.Facet;
import se.debattsok.search.SearchResult;

/**
 * What the front page says the index holds, read from the index: how many documents, from which
 * years, of which kinds and from which assemblies; and searches to start from.
 *
 * @param kinds "15 668 interpellationer", commonest first
 * @param assemblies "Riksdagen (15 668)", commonest first
 */
record Intro(String documents, String years, List<String> kinds, List<String> assemblies, List<Example> examples) {
  record Example(String query, String href, String what) {}

  private static final List<Example> EXAMPLES = List.of(
      new Example("äldreomsorg", "/?q=%C3%A4ldreomsorg", "alla böjningar, och ordet i sammansättningar"),
      new Example("inte har råd", "/?q=inte+har+r%C3%A5d", "orden intill varandra först"),
      new Example("\"Fokus Järva\"", "/?q=%22Fokus+J%C3%A4rva%22", "en exakt fras"),
      new Example("parti:SD skola", "/?q=parti%3ASD+skola", "det partiets ledamöter"));

  static Intro of(long documents, Map<Facet, List<SearchResult.FacetCount>> overview) {
    List<SearchResult.FacetCount> years = overview.getOrDefault(Facet.YEAR, List.of()); // newest first
    String period = years.isEmpty() ? null
        : years.size() == 1 ? years.get(0).value() : years.get(years.size() - 1).value() + "–" + years.get(0).value();
    List<String> kinds = new ArrayList<>();
    for (SearchResult.FacetCount kind : overview.getOrDefault(Facet.KIND, List.of())) {
      kinds.add(Labels.number(kind.count()) + " " + Kind.parse(kind.value()).map(k -> plural(k, kind.count())).orElse(kind.value()));
    }
    List<String> assemblies = new ArrayList<>();
    for (SearchResult.FacetCount assembly : overview.getOrDefault(Facet.ASSEMBLY, List.of())) {
      assemblies.add(assembly.value() + " (" + Labels.number(assembly.count()) + ")");
    }
    return new Intro(Labels.number(documents) + " dokument", period, kinds, assemblies, EXAMPLES);
  }

  private static String plural(Kind kind, long count) {
    if (count == 1) {
      return kind.swedish();
    }
    return switch (kind) {
      case INTERPELLATION -> "interpellationer";
      case ANSWER -> "svar";
      case MOTION -> "motioner";
      case MINUTES -> "protokoll";
      case SPEECH -> "anföranden";
      case OTHER -> "övriga";
    };
  }
}
