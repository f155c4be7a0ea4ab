package se.debattsok.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.tartarus.snowball.ext.SwedishStemmer;

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

  /**
   * Marks the stem of a compound's head in the text field: "skolsegregationen" is indexed as
   * {@code skolsegregation} and {@code >segregation}. The tokenizer never emits the character.
   */
  public static final String HEAD_MARK = ">";

  /**
   * Marks the folded forms of words in the folded field, each with its folded stem: "måttliga" is
   * indexed there as {@code mattlig} and {@code =mattliga=mattlig} ({@link #foldedForm}). The
   * tokenizer never emits the character.
   */
  public static final String FOLDED_FORM_MARK = "=";

  /** Words of Lucene's Swedish stop list that matter in debates and so are never dropped. */
  private static final Set<String> MEANINGFUL =
      Set.of(
          "inte", "icke", "ej", "man", "vi", "ni", "kan", "mot", "mellan", "under", "inom",
          "utan", "efter", "över", "alla", "ingen", "inga");

  /**
   * The filler words queries drop, made on first use: they are read from the shipped word counts
   * (see {@link #TYPED_FILLER_MARGIN}), which a server should not wait for before it answers.
   */
  private static final class Fillers {
    static final CharArraySet SET = queryStopWords();
  }

  private SwedishAnalysis() {}

  /**
   * Index-time chain for the text: every word kept, stemmed, and the heads of compounds added,
   * marked ({@link #HEAD_MARK}), so "segregation" can find "skolsegregationen".
   */
  public static Analyzer text() {
    return new Chain(false, true, Fold.NONE, true);
  }

  /**
   * Index-time chain for titles: as {@link #text()} without compound heads, which queries look for
   * in the text only (in a title they would only be written and lengthen it in BM25's eyes).
   */
  public static Analyzer title() {
    return new Chain(false, true, Fold.NONE, false);
  }

  /**
   * The term under which the folded field holds a word form typed without å, ä, ö, with the folded
   * stem of the word it stands for: {@code =mattliga=mattlig}. A query finds the stems behind a
   * form it was typed in by the terms that begin with {@code foldedForm(form, "")}.
   */
  public static String foldedForm(String form, String stem) {
    return FOLDED_FORM_MARK + form + FOLDED_FORM_MARK + stem;
  }

  /** The term a compound with this (stemmed) head is indexed under, besides its own stem. */
  public static String compoundHead(String stem) {
    return HEAD_MARK + stem;
  }

  /**
   * A compound as two words to look for, its first part and its last head, by the shipped word
   * counts ("skolsegregation" → "skola", "segregation"); empty for a word that is no compound. A
   * word typed without å, ä, ö is split as the first of its spellings with those letters that
   * splits ("hallbarhetskommissionen" → "hållbarhet", "kommissionen"), if it has at most
   * {@value #MAX_A_AND_O} a's and o's.
   */
  public static List<String> compoundParts(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower.length() < CompoundSplitter.MIN_WORD || !WordCounts.lettersOnly(lower.toCharArray(), lower.length())) {
      return List.of();
    }
    CompoundSplitter splitter = new CompoundSplitter(Shipped.COUNTS);
    List<String> parts = splitter.parts(lower.toCharArray(), lower.length());
    if (!parts.isEmpty() || !fewSpellings(lower)) {
      return parts;
    }
    for (String spelling : spellings(lower)) {
      parts = splitter.parts(spelling.toCharArray(), spelling.length());
      if (!parts.isEmpty()) {
        return parts;
      }
    }
    return List.of();
  }

  /**
   * A word typed without å, ä, ö is tried in its other spellings only if it has at most this many
   * a's and o's: five give up to 3^5 = 243.
   */
  private static final int MAX_A_AND_O = 5;

  /** Whether a word is of the letters a–z only, with few enough a's and o's to try its {@link #spellings}. */
  public static boolean fewSpellings(String word) {
    return word.chars().allMatch(c -> c >= 'a' && c <= 'z') && word.chars().filter(c -> c == 'a' || c == 'o').count() <= MAX_A_AND_O;
  }

  /** Snowball's Swedish stemmer with the definite forms it leaves whole ({@link SwedishStems}). */
  static SwedishStemmer stemmer() {
    return new SwedishStems(Shipped.COUNTS);
  }

  /** The shipped word counts, loaded when the first text or query is analysed; never changed. */
  private static final class Shipped {
    static final WordCounts.Table COUNTS = WordCounts.load();
  }

  /** Query-time chain for titles and text: as {@link #title()} without filler words. */
  public static Analyzer textQuery() {
    return new Chain(true, true, Fold.NONE, false);
  }

  /**
   * Exact word forms: lower-cased only. For quoted phrases, {@code =ordform} and the vocabulary
   * that spelling suggestions come from. Queries keep every word: a phrase is taken as written.
   */
  public static Analyzer exact() {
    return new Chain(false, false, Fold.NONE, false);
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
    return new Chain(true, true, Fold.ALL, false);
  }

  /**
   * Names of people: lower case and folded to ASCII on both sides, so "Bjorklund" finds
   * "Björklund". Not stemmed: names do not inflect the way nouns do.
   */
  public static Analyzer names() {
    return new Chain(false, false, Fold.ALL, false);
  }

  /**
   * Query-time chain for names: as {@link #names()} without filler words, so that a query of
   * filler words alone ("och") is recognised as such in every field it is looked for in, and with
   * a word that may be a genitive also looked for without its s ({@link GenitiveFilter}).
   */
  public static Analyzer namesQuery() {
    return new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
      private final Analyzer names = new Chain(true, false, Fold.ALL, false);

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
   * A filler word typed without å, ä, ö is a filler too when every other word it can be a spelling
   * of is used in less than a twentieth as many documents: "for" (145 interpellations, in English)
   * is "för" (15,451), "nar" is "när" (7,276; "når" 254), while "ar" stays a word, as "år" (6,927) is
   * no filler. Kept as a word, "for" would be required and marked in every snippet.
   */
  private static final int TYPED_FILLER_MARGIN = 20;

  static CharArraySet queryStopWords() {
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
      String ascii = withoutSwedishLetters(filler);
      if (!ascii.equals(filler) && !stop.contains(ascii) && typedFiller(filler, ascii, stop)) {
        typed.add(ascii);
      }
    }
    stop.addAll(typed);
    return CharArraySet.unmodifiableSet(stop);
  }

  private static boolean typedFiller(String filler, String ascii, CharArraySet fillers) {
    int fillerCount = count(filler);
    for (String spelling : spellings(ascii)) {
      if (!fillers.contains(spelling) && (long) count(spelling) * TYPED_FILLER_MARGIN >= fillerCount) {
        return false;
      }
    }
    return true;
  }

  private static int count(String word) {
    return Shipped.COUNTS.word(word.toCharArray(), 0, word.length());
  }

  private static String withoutSwedishLetters(String word) {
    return word.replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
  }

  /** Every word this could be with å, ä, ö typed as a, a, o, itself first: "sa" → sa, så, sä. */
  public static List<String> spellings(String ascii) {
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

  /** The filler words dropped from queries, for tests and documentation. */
  public static List<String> droppedQueryWords() {
    return Fillers.SET.stream().map(w -> new String((char[]) w)).sorted().toList();
  }

  /**
   * StandardTokenizer → lower case → [filler words out] → [compound heads added] → [Snowball
   * Swedish stemmer] → [heads marked] → [ASCII folding]: text is stemmed, names are folded, the
   * folded text field's queries are both, exact forms neither; only the indexed text gets compound
   * heads.
   */
  private enum Fold {
    NONE,
    ALL
  }

  private static final class Chain extends Analyzer {
    private final boolean dropFillers;
    private final boolean stem;
    private final Fold fold;
    private final boolean compounds;

    Chain(boolean dropFillers, boolean stem, Fold fold, boolean compounds) {
      this.dropFillers = dropFillers;
      this.stem = stem;
      this.fold = fold;
      this.compounds = compounds;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      if (dropFillers) {
        stream = new StopFilter(stream, Fillers.SET);
      }
      if (compounds) {
        stream = new CompoundHeadFilter(stream, new CompoundSplitter(Shipped.COUNTS));
      }
      if (stem) {
        stream = new SnowballFilter(stream, stemmer());
      }
      if (compounds) {
        stream = new HeadMarkFilter(stream);
      }
      return new TokenStreamComponents(tokenizer, fold == Fold.ALL ? new ASCIIFoldingFilter(stream) : stream);
    }

    /** Wildcard and fuzzy terms: lower-cased (and folded where the field is), never stemmed. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      TokenStream lower = new LowerCaseFilter(in);
      return fold == Fold.ALL ? new ASCIIFoldingFilter(lower) : lower;
    }

    /** A gap between paragraphs and between people, so that a phrase never spans two of them. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }

  /**
   * StandardTokenizer → lower case → compound heads that fold → {@link FoldedOnlyFilter}, which
   * stems, folds and marks itself.
   */
  private static final class FoldedIndexChain extends Analyzer {
    private final boolean compounds;

    FoldedIndexChain(boolean compounds) {
      this.compounds = compounds;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      TokenStream stream = new LowerCaseFilter(tokenizer);
      if (compounds) {
        stream = new CompoundHeadFilter(stream, new CompoundSplitter(Shipped.COUNTS), true);
      }
      return new TokenStreamComponents(tokenizer, new FoldedOnlyFilter(stream));
    }

    /** As {@link Chain}: a phrase never spans two paragraphs. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
      return 100;
    }
  }
}
