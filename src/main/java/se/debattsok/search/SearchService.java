package se.debattsok.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.model.Document;
import se.debattsok.model.Person;

/**
 * Searches an index and answers in plain records. Safe to share between threads; {@link #refresh()}
 * picks up what a re-index committed, while searches under way finish on the version they began on.
 */
public final class SearchService implements Closeable {
  private static final int SNIPPETS_PER_HIT = 3;
  /** Long speeches must be highlighted to their end; Lucene's default stops at 10,000 characters. */
  private static final int HIGHLIGHT_MAX_LENGTH = 2_000_000;
  private static final int SNIPPET_LENGTH = 220;

  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer = Fields.indexAnalyzer();
  private final UserQueryParser parser = new UserQueryParser(Fields.queryAnalyzer(), indexAnalyzer);
  private final QueryBuilder nameQueries = new QueryBuilder(SwedishAnalysis.names());

  private SearchService(Directory directory) throws IOException {
    this.directory = directory;
    this.searchers = new SearcherManager(directory, null);
  }

  /** Opens the index in a folder read-only. */
  public static SearchService open(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new NoIndexException(indexDir);
    }
    Directory dir = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new NoIndexException(indexDir);
      }
      return new SearchService(dir);
    } catch (CorruptIndexException e) {
      dir.close();
      throw new IOException("the index " + indexDir + " is damaged; delete the folder and index again", e);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  public static boolean indexExists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /** Makes the latest commit visible to new searches. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  public int documentCount() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    checkBounds(request);
    Query userQuery = parser.parse(request.query());
    Query query = withFilters(userQuery, request.filters());
    IndexSearcher searcher = searchers.acquire();
    try {
      int wanted = request.offset() + request.limit();
      TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort(request.sort()), wanted, null, Integer.MAX_VALUE));
      ScoreDoc[] page =
          Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
      TopFieldCollector.populateScores(page, searcher, query);

      int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
      Object[] snippets = request.snippets() && docIds.length > 0 ? highlight(searcher, userQuery, docIds) : null;
      List<SearchResult.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        Document doc = DocumentMapper.fromStored(searcher.storedFields().document(page[i].doc));
        hits.add(toHit(doc, page[i].score, snippets == null ? null : snippets[i]));
      }
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(request.query(), top.totalHits.value(), tookMs, hits);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The whole document with the given id, if the index has it. */
  public Optional<Document> document(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(DocumentMapper.fromStored(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      searchers.release(searcher);
    }
  }

  private static void checkBounds(SearchRequest request) throws QuerySyntaxException {
    if (request.limit() < 1 || request.limit() > SearchRequest.MAX_LIMIT) {
      throw new QuerySyntaxException("The number of hits must be between 1 and " + SearchRequest.MAX_LIMIT + ".");
    }
    if (request.offset() < 0) {
      throw new QuerySyntaxException("The offset cannot be negative.");
    }
    if ((long) request.offset() + request.limit() > SearchRequest.MAX_DEPTH) {
      throw new QuerySyntaxException(
          "Results can be paged through to hit " + SearchRequest.MAX_DEPTH + "; narrow the search to see further.");
    }
    Filters f = request.filters();
    if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
      throw new QuerySyntaxException("The start date " + f.from() + " is after the end date " + f.to() + ".");
    }
  }

  private Query withFilters(Query userQuery, Filters filters) throws QuerySyntaxException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
    if (!filters.parties().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      filters.parties().forEach(p -> any.add(new TermQuery(new Term(Fields.PARTY, Person.normaliseParty(p))), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    }
    if (!filters.kinds().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      filters.kinds().forEach(k -> any.add(new TermQuery(new Term(Fields.KIND, k.code())), Occur.SHOULD));
      b.add(any.build(), Occur.FILTER);
    }
    if (filters.speaker() != null) {
      Query name = nameQueries.createPhraseQuery(Fields.PERSON, filters.speaker());
      if (name == null) {
        throw new QuerySyntaxException("The speaker filter needs a name.");
      }
      b.add(name, Occur.FILTER);
    }
    if (filters.from() != null || filters.to() != null) {
      long from = filters.from() == null ? Long.MIN_VALUE : filters.from().toEpochDay();
      long to = filters.to() == null ? Long.MAX_VALUE : filters.to().toEpochDay();
      b.add(LongField.newRangeQuery(Fields.DATE, from, to), Occur.FILTER);
    }
    return b.build();
  }

  private static Sort sort(SortOrder order) {
    // Ties are broken by id, so the same search always lists hits in the same order.
    SortField byId = new SortedSetSortField(Fields.ID, false);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case NEWEST -> new Sort(byDate(true), SortField.FIELD_SCORE, byId);
      case OLDEST -> new Sort(byDate(false), SortField.FIELD_SCORE, byId);
    };
  }

  /** Documents without a date come last either way. */
  private static SortField byDate(boolean newestFirst) {
    SortField field = new SortedNumericSortField(Fields.DATE, SortField.Type.LONG, newestFirst);
    field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
    return field;
  }

  private Object[] highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withMaxLength(HIGHLIGHT_MAX_LENGTH)
            .withFormatter(new SnippetFormatter())
            .withBreakIterator(
                () -> LengthGoalBreakIterator.createClosestToLength(
                    new ParagraphBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT)), SNIPPET_LENGTH, 0.5f))
            .withMaxNoHighlightPassages(1); // a hit on the title alone still shows how the text begins
    return new SnippetHighlighter(builder).snippets(query, docIds);
  }

  /** Exposes the highlighter's per-document objects: our formatter returns lists of snippets. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    Object[] snippets(Query query, int[] docIds) throws IOException {
      int[] maxPassages = {SNIPPETS_PER_HIT};
      return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, maxPassages).get(Fields.TEXT);
    }
  }

  @SuppressWarnings("unchecked")
  private static SearchResult.Hit toHit(Document doc, float score, Object snippets) {
    List<SearchResult.HitPerson> people =
        doc.people().stream().map(p -> new SearchResult.HitPerson(p.name(), p.party(), p.role().code())).toList();
    LocalDate date = doc.date();
    return new SearchResult.Hit(
        doc.id(),
        doc.title(),
        doc.kind().code(),
        date == null ? null : date.toString(),
        doc.assembly(),
        doc.reference(),
        people,
        score,
        snippets == null ? List.of() : (List<String>) snippets);
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }
}
