package se.debattsok.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person named in a document. The party is an upper-case code ("mp" in the 1990s files and "MP"
 * later are the same party, so a filter must find both) or null when unknown.
 *
 * @param id the source's own identifier for the person (ParlaMint's xml:id, the Riksdag's
 *     intressent_id), or null; {@link #key()} stands in for it
 */
public record Person(String name, String party, Role role, String id) {
  // Compiled once: keys and parties are made for every person of every hit shown.
  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

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
    String slug = EDGE_DASHES.matcher(NOT_LETTERS.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "-" : slug;
  }

  /**
   * A party as it is shown: a short code in upper case ("mp" and "Mp" in the 1990s files are "MP"),
   * a code with capitals inside ("JxSí", "PPdeG") or a party's name ("Alternativ för Sverige") as
   * written; blank, "None" and "-" mean unknown.
   */
  public static String normaliseParty(String party) {
    if (party == null) {
      return null;
    }
    String code = SPACES.matcher(party.strip()).replaceAll(" ");
    if (code.isEmpty() || code.equalsIgnoreCase("none") || code.equals("-")) {
      return null;
    }
    boolean shortCode = code.length() <= 4 && code.chars().allMatch(Character::isLetter);
    return shortCode && !hasInnerCapital(code) ? code.toUpperCase(Locale.ROOT) : code;
  }

  /** What a party is looked up by: its shown form in upper case, so "jxsí" finds "JxSí". */
  public static String partyKey(String party) {
    String shown = normaliseParty(party);
    return shown == null ? "" : shown.toUpperCase(Locale.ROOT);
  }

  /** "JxSí": a capital after a small letter, as in abbreviations of several words. */
  private static boolean hasInnerCapital(String code) {
    for (int i = 1; i < code.length(); i++) {
      if (Character.isUpperCase(code.charAt(i)) && Character.isLowerCase(code.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /** "Emilia Bjuggren (S)", or just the name when the party is unknown. */
  public String display() {
    return party == null ? name : name + " (" + party + ")";
  }
}
