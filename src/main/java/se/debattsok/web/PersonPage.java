package se.debattsok.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.debattsok.model.Kind;
import se.debattsok.search.PersonSummary;

/**
 * A person's page: parties over time, how much they said and wrote, their newest documents, and a
 * search of everything they are named in.
 *
 * @param speeches null when there are none, so that the page does not say "0"
 * @param allHref a search for every document naming the person, newest first
 */
record PersonPage(String title, String name, List<String> parties, String speeches, String documents, String first,
    String last, List<Listed> latest, String allHref, String allLabel) {

  record Listed(String title, String href, String kind, String reference, String date) {}

  static PersonPage of(PersonSummary person) {
    List<String> parties = new ArrayList<>();
    for (PersonSummary.PartySpan span : person.parties()) {
      parties.add(span.party() + " (" + (span.from().equals(span.to()) ? span.from() : span.from() + " – " + span.to()) + ")");
    }
    List<Listed> latest = new ArrayList<>();
    for (PersonSummary.Listed doc : person.latest()) {
      latest.add(new Listed(doc.title() == null ? doc.id() : doc.title(), Links.document(doc.id(), ""),
          Kind.parse(doc.kind()).map(Kind::swedish).orElse(doc.kind()), doc.reference(), doc.date()));
    }
    long all = person.speeches() + person.documents();
    Map<String, List<String>> search = new LinkedHashMap<>(); // in this order on every run (Map.of's order is not)
    search.put("q", List.of("talare:\"" + person.name() + "\""));
    search.put("sort", List.of("newest"));
    String allHref = "/" + Links.encode(search);
    return new PersonPage(person.name() + " – Debattsök", person.name(), parties,
        person.speeches() == 0 ? null : Labels.number(person.speeches()), Labels.number(person.documents()), person.first(),
        person.last(), latest, allHref, all > latest.size() ? "Visa alla " + Labels.number(all) + ", nyast först" : null);
  }
}
