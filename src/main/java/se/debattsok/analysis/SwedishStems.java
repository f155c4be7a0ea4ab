package se.debattsok.analysis;

import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Snowball's Swedish stemmer, and the definite singular of nouns it leaves whole: -an and -et are
 * no Snowball endings, so "skola" never met "skolan", nor "fråga" "frågan", "samhälle"
 * "samhället" or "utskott" "utskottet". Such a form is stemmed as its base word where the word
 * counts hold the base and the plural the base implies, so that look-alikes stay apart: "skolan"
 * is "skola" (there are "skolor"), but "annan" is no "anna" and "samman" no "samma" (no "annor",
 * no "sammor"); "utskottet" is "utskott" (with "utskotten"), "samhället" "samhälle" (with
 * "samhällen"); the genitives "skolans", "utskottets" too. One instance per token stream.
 */
final class SwedishStems extends SwedishStemmer {
  /** Shorter words are left to Snowball: "utan", "eget", "satan" are no definite forms. */
  private static final int MIN_LENGTH = 5;

  private final WordCounts.Table counts;

  SwedishStems(WordCounts.Table counts) {
    this.counts = counts;
  }

  /** The stemmer with the shipped word counts. */
  static SwedishStems shipped() {
    return new SwedishStems(WordCounts.shipped());
  }

  @Override
  public boolean stem() {
    String base = base(getCurrent());
    if (base != null) {
      setCurrent(base);
    }
    return super.stem();
  }

  /** The base word of a definite singular (or its genitive) the counts vouch for; null otherwise. */
  String base(String word) {
    String form = word.length() > MIN_LENGTH && (word.endsWith("ans") || word.endsWith("ets"))
        ? word.substring(0, word.length() - 1)
        : word;
    if (form.length() < MIN_LENGTH) {
      return null;
    }
    if (form.endsWith("an")) { // skolan → skola, with skolor
      String base = form.substring(0, form.length() - 1);
      return known(base) && known(base.substring(0, base.length() - 1) + "or") ? base : null;
    }
    if (form.endsWith("et")) {
      String plain = form.substring(0, form.length() - 2); // utskottet → utskott, with utskotten
      if (known(plain) && known(plain + "en")) {
        return plain;
      }
      String withE = form.substring(0, form.length() - 1); // samhället → samhälle, with samhällen
      if (withE.endsWith("e") && known(withE) && known(withE + "n")) {
        return withE;
      }
    }
    return null;
  }

  private boolean known(String word) {
    return counts.word(word.toCharArray(), 0, word.length()) > 0;
  }
}
