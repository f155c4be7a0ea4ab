package se.debattsok.cli;

import java.util.Locale;

/** Counts in words, as every command's summary writes them: "1 document", "15,669 documents". */
final class Plural {
  private Plural() {}

  static String count(long n, String one) {
    return count(n, one, one + "s");
  }

  /** For nouns that do not just add an s: "1 query", "2,000 queries". */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
