package se.debattsok.search;

import org.apache.lucene.queryparser.classic.ParseException;

/**
 * What a user must fix in a query, each said in one line in English and in Swedish: never the
 * parser's own words ("Encountered: '45' (45)").
 */
final class QueryMistakes {
  /** How deep parentheses may nest: far more than anyone types, far less than overflows the parser. */
  static final int MAX_NESTING = 32;

  private QueryMistakes() {}

  static QuerySyntaxException empty() {
    return new QuerySyntaxException("The query is empty: type one or more words.", "Frågan är tom: skriv ett eller flera ord.");
  }

  static QuerySyntaxException tooLong(int length) {
    return new QuerySyntaxException(
        "The query is too long (" + length + " characters; at most " + SearchRequest.MAX_QUERY_LENGTH + ").",
        "Frågan är för lång (" + length + " tecken; högst " + SearchRequest.MAX_QUERY_LENGTH + ").");
  }

  static QuerySyntaxException tooManyParts() {
    return new QuerySyntaxException("The query has too many parts; use fewer words.", "Frågan har för många delar; använd färre ord.");
  }

  static QuerySyntaxException tooComplex() {
    return new QuerySyntaxException("The pattern is too complex to search for; make it more specific.",
        "Mönstret är för krångligt att söka efter; gör det mer bestämt.");
  }

  /** A query Lucene refuses for a reason of its own (an invalid regular expression). */
  static QuerySyntaxException unreadable(String reason) {
    return new QuerySyntaxException("The query cannot be read (" + firstLine(reason) + ").",
        "Frågan går inte att läsa: ett mönster mellan / och / är ofullständigt. Skriv \\/ för ett snedstreck som text, "
            + "eller sätt texten inom citattecken.");
  }

  /** Unbalanced quotes and parentheses are the commonest slips; name them plainly. */
  static void checkBalanced(String text) throws QuerySyntaxException {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        if (++depth > MAX_NESTING) {
          // The parser recurses per level: thousands of '(' would overflow its stack.
          throw new QuerySyntaxException("The query nests parentheses too deeply (at most " + MAX_NESTING + " levels).",
              "Frågan har parenteser i för många nivåer (högst " + MAX_NESTING + ").");
        }
      } else if (!quoted && c == ')' && --depth < 0) {
        throw new QuerySyntaxException("A ')' at position " + (i + 1) + " has no matching '('.",
            "En ')' på plats " + (i + 1) + " saknar sin '('.");
      }
    }
    if (quoted) {
      throw new QuerySyntaxException("A quotation mark is not closed: end the phrase with \".",
          "Ett citattecken är inte stängt: avsluta frasen med \".");
    } else if (depth > 0) {
      throw new QuerySyntaxException("A '(' is not closed: add ')' or remove the '('.",
          "En '(' är inte stängd: lägg till ')' eller ta bort '('.");
    }
  }

  private static final java.util.regex.Pattern COLUMN = java.util.regex.Pattern.compile("column (\\d+)");

  /** What to fix, in a sentence: never the parser's own words ("Encountered: '45' (45)"). */
  static QuerySyntaxException explain(ParseException e, String text) {
    String message = firstLine(e.getMessage());
    java.util.regex.Matcher column = COLUMN.matcher(message);
    boolean located = column.find();
    if (message.contains("not allowed as first character")) {
      return new QuerySyntaxException("A word cannot start with * or ?: write at least one letter first (skol*).",
          "Ett ord kan inte börja med * eller ?: skriv minst en bokstav först (skol*).");
    }
    if (message.contains("<EOF>")) {
      return new QuerySyntaxException("The query ends too early: an operator (AND, OR, NOT, +, -) needs a word after it.",
          "Frågan slutar för tidigt: en operator (AND, OR, NOT, +, -) behöver ett ord efter sig.");
    }
    String near = "";
    if (located) {
      int at = Math.min(Integer.parseInt(column.group(1)), Math.max(0, text.length() - 1));
      near = text.isEmpty() ? "" : text.substring(Math.max(0, at - 1), Math.min(text.length(), at + 2)).strip();
    }
    return new QuerySyntaxException(
        "The query cannot be understood" + (near.isEmpty() ? "" : " near \u201c" + near + "\u201d")
            + ": put special characters (^ ~ : [ ] { } / \\) inside quotes to search for them, or leave them out.",
        "Frågan går inte att tolka" + (near.isEmpty() ? "" : " vid \u201d" + near + "\u201d")
            + ": sätt specialtecken (^ ~ : [ ] { } / \\) inom citattecken för att söka efter dem, eller ta bort dem.");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
