package se.debattsok.analysis;

import java.util.ArrayList;
import java.util.List;

/** The words a word typed without å, ä, ö may be: "sa" is "sa", "så" or "sä". */
public final class Spellings {
  /**
   * A word typed without å, ä, ö is tried in its other spellings only if it has at most this many
   * a's and o's: five give up to 3^5 = 243.
   */
  static final int MAX_A_AND_O = 5;

  private Spellings() {}

  /** Whether a word is of the letters a–z only, with few enough a's and o's to try its {@link #of spellings}. */
  public static boolean few(String word) {
    return word.chars().allMatch(c -> c >= 'a' && c <= 'z') && word.chars().filter(c -> c == 'a' || c == 'o').count() <= MAX_A_AND_O;
  }

  /** Every word this could be with å, ä, ö typed as a, a, o, itself first: "sa" → sa, så, sä. */
  public static List<String> of(String ascii) {
    List<String> spellings = List.of("");
    for (char c : ascii.toCharArray()) {
      String options = c == 'a' ? "aåä" : c == 'o' ? "oö" : String.valueOf(c);
      List<String> longer = new ArrayList<>();
      for (String start : spellings) {
        for (char option : options.toCharArray()) {
          longer.add(start + option);
        }
      }
      spellings = longer;
    }
    return spellings;
  }

  /** The word with å, ä, ö typed as a, a, o. */
  static String typedWithout(String word) {
    return word.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
  }
}
