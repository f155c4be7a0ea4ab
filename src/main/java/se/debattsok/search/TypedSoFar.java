package se.debattsok.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query as it stands while it is still being typed, for results that follow the typing: its last
 * word also counts as the start of a longer word ("skolseg" finds "skolsegregation"), and nothing is
 * taken for a misspelling ({@link SearchRequest#asWritten}). "skolseg" had been corrected to
 * "skoldag", and "skolsegreg" found nothing.
 */
public final class TypedSoFar {
  /** Shorter starts match too many words to be worth completing. */
  static final int MIN_START = 3;
  private static final Pattern LAST_WORD = Pattern.compile("^(.*?)(?<![\\p{L}\\p{N}:\\-*~^\\\\/])([\\p{L}\\p{N}]{" + MIN_START + ",})$");

  private TypedSoFar() {}

  /**
   * The search for a query typed so far (no space after its last word yet): that word or any word
   * it begins. The query itself when its last word is no plain word (a phrase still open, a field
   * value, an operator, a pattern).
   */
  public static SearchRequest of(SearchRequest request) {
    Matcher m = LAST_WORD.matcher(request.query()); // a space after the last word: it is finished
    if (!m.matches() || m.group(1).chars().filter(c -> c == '"').count() % 2 != 0
        || m.group(2).equals("OR") || m.group(2).equals("AND") || m.group(2).equals("NOT")) {
      return request.asWritten();
    }
    String word = m.group(2);
    return request.withQuery(m.group(1) + "(" + word + " OR " + word + "*)").asWritten();
  }
}
