package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;
import se.debattsok.search.PersonSummary;

/** A person's page: parties over time, how much they said and wrote, and a search of it. */
record PersonPage(String title, String name, List<String> parties, String speeches, String documents, String first,
    String last) {

  static PersonPage of(PersonSummary person) {
    List<String> parties = new ArrayList<>();
    for (PersonSummary.PartySpan span : person.parties()) {
      parties.add(span.party() + " (" + (span.from() == span.to() ? span.from() : span.from() + "–" + span.to()) + ")");
    }
    return new PersonPage(person.name() + " – Debattsök", person.name(), parties, Labels.number(person.speeches()),
        Labels.number(person.documents()), person.first(), person.last());
  }
}
