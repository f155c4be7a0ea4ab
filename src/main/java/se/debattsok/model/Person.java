package se.debattsok.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A person named in a document. The party is an upper-case code ("mp" in the 1990s files and "MP"
 * later are the same party, so a filter must find both) or null when unknown.
 *
 * @param id the source's own identifier for the person (ParlaMint's xml:id, the Riksdag's
 *     intressent_id), or null; {@link #key()} stands in for it
 */
public record Person(String name, String party, Role role, String id) {

  public Person {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    name = name.strip();
    party = normaliseParty(party);
    id = id == null || id.isBlank() ? null : id.strip();
  }

  public Person(String name, String party, Role role) {
    this(name, party, role, null);
  }

  /**
   * What the person's page is found by: the source's id, or else the name in lower case with
   * dashes ("anna-ek"), so that the same name in different files is one person.
   */
  public String key() {
    if (id != null) {
      return id;
    }
    String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "-" : slug;
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
