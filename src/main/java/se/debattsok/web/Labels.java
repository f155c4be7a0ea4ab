package se.debattsok.web;

import java.util.Locale;
import java.util.Map;
import se.debattsok.search.Facet;
import se.debattsok.search.SortOrder;

/** What the pages call things, in Swedish. */
final class Labels {
  private static final Map<String, String> ROLES =
      Map.of("asker", "frågeställare", "answerer", "svarande", "signer", "undertecknare", "speaker", "talare",
          "chair", "talman", "guest", "gäst", "participant", "deltagare");
  private static final Map<SortOrder, String> SORTS =
      Map.of(SortOrder.RELEVANCE, "Relevans", SortOrder.NEWEST, "Nyast först", SortOrder.OLDEST, "Äldst först");
  private static final Map<Facet, String> FACETS = Map.of(Facet.PARTY, "Parti", Facet.RAISED_BY, "Parti, frågar och talar",
      Facet.ANSWERED_BY, "Parti, svarar", Facet.PERSON, "Person", Facet.KIND, "Typ", Facet.ASSEMBLY, "Församling",
      Facet.YEAR, "År");

  private Labels() {}

  /** A role by its code ("asker"): "frågeställare". */
  static String role(String code) {
    return ROLES.getOrDefault(code, code);
  }

  static String sort(SortOrder order) {
    return SORTS.get(order);
  }

  static String facet(Facet facet) {
    return FACETS.get(facet);
  }

  /** "15 669": a no-break space between thousands, as Swedish writes them, whatever the locale. */
  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '\u00A0');
  }
}
