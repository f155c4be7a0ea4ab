package se.debattsok.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agenda items as Swedish minutes number them: "§ 8 Svar på interpellation …", "§ 3 a", "KS § 3"
 * (the body's initials first), "§1." in the old records.
 */
final class Sections {
  /** The body's initials (optional), the number with an optional letter, and what follows. */
  private static final Pattern ITEM =
      Pattern.compile("^(?:(\\p{Lu}{1,6})\\s+)?§\\s*(\\d{1,4}(?:\\s?[a-z](?![\\p{L}]))?)\\s*[.:]?\\s*(.*)$", Pattern.DOTALL);

  /** A numbered item: initials or null, number ("3 a"), the rest of the line ("" when none). */
  record Item(String body, String number, String rest) {
    /** "§ 3 a", or "KS § 3 a" with the body's initials. */
    String reference() {
      return (body == null ? "" : body + " ") + "§ " + number;
    }
  }

  private Sections() {}

  /** The item a line opens, or null when it opens none. */
  static Item item(String line) {
    if (line == null) {
      return null;
    }
    Matcher m = ITEM.matcher(line.strip());
    return m.matches() ? new Item(m.group(1), m.group(2).replace(" ", " "), m.group(3).strip()) : null;
  }

  /** "§ 8 Svar på interpellation …" → "Svar på interpellation …"; a line without a number as it is. */
  static String withoutNumber(String heading) {
    Item item = item(heading);
    return item == null || item.rest().isEmpty() ? heading : item.rest();
  }
}
