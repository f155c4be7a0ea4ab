package se.debattsok.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Finds the heads of Swedish compounds: "skolsegregationen" ends in "segregationen",
 * "arbetsmarknadspolitiken" in "politiken". Heads only, since a compound is a kind of its head (a
 * "skolsegregation" is a segregation, not a school).
 *
 * <p>How: the frequency method of Koehn and Knight (2003, "Empirical methods for compound
 * splitting"). A word splits into a first part and a head where both are words of the corpus,
 * allowing the linking forms Swedish puts between them ("arbet<b>s</b>marknad", "skol<b>a</b>" →
 * "skol-", "kvinn<b>o</b>"), and only when the parts are frequent (geometric mean of their
 * document counts) against the word itself. That rule keeps common words whole that happen to be
 * made of two rarer strings: "regeringen" (9,021 documents) is no "rege" + "ringen" (5 and 12).
 *
 * <p>A head is counted by its stem, over all its forms, since the forms a compound ends in
 * ("socialtjänst<b>ens</b>") are often rare alone. One instance per token stream: it holds a stemmer.
 */
final class CompoundSplitter {
  /** Shorter words are seldom compounds, and their splits are mostly accidents. */
  static final int MIN_WORD = 7;
  static final int MIN_FIRST = 3;
  static final int MIN_HEAD = 4;
  /**
   * How much more frequent than its parts a word must be to be kept whole. Koehn and Knight use 1;
   * common compounds ("uppehållstillstånd", 248 documents) are more frequent than their rarer part
   * as a word ("uppehåll", 8), and must still split. On the dev set 3 found as much as 10 (match
   * recall 0.830) with fewer accidental heads; 1 found less (0.806).
   */
  static final double WHOLE_WORD_ADVANTAGE = 3;

  /**
   * Pronouns, prepositions and the like (Lucene's Swedish stop list) look like parts but are not:
   * "förklar|ingen", "till|stånd".
   */
  private static final CharArraySet FUNCTION_WORDS = SwedishAnalyzer.getDefaultStopSet();

  private final WordCounts.Table counts;
  private final SwedishStemmer stemmer;

  CompoundSplitter(WordCounts.Table counts) {
    this.counts = counts;
    this.stemmer = new SwedishStems(counts);
  }

  /** The heads of a lower-cased word, longest first; empty when it is no compound. */
  List<String> heads(char[] word, int length) {
    Set<String> heads = new HashSet<>();
    addHeads(word, 0, length, WHOLE_WORD_ADVANTAGE, heads);
    // Longest first: each head starts further into the word, as token offsets must.
    return heads.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /**
   * A compound as two words to look for: its first part as a word of its own and its last head
   * ("skolsegregation" → "skola", "segregation"; "arbetsmarknadspolitiken" → "arbetsmarknad",
   * "politiken"). Only for a compound the corpus uses less than each part alone (all forms
   * counted): "skolsegregation" (4 documents) is also written "segregation i skolan", while
   * "sjukvården" (423) or "landsbygden" (434) is the word for its thing. Empty otherwise.
   */
  List<String> parts(char[] word, int length) {
    List<String> heads = heads(word, length);
    int whole = headCount(word, 0, length);
    for (int i = heads.size() - 1; i >= 0; i--) { // shortest head first: the last word of the compound
      String head = heads.get(i);
      String first = commonestReading(word, 0, length - head.length()).word();
      if (first != null) {
        boolean rarer = whole < headCount(word, length - head.length(), length)
            && whole < headCount(first.toCharArray(), 0, first.length());
        return rarer ? List.of(first, head) : List.of();
      }
    }
    return List.of();
  }

  /**
   * Every split of the word from {@code start} that the parts' frequencies support, not only the
   * best: "skolelever" is "skol|elever" and, as far as counts can tell, "skole|lever"; leaving
   * one out loses every document that meant it. The longest head is then split again, for
   * compounds whose first part the counts do not know.
   */
  private void addHeads(char[] word, int start, int end, double wholeWordAdvantage, Set<String> heads) {
    if (end - start < MIN_WORD) {
      return;
    }
    double whole = headCount(word, start, end);
    int longest = -1;
    for (int at = start + MIN_FIRST; at <= end - MIN_HEAD; at++) {
      int head = headCount(word, at, end);
      if (head == 0) {
        continue;
      }
      int first = firstPart(word, start, at, true);
      if (first > 0 && Math.sqrt((double) first * head) * wholeWordAdvantage > whole) {
        heads.add(new String(word, at, end - at));
        if (longest < 0) {
          longest = at;
        }
      }
    }
    if (longest > 0) {
      // A head is a common word in its own right ("tillstånd"): split it only by the plain rule.
      addHeads(word, longest, end, 1, heads);
    }
  }

  /** Documents holding any form of the word's stem; 0 for function words. */
  private int headCount(char[] word, int start, int end) {
    if (FUNCTION_WORDS.contains(word, start, end - start)) {
      return 0;
    }
    // The stemmer works in the array it is given: hand it a copy of the part.
    stemmer.setCurrent(java.util.Arrays.copyOfRange(word, start, end), end - start);
    stemmer.stem();
    return counts.stem(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
  }

  /**
   * How common the first part is as a word: as written ("barn|omsorg"), without a linking s
   * ("arbets|marknad"), with the vowel the compound form drops or changes ("skol|segregation" from
   * "skola", "pojk|vän" from "pojke", "kvinno|frid" from "kvinna", "dricks|vatten" from "dricka"),
   * or, once, as a compound of two such parts itself ("läns|arbets|nämnden"). The most common
   * reading counts.
   */
  private int firstPart(char[] word, int start, int end, boolean mayBeCompound) {
    int best = commonestReading(word, start, end).count();
    if (best == 0 && mayBeCompound) {
      for (int at = start + MIN_FIRST; at <= end - MIN_FIRST; at++) {
        int left = firstPart(word, start, at, false);
        int right = left == 0 ? 0 : firstPart(word, at, end, false);
        best = Math.max(best, (int) Math.sqrt((double) left * right));
      }
    }
    return best;
  }

  /** A reading of a first part as a word of its own, and how many documents hold that word. */
  record Reading(String word, int count) {}

  private static final Reading NO_READING = new Reading(null, 0);

  /**
   * The commonest of a first part's readings as a word (see {@link #firstPart}): as written, without
   * a linking s, with the vowel the compound form drops or changes ("skol" → "skola",
   * "arbetsmarknads" → "arbetsmarknad"); no word and a count of 0 when none is a word.
   */
  private Reading commonestReading(char[] word, int start, int end) {
    int length = end - start;
    String written = new String(word, start, length);
    List<String> readings = new ArrayList<>(List.of(written));
    boolean linkingS = word[end - 1] == 's' && length - 1 >= MIN_FIRST;
    String shorter = written.substring(0, length - 1);
    if (linkingS) {
      readings.addAll(List.of(shorter, shorter + "e", shorter + "a"));
    }
    if (isVowel(word[end - 1]) && length - 1 >= MIN_FIRST) {
      readings.addAll(List.of(shorter + "a", shorter + "e"));
    } else {
      readings.addAll(List.of(written + "a", written + "e"));
    }
    Reading best = NO_READING;
    for (String reading : readings) {
      int n = count(reading.toCharArray(), 0, reading.length());
      if (n > best.count()) {
        best = new Reading(reading, n);
      }
    }
    return best;
  }

  private static boolean isVowel(char c) {
    return "aeiouyåäö".indexOf(c) >= 0;
  }

  /** A first part's document count as written; 0 for unknown parts and function words. */
  private int count(char[] word, int offset, int length) {
    return FUNCTION_WORDS.contains(word, offset, length) ? 0 : counts.word(word, offset, length);
  }
}
