package se.debattsok.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A person named in a document. The party is an upper-case code ("mp" in the 1990s files and "MP"
 * later are the same party, so a filter must find both) or null when unknown.
 */
public record Person(String name, String party, Role role) {

  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    name = name.strip();
    party = normaliseParty(party);
  }

  /** Upper-cases a party code; blank, "None" and "-" mean unknown. */
  public static String normaliseParty(String party) {
    if (party == null) {
      return null;
    }
    String code = party.strip().toUpperCase(Locale.ROOT);
    if (code.isEmpty() || code.equals("NONE") || code.equals("-")) {
      return null;
    }
    return code;
  }

  /** "Emilia Bjuggren (S)", or just the name when the party is unknown. */
  public String display() {
    return party == null ? name : name + " (" + party + ")";
  }
}
