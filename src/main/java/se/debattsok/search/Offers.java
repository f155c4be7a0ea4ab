package se.debattsok.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.debattsok.analysis.SwedishAnalysis;

/**
 * What a plain query of a few words that finds next to nothing is offered: the same words with OR
 * between them, since "skolsegregation Stockholm" may mean documents about either, and a rare
 * compound as its parts. Offered, never run in the user's place; when a query finds nothing at
 * all, the search service itself shows the documents that hold all its words but one (see
 * {@link SearchResult#relaxed}).
 */
public final class Offers {
  /** With this many hits or fewer the offers are made, and a misspelled word gets a suggestion. */
  public static final int FEW_HITS = 3;
  private static final int MAX_WORDS = 8;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}-]+");

  private Offers() {}

  /**
   * "skolsegregation Stockholm" → "skolsegregation OR Stockholm", for 2 to 8 plain words that found
   * few documents, no spelling correction and were not loosened already; null otherwise.
   */
  public static String anyWord(String query, SearchResult result) {
    if (result.total() > FEW_HITS || result.suggestion() != null || Boolean.TRUE.equals(result.relaxed())) {
      return null;
    }
    List<String> words = plainWords(query);
    return words == null ? null : String.join(" OR ", words);
  }

  /**
   * "skolsegregation Stockholm" → "skola segregation Stockholm": each compound as its first part
   * and its last head, for 1 to 8 plain words that found few documents (or none and were
   * loosened), where one is a compound; null otherwise. Swedish writes "skolsegregation" and
   * "segregationen i skolan" alike.
   */
  public static String compoundParts(String query, SearchResult result) {
    boolean few = result.total() <= FEW_HITS || Boolean.TRUE.equals(result.relaxed());
    if (!few || result.suggestion() != null) {
      return null;
    }
    List<String> words = plainWords(query, 1);
    if (words == null) {
      return null;
    }
    List<String> split = new ArrayList<>();
    for (String word : words) {
      List<String> parts = SwedishAnalysis.compoundParts(word);
      split.addAll(parts.isEmpty() ? List.of(word) : parts);
    }
    return split.size() == words.size() ? null : String.join(" ", split);
  }

  /**
   * The words of a query of 2 to 8 plain words (no quotes, operators, fields or patterns: there the
   * user already said what they meant); null for any other query.
   */
  static List<String> plainWords(String query) {
    return plainWords(query, 2);
  }

  static List<String> plainWords(String query, int minWords) {
    String[] words = SPACES.split(query.strip());
    if (words.length < minWords || words.length > MAX_WORDS) {
      return null;
    }
    for (String word : words) {
      if (!PLAIN_WORD.matcher(word).matches() || word.equals("OR") || word.equals("AND") || word.equals("NOT")) {
        return null;
      }
    }
    return List.of(words);
  }
}
