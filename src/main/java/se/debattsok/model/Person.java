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
    // By hand, not by regular expressions: keys are made for every person of every hit shown.
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder(lower.length());
    boolean apart = false; // letters or digits seen, then something else
    for (int i = 0; i < lower.length(); ) {
      int c = lower.codePointAt(i);
      i += Character.charCount(c);
      if (isLetterOrNumber(c)) {
        if (apart && !slug.isEmpty()) {
          slug.append('-');
        }
        apart = false;
        slug.appendCodePoint(c);
      } else {
        apart = true;
      }
    }
    return slug.isEmpty() ? "-" : slug.toString();
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

  /** Letters and digits of any script, as the regular expression classes \\p{L} and \\p{N}. */
  private static boolean isLetterOrNumber(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
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
