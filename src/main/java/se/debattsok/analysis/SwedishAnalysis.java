package se.debattsok.analysis;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * The Swedish analysis chains, defined here and nowhere else. Any change to what they emit changes
 * the terms in the index, so {@link #VERSION} must be raised with it: the indexer then rebuilds.
 *
 * <p>Text and titles: StandardTokenizer → lower case → Snowball Swedish stemmer (and the definite forms it leaves whole, {@link SwedishStems}). Unlike Lucene's
 * {@link SwedishAnalyzer} nothing is removed at index time: its stop list drops "inte", "icke" and
 * "ej", and in debates a negation is the point ("inte gjort något" must stay a phrase). At query
 * time a shorter stop list drops filler words ("och", "att", "som") from the words a document must
 * contain, keeping negations and the pronouns that carry meaning in politics ("vi", "ni", "man").
 */
public final class SwedishAnalysis {

  /** Raise whenever an analyzer below changes what it emits. */
  public static final String VERSION = "7";

  private SwedishAnalysis() {}

  /**
   * Index-time chain for the text: every word kept, stemmed, and the heads of compounds added,
   * marked ({@link TermMarks#HEAD}), so "segregation" can find "skolsegregationen".
   */
  public static Analyzer text() {
    return new Chain(Chain.Step.COMPOUND_HEADS, Chain.Step.STEM);
  }

  /**
   * Index-time chain for titles: as {@link #text()} without compound heads, which queries look for
   * in the text only (in a title they would only be written and lengthen it in BM25's eyes).
   */
  public static Analyzer title() {
    return new Chain(Chain.Step.STEM);
  }

  /**
   * A compound as two words to look for, its first part and its last head, by the shipped word
   * counts ("skolsegregation" → "skola", "segregation"); empty for a word that is no compound. A
   * word typed without å, ä, ö is split as the first of its spellings with those letters that
   * splits ("hallbarhetskommissionen" → "hållbarhet", "kommissionen"), if it has at most
   * {@value Spellings#MAX_A_AND_O} a's and o's, the texts never write it as typed, and they write
   * each part so spelled as a word ("kräften" they do not).
   */
  public static List<String> compoundParts(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < CompoundSplitter.MIN_WORD || !WordCounts.lettersOnly(lower.toCharArray(), lower.length())) {
      return List.of();
    }
    WordCounts.Table counts = WordCounts.shipped();
    CompoundSplitter splitter = new CompoundSplitter(counts);
    List<String> parts = splitter.parts(lower.toCharArray(), lower.length());
    if (!parts.isEmpty() || !Spellings.few(lower) || counts.word(lower.toCharArray(), 0, lower.length()) > 0) {
      return parts; // a word the texts use as typed is not read as another ("vindkraften" as "vindkräften")
    }
    for (String spelling : Spellings.of(lower)) {
      parts = splitter.parts(spelling.toCharArray(), spelling.length());
      if (!parts.isEmpty() && parts.stream().allMatch(part -> writtenAsSuch(counts, part))) {
        return parts;
      }
    }
    return List.of();
  }
  /** A part with å, ä or ö (which the typed word lacked) must be a word form the texts use. */
  private static boolean writtenAsSuch(WordCounts.Table counts, String part) {
    return part.chars().allMatch(c -> c < 0x80) || counts.word(part.toCharArray(), 0, part.length()) > 0;
  }


  /** Query-time chain for titles and text: as {@link #title()} without filler words. */
  public static Analyzer textQuery() {
    return new Chain(Chain.Step.DROP_FILLERS, Chain.Step.STEM);
  }

  /**
   * Exact word forms: lower-cased only. For quoted phrases, {@code =ordform} and the vocabulary
   * that spelling suggestions come from. Queries keep every word: a phrase is taken as written.
   */
  public static Analyzer exact() {
    return new Chain();
  }

  /**
   * Stemmed, then folded to ASCII (å, ä → a; ö → o; é → e), for users who type without Swedish
   * letters: "aldreomsorgen" finds "äldreomsorgen". Stemming first keeps the stemmer's rules for
   * ä and ö working; the same chain on both sides makes the folded stems meet. Each word is also
   * indexed as its folded form with its folded stem, marked ({@link FoldedOnlyFilter}), for the
   * query to learn which stems a form typed without å, ä, ö stands for. Words folding does not
   * change are in the text field as they are, where the query looks too. Compounds get their heads
   * as in the text field, where the head folds ({@code >overgrepp} in "maktövergrepp").
   */
  public static Analyzer folded() {
    return new FoldedIndexChain(true);
  }

  /** Index-time chain for the folded copy of titles: as {@link #folded()} without compound heads, as titles have none. */
  public static Analyzer foldedTitle() {
    return new FoldedIndexChain(false);
  }

  /** Query-time chain for the folded field: as {@link #folded()} without filler words. */
  public static Analyzer foldedQuery() {
    return new Chain(Chain.Step.DROP_FILLERS, Chain.Step.STEM, Chain.Step.FOLD);
  }

  /**
   * Names of people: lower case and folded to ASCII on both sides, so "Bjorklund" finds
   * "Björklund". Not stemmed: names do not inflect the way nouns do.
   */
  public static Analyzer names() {
    return new Chain(Chain.Step.FOLD);
  }

  /**
   * Query-time chain for names: as {@link #names()} without filler words, so that a query of
   * filler words alone ("och") is recognised as such in every field it is looked for in, and with
   * a word that may be a genitive also looked for without its s ({@link GenitiveFilter}).
   */
  public static Analyzer namesQuery() {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      private final Analyzer names = new Chain(Chain.Step.DROP_FILLERS, Chain.Step.FOLD);

      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return names;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(), new GenitiveFilter(components.getTokenStream()));
      }
    };
  }

  /**
   * Loads the tables the first query's analysis needs (the shipped word counts, the filler words),
   * which would otherwise be loaded inside it (docs/benchmark.md). On a thread
   * of its own, while the index is opened and checked; a query that comes first waits for it.
   */
  public static void loadInBackground() {
    Thread.ofPlatform().daemon().name("analysis-tables").start(QueryFillers::set);
  }

  /** The filler words dropped from queries, for tests and documentation. */
  public static List<String> droppedQueryWords() {
    return QueryFillers.words();
  }
}
