package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import se.debattsok.index.Fields;

/**
 * Finds the compounds of the index that end in a word: for "segregation", the stems
 * "skolsegregation" and "bostadssegregation" of the text. Swedish writes compounds as one word, and
 * a search for "segregation" should find them.
 *
 * <p>The stems of the text are kept reversed and sorted, so that all stems ending in a word are one
 * range found by binary search. A stem counts as a compound of the word only if what stands before
 * the word is itself a word of the index (allowing a linking s or vowel: "arbetsmarknads|politik",
 * "skatte|sänkning"), which keeps "regering" out of the compounds of "ring". Built once per index
 * version: the query side of decompounding, with nothing added to the index.
 */
final class Compounds {
  /**
   * Words shorter than this have too many accidental endings ("tal" in "kapital"). At 4 letters
   * the dev set's compound recall rose from 0.70 to 0.79, but "ring" then matched 11,470 of 15,669
   * documents: the scanned 1990s texts break "rege- ringen" at line ends, which makes "rege" a word.
   */
  static final int MIN_WORD_LENGTH = 5;
  private static final int MIN_HEAD_LENGTH = 3;
  private static final int MIN_BASE_AFTER_LINKING = 4;
  /**
   * The commonest compounds of a word that are searched for. Each is a term query, which the
   * highlighter reads straight from the postings (a term-set query made it re-analyse every text),
   * and a query has at most 1,024 clauses.
   */
  static final int MAX_COMPOUNDS = 64;
  /** Candidates looked at before the commonest are picked. */
  private static final int MAX_CANDIDATES = 2_000;
  private static final List<String> DEFINITE_ENDINGS = List.of("et", "en", "an", "n");

  private final IndexReader reader;
  private final String[] reversedStems;
  /** Stems and word forms in at least two documents: what counts as a word, looked up in memory. */
  private final Set<String> words = new HashSet<>();

  Compounds(IndexReader reader) throws IOException {
    this.reader = reader;
    List<String> reversed = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(reader, Fields.TEXT);
    if (terms != null) {
      TermsEnum it = terms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        String stem = term.utf8ToString();
        if (it.docFreq() >= 2) {
          words.add(stem);
        }
        if (stem.length() >= MIN_WORD_LENGTH + MIN_HEAD_LENGTH && stem.chars().allMatch(Character::isLetter)) {
          reversed.add(new StringBuilder(stem).reverse().toString());
        }
      }
    }
    Terms forms = MultiTerms.getTerms(reader, Fields.TEXT_EXACT);
    if (forms != null) {
      TermsEnum it = forms.iterator();
      for (BytesRef term = it.next(); term != null; term = it.next()) {
        if (it.docFreq() >= 2) {
          words.add(term.utf8ToString());
        }
      }
    }
    reversedStems = reversed.toArray(String[]::new);
    Arrays.sort(reversedStems);
  }

  /**
   * The stems of compounds that end in the given stem or in its base form: Snowball leaves the
   * definite endings -et, -en, -an alone, so "avtalet" is also looked for as "avtal" and
   * "förskolan" as "förskol", when that base is itself a word of the index.
   */
  List<BytesRef> endingIn(String stem) throws IOException {
    java.util.LinkedHashSet<BytesRef> compounds = new java.util.LinkedHashSet<>(endingInStem(stem));
    for (String ending : DEFINITE_ENDINGS) {
      String base = stem.substring(0, Math.max(0, stem.length() - ending.length()));
      if (stem.endsWith(ending) && base.length() >= MIN_WORD_LENGTH && reader.docFreq(new Term(Fields.TEXT, base)) > 0) {
        compounds.addAll(endingInStem(base));
        compounds.remove(new BytesRef(stem));
      }
    }
    List<BytesRef> commonest = new ArrayList<>(compounds);
    if (commonest.size() > MAX_COMPOUNDS) {
      java.util.Map<BytesRef, Integer> freq = new java.util.HashMap<>();
      for (BytesRef c : commonest) {
        freq.put(c, reader.docFreq(new Term(Fields.TEXT, c)));
      }
      commonest.sort(java.util.Comparator.comparing(freq::get).reversed());
      commonest = new ArrayList<>(commonest.subList(0, MAX_COMPOUNDS));
    }
    return commonest;
  }

  private List<BytesRef> endingInStem(String stem) throws IOException {
    List<BytesRef> compounds = new ArrayList<>();
    if (stem.length() < MIN_WORD_LENGTH) {
      return compounds;
    }
    String suffix = new StringBuilder(stem).reverse().toString();
    int i = Arrays.binarySearch(reversedStems, suffix);
    for (i = i < 0 ? -i - 1 : i; i < reversedStems.length && reversedStems[i].startsWith(suffix); i++) {
      String compound = new StringBuilder(reversedStems[i]).reverse().toString();
      String head = compound.substring(0, compound.length() - stem.length());
      if (head.length() >= MIN_HEAD_LENGTH && isWord(head)) {
        compounds.add(new BytesRef(compound));
        if (compounds.size() == MAX_CANDIDATES) {
          break;
        }
      }
    }
    return compounds;
  }

  /** A word of the index, as a stem or as written, perhaps with a linking letter ("bostads", "skatte"). */
  private boolean isWord(String head) {
    if (occurs(head)) {
      return true;
    }
    // A linking letter may be dropped, but what is left must be a real word, not a fragment:
    // "rege|ring" would otherwise pass as "reg" + e, and every -ering noun would hold "ring".
    char last = head.charAt(head.length() - 1);
    boolean linking = last == 's' || last == 'e' || last == 'a' || last == 'o' || last == 'u';
    return linking && head.length() - 1 >= MIN_BASE_AFTER_LINKING && occurs(head.substring(0, head.length() - 1));
  }

  /** In at least two documents: the 1990s files' scanning errors make single odd words. */
  private boolean occurs(String word) {
    return words.contains(word);
  }
}
