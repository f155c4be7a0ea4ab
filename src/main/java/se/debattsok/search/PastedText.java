package se.debattsok.search;

import java.util.Locale;

/**
 * Reads the query language's signs as text where they cannot be meant as signs, so that ordinary
 * pasted text is searched rather than refused: a colon after a word that names no field, or with
 * nothing after it ("statsrådet Maria Larsson: vilka åtgärder", "kl. 13:00", "2020-talet:"), and a
 * slash that does not open a pattern closed further on ("2021/22:439", "och/eller",
 * "&lt;script&gt;alert(1)&lt;/script&gt;"). "parti:S", "år:[2010 TO 2014]" and "/seg.*tion/" keep
 * their meaning; inside quotes everything is text already.
 */
final class PastedText {
  private PastedText() {}

  static String asQuery(String query) {
    StringBuilder out = new StringBuilder(query.length() + 8);
    boolean quoted = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\' && i + 1 < query.length()) {
        out.append(c).append(query.charAt(++i)); // escaped already
      } else if (c == '"') {
        quoted = !quoted;
        out.append(c);
      } else if (quoted) {
        out.append(c);
      } else if (c == ':') {
        out.append(namesAField(query, i) ? ':' : ' ');
      } else if (c == '/') {
        int close = patternEnd(query, i);
        if (close < 0) {
          out.append("\\/");
        } else {
          out.append(query, i, close + 1);
          i = close;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean namesAField(String query, int colon) {
    int start = colon;
    while (start > 0 && !Character.isWhitespace(query.charAt(start - 1)) && "()+-!".indexOf(query.charAt(start - 1)) < 0) {
      start--;
    }
    String name = query.substring(start, colon).toLowerCase(Locale.ROOT);
    boolean valueFollows = colon + 1 < query.length() && !Character.isWhitespace(query.charAt(colon + 1));
    return valueFollows && QueryFields.NAMES.containsKey(name);
  }

  /**
   * Where the pattern opened by the slash at {@code open} ends: a slash that starts a word and a
   * later unescaped one that ends a word. -1 when there is none: the slash is text.
   */
  private static int patternEnd(String query, int open) {
    boolean startsWord = open == 0 || " (:+-!".indexOf(query.charAt(open - 1)) >= 0 || Character.isWhitespace(query.charAt(open - 1));
    if (!startsWord) {
      return -1;
    }
    for (int i = open + 1; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '/') {
        boolean endsWord = i + 1 == query.length() || Character.isWhitespace(query.charAt(i + 1)) || query.charAt(i + 1) == ')';
        return endsWord && i > open + 1 ? i : -1;
      }
    }
    return -1;
  }
}
