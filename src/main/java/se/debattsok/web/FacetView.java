package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.debattsok.model.Kind;
import se.debattsok.search.Facet;
import se.debattsok.search.Filters;
import se.debattsok.search.SearchResult;

/**
 * One facet beside the results: its values with their counts, each a link that narrows the search
 * to it or, when it already does, widens it again. The first {@value #SHOWN} (and any chosen) are in
 * view; the rest are behind "Visa alla", which says how many there are and opens without script.
 */
record FacetView(String label, List<Value> values, List<Value> more, String moreLabel) {
  static final int SHOWN = 12;

  record Value(String label, String count, String href, boolean active) {}

  static List<FacetView> of(SearchResult result, Links links, Filters filters) {
    List<FacetView> facets = new ArrayList<>();
    for (Map.Entry<Facet, List<SearchResult.FacetCount>> entry : result.facets().entrySet()) {
      Facet facet = entry.getKey();
      if (entry.getValue().isEmpty() || facet == Facet.PARTY && splitByRole(result)) {
        continue;
      }
      List<Value> values = new ArrayList<>();
      List<Value> more = new ArrayList<>();
      for (SearchResult.FacetCount count : entry.getValue()) { // in the order search gives: commonest, or newest, first
        String label = facet == Facet.KIND ? Kind.parse(count.value()).map(Kind::swedish).orElse(count.value()) : count.value();
        boolean active = isActive(filters, facet, count.value());
        Value value = new Value(label, Labels.number(count.count()), "/" + link(links, facet, count.value(), active), active);
        (values.size() < SHOWN || active ? values : more).add(value);
      }
      facets.add(new FacetView(Labels.facet(facet), values, more, more.isEmpty() ? null
          : "Visa alla " + Labels.number(values.size() + more.size()) + " (" + Labels.number(more.size()) + " till)"));
    }
    return facets;
  }

  /**
   * Where the hits' parties can be told apart by role (who raises the matter, who answers), the page
   * shows those two lists and not the one that mixes them: a governing party's ministers answer
   * most interpellations, and would count as raising them.
   */
  private static boolean splitByRole(SearchResult result) {
    return !result.facets().getOrDefault(Facet.RAISED_BY, List.of()).isEmpty()
        || !result.facets().getOrDefault(Facet.ANSWERED_BY, List.of()).isEmpty();
  }

  /** A click on a value narrows to it (a year: that year's dates; a person: only that one); again removes it. */
  private static String link(Links links, Facet facet, String value, boolean active) {
    String param = facet.key(); // the request parameter each facet narrows by has the facet's name
    if (facet == Facet.YEAR) {
      return active ? links.withoutAll("from", "to") : links.replacing("from", value, "to", value);
    } else if (facet == Facet.PERSON) {
      return active ? links.withoutAll(param) : links.replacing(param, value);
    }
    return active ? links.without(param, value) : links.with(param, value);
  }

  private static boolean isActive(Filters filters, Facet facet, String value) {
    return switch (facet) {
      case PARTY -> filters.parties().stream().anyMatch(p -> p.equalsIgnoreCase(value));
      case RAISED_BY -> filters.raisedBy().stream().anyMatch(p -> p.equalsIgnoreCase(value));
      case ANSWERED_BY -> filters.answeredBy().stream().anyMatch(p -> p.equalsIgnoreCase(value));
      case KIND -> filters.kinds().stream().anyMatch(k -> k.code().equals(value));
      case ASSEMBLY -> filters.assemblies().contains(value);
      case PERSON -> value.equalsIgnoreCase(filters.speaker());
      case YEAR -> {
        var from = filters.from();
        var to = filters.to();
        yield from != null && to != null && from.getYear() == to.getYear() && Integer.toString(from.getYear()).equals(value)
            && from.getDayOfYear() == 1 && to.equals(to.withDayOfYear(to.lengthOfYear()));
      }
    };
  }
}
