package se.debattsok.search;

/**
 * When a search for all of several words finds next to nothing, the same words with OR between
 * them: offered to the user (never run in their place), since "skolsegregation Stockholm" may
 * mean documents about either.
 */
public final class AnyWord {
  /** With this many hits or fewer the offer is made. */
  public static final int FEW_HITS = 3;
  private static final int MAX_WORDS = 8;

  private AnyWord() {}

  /**
   * "skolsegregation Stockholm" → "skolsegregation OR Stockholm", for 2 to 8 plain words (no
   * quotes, operators, fields or patterns: there the user already said what they meant) that found
   * few documents and no spelling correction; null otherwise.
   */
  public static String offer(String query, SearchResult result) {
    if (result.total() > FEW_HITS || result.suggestion() != null) {
      return null;
    }
    String[] words = query.strip().split("\\s+");
    if (words.length < 2 || words.length > MAX_WORDS) {
      return null;
    }
    for (String word : words) {
      if (!word.matches("[\\p{L}\\p{N}-]+") || word.equals("OR") || word.equals("AND") || word.equals("NOT")) {
        return null;
      }
    }
    return String.join(" OR ", words);
  }
}
