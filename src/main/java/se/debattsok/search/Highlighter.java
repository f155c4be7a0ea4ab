package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import se.debattsok.index.Fields;
import se.debattsok.model.Document;

/**
 * Lucene's unified highlighter, made for our text: snippets (the best few passages of about
 * {@value #SNIPPET_LENGTH} characters) or every paragraph with a hit, the query's hits marked by
 * {@link SnippetFormatter}. The text is taken from documents already read, not read again.
 */
final class Highlighter extends UnifiedHighlighter {
  /** Long speeches must be highlighted to their end; Lucene's default stops at 10,000 characters. */
  private static final int MAX_LENGTH = 2_000_000;
  private static final int SNIPPET_LENGTH = 220;

  /** The documents of the current call on each thread, already read: the text is taken from them. */
  private final ThreadLocal<Map<Integer, Document>> loaded = new ThreadLocal<>();

  private Highlighter(UnifiedHighlighter.Builder builder) {
    super(builder);
  }

  static Highlighter snippets(IndexSearcher searcher, Analyzer indexAnalyzer) {
    return new Highlighter(builder(searcher, indexAnalyzer, false));
  }

  static Highlighter wholeParagraphs(IndexSearcher searcher, Analyzer indexAnalyzer) {
    return new Highlighter(builder(searcher, indexAnalyzer, true));
  }

  private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer indexAnalyzer, boolean whole) {
    return UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withMaxLength(MAX_LENGTH)
        // Term offsets straight from the postings (phrases still only where the words stand in
        // order): about a fifth faster per query than asking each hit for its weight matches.
        .withWeightMatches(false)
        .withFormatter(new SnippetFormatter(whole))
        .withScorer(new DistinctTermsScorer())
        // Hits found through the exact or folded copies of the text are marked in the text too.
        .withMaskedFieldsFunc(f -> Fields.TEXT.equals(f) ? Set.of(Fields.TEXT_EXACT, Fields.TEXT_FOLDED) : Set.of())
        .withBreakIterator(
            whole
                ? WholeBreakIterator::new // whole paragraphs: the highlighter splits at paragraph ends
                : () -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreakIterator(), SNIPPET_LENGTH, 0.5f))
        // For snippets, a hit on the title alone still shows how the text begins.
        .withMaxNoHighlightPassages(whole ? 0 : 1);
  }

  /**
   * One entry per document, as {@link SnippetFormatter} makes them.
   *
   * @param docs the documents, read with their text, by Lucene doc id
   */
  Object[] highlight(Query query, int[] docIds, int passages, Map<Integer, Document> docs) throws IOException {
    int[] maxPassages = {passages};
    loaded.set(docs);
    try {
      return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, maxPassages).get(Fields.TEXT);
    } finally {
      loaded.remove();
    }
  }

  /** Offsets from the postings, each term looked up once per call (a page of hits), not once per hit. */
  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
    return offsetSource == OffsetSource.POSTINGS ? new PageOffsets(components) : super.getOffsetStrategy(offsetSource, components);
  }

  /** The text of documents already read, joined as Lucene's own loader joins stored values. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    Map<Integer, Document> docs = loaded.get();
    if (docs == null || fields.length != 1 || !fields[0].equals(Fields.TEXT)) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    List<CharSequence[]> values = new ArrayList<>();
    for (int docId = docIter.nextDoc(); docId != DocIdSetIterator.NO_MORE_DOCS; docId = docIter.nextDoc()) {
      Document doc = docs.get(docId);
      if (doc == null) {
        throw new IllegalStateException("document " + docId + " was not read before highlighting");
      }
      values.add(new CharSequence[] {joined(doc.paragraphs(), getMaxLength())});
    }
    return values;
  }

  /**
   * The paragraphs as one string, separated by {@link #MULTIVAL_SEP_CHAR} and cut at maxLength,
   * exactly as the highlighter's stored-field visitor builds it, so offsets in the postings match.
   */
  static String joined(List<String> paragraphs, int maxLength) {
    int length = 0;
    for (String paragraph : paragraphs) {
      length += paragraph.length() + 1;
    }
    // Sized once: grown step by step, the builder copied the text of every hit several times.
    StringBuilder text = new StringBuilder(Math.min(length, maxLength));
    for (String paragraph : paragraphs) {
      if (text.isEmpty()) {
        text.append(paragraph, 0, Math.min(maxLength, paragraph.length()));
        continue;
      }
      int left = maxLength - text.length();
      if (left <= 0) {
        break;
      }
      text.append(MULTIVAL_SEP_CHAR).append(paragraph, 0, Math.min(left - 1, paragraph.length()));
    }
    return text.toString();
  }
}
