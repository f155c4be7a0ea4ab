package se.debattsok.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The filler words queries drop ("och", "att", "som"): Lucene's Swedish stop list without the words
 * that matter in debates, and with the fillers as typed without å, ä, ö where they can be no other
 * word. Made on first use: they are read from the shipped word counts, which a server should not
 * wait for before it answers.
 */
final class QueryFillers {
  /** Words of Lucene's Swedish stop list that matter in debates and so are never dropped. */
  private static final Set<String> MEANINGFUL =
      Set.of(
          "inte", "icke", "ej", "man", "vi", "ni", "kan", "mot", "mellan", "under", "inom",
          "utan", "efter", "över", "alla", "ingen", "inga");

  /**
   * A filler word typed without å, ä, ö is a filler too when every other word it can be a spelling
   * of is used in less than a twentieth as many documents: "for" (145 interpellations, in English)
   * is "för" (15,451), "nar" is "när" (7,276; "når" 254), while "ar" stays a word, as "år" (6,927) is
   * no filler. Kept as a word, "for" would be required and marked in every snippet.
   */
  private static final int TYPED_FILLER_MARGIN = 20;

  private QueryFillers() {}

  private static final class Made {
    static final CharArraySet SET = make();
  }

  static CharArraySet set() {
    return Made.SET;
  }

  static List<String> words() {
    return Made.SET.stream().map(w -> new String((char[]) w)).sorted().toList();
  }

  private static CharArraySet make() {
    CharArraySet stop = new CharArraySet(SwedishAnalyzer.getDefaultStopSet().size(), false);
    for (Object word : SwedishAnalyzer.getDefaultStopSet()) {
      String w = new String((char[]) word);
      if (!MEANINGFUL.contains(w)) {
        stop.add(w);
      }
    }
    List<String> typed = new ArrayList<>();
    for (Object word : stop) {
      String filler = new String((char[]) word);
      String ascii = Spellings.typedWithout(filler);
      if (!ascii.equals(filler) && !stop.contains(ascii) && typedFiller(filler, ascii, stop)) {
        typed.add(ascii);
      }
    }
    stop.addAll(typed);
    return CharArraySet.unmodifiableSet(stop);
  }

  private static boolean typedFiller(String filler, String ascii, CharArraySet fillers) {
    int fillerCount = count(filler);
    for (String spelling : Spellings.of(ascii)) {
      if (!fillers.contains(spelling) && (long) count(spelling) * TYPED_FILLER_MARGIN >= fillerCount) {
        return false;
      }
    }
    return true;
  }

  private static int count(String word) {
    return WordCounts.shipped().word(word.toCharArray(), 0, word.length());
  }
}
