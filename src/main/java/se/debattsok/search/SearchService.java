package se.debattsok.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.util.BytesRef;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.Indexer;
import se.debattsok.model.Document;

/**
 * Searches an index and answers in plain records. Safe to share between threads; {@link #refresh()}
 * picks up what a re-index committed, while searches under way finish on the version they began on.
 */
public final class SearchService implements Closeable {
  private static final int SNIPPETS_PER_HIT = 3;
  /** Long speeches must be highlighted to their end; Lucene's default stops at 10,000 characters. */
  private static final int HIGHLIGHT_MAX_LENGTH = 2_000_000;
  private static final int SNIPPET_LENGTH = 220;
  /**
   * BM25 with less length normalisation than Lucene's b = 0.75: long interpellations are not long
   * because they repeat themselves. On the dev set (k1 × b from 0.7–2.0 × 0.2–0.9) b = 0.3–0.5 was
   * a plateau for known2 (0.60–0.62 against 0.588 at 0.75) with known and fold unchanged; see
   * docs/swedish.md. Applied when searching, so the index need not change with it.
   */
  private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);
  /** What a hit shows: every stored field but the text, which can be long and is not shown. */
  private static final Set<String> HIT_FIELDS =
      Set.of(Fields.ID, Fields.KIND, Fields.TITLE, Fields.DATE, Fields.ASSEMBLY, Fields.REFERENCE, Fields.ADDRESSEE,
          Fields.SOURCE, Fields.PERSON_NAME, Fields.PERSON_PARTY, Fields.PERSON_ROLE, Fields.PERSON_ID, Fields.DEBATE_ID,
          Fields.DEBATE_TITLE, Fields.DEBATE_POSITION, Fields.TEXT_SKETCH);
  /** The same and the text, for hits with snippets: the highlighter is given the text read here. */
  private static final Set<String> HIT_FIELDS_AND_TEXT = union(HIT_FIELDS, Fields.TEXT);

  private static Set<String> union(Set<String> fields, String field) {
    Set<String> all = new HashSet<>(fields);
    all.add(field);
    return Set.copyOf(all);
  }

  /** Most searches take milliseconds; this stops the rare pathological one well within a second. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(700);

  private final Directory directory;
  private final long timeLimitNanos;
  private final Deadline deadline = new Deadline();
  private final SearcherManager searchers;
  private final Analyzer indexAnalyzer = Fields.indexAnalyzer();
  private final UserQueryParser parser = new UserQueryParser(Fields.queryAnalyzer(), indexAnalyzer);
  private final Speller speller = new Speller();
  private volatile String damage;

  private SearchService(Directory directory, Duration timeLimit) throws IOException {
    this.directory = directory;
    this.timeLimitNanos = timeLimit.toNanos();
    this.searchers = new SearcherManager(directory, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        FacetedSearcher searcher = new FacetedSearcher(reader, indexAnalyzer);
        searcher.setTimeout(deadline);
        return searcher;
      }
    });
  }

  /**
   * A searcher with what is costly to make and safe to share, built once per reader and dropped
   * with it: the facet ordinals and the two highlighters.
   */
  private static final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facets;
    final SnippetHighlighter snippets;
    final SnippetHighlighter paragraphs;

    FacetedSearcher(IndexReader reader, Analyzer indexAnalyzer) throws IOException {
      super(reader);
      setSimilarity(SIMILARITY);
      snippets = highlighter(this, indexAnalyzer, false);
      paragraphs = highlighter(this, indexAnalyzer, true);
      SortedSetDocValuesReaderState state;
      try {
        state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
      } catch (IllegalArgumentException e) { // no document has facet values (an empty index)
        state = null;
      }
      this.facets = state;
    }
  }

  /** Opens the index in a folder read-only, with the default time limit per search. */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, DEFAULT_TIME_LIMIT);
  }

  /**
   * @param timeLimit how long the search part of one query may take; past it the hits found so far
   *     come back, flagged as partial
   */
  public static SearchService open(Path indexDir, Duration timeLimit) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      throw new NoIndexException(indexDir);
    }
    Directory dir = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new NoIndexException(indexDir);
      }
      return new SearchService(dir, timeLimit);
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

  /**
   * Reads every file of the index version searched and checks its checksum: damage on disk (a
   * flipped block, a file cut short) otherwise shows only as wrong or missing hits, or not at all.
   * About 0.2 s for the interpellations' 110 MB, read from disk; tens of milliseconds when cached.
   *
   * @return null when the index is sound, else what is wrong, in a few words
   */
  public String verify() throws IOException {
    String found = withSearcher(searcher -> {
      try {
        for (var leaf : searcher.getIndexReader().leaves()) {
          leaf.reader().checkIntegrity();
        }
        return null;
      } catch (CorruptIndexException | java.io.EOFException e) {
        return Indexer.damage(e);
      }
    });
    damage = found;
    return found;
  }

  /** What {@link #verify} found last: null when sound, or not yet checked. */
  public String damage() {
    return damage;
  }

  /** Verifies the index on another thread, so that a server answers while it is checked. */
  public void verifyInBackground() {
    Thread.ofVirtual().name("index-check").start(() -> {
      try {
        verify();
      } catch (IOException e) {
        damage = "the index cannot be read (" + e.getMessage() + ")";
      }
    });
  }

  /** Makes the latest commit visible to new searches, and checks it when it is new. */
  public void refresh() throws IOException {
    long before = withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    searchers.maybeRefresh();
    long after = withSearcher(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    if (after != before) {
      verifyInBackground();
    }
  }

  public int documentCount() throws IOException {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /**
   * Searches; when the query finds few documents because a word is misspelled, the result carries
   * a corrected query, and when it finds none the hits are those of the corrected query. When
   * neither finds anything, the hits are the documents that hold all words of the query but one.
   * A request that must not be corrected is answered as written.
   */
  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    deadline.start(timeLimitNanos);
    try {
      SearchResult shown = answer(request);
      long ms = (System.nanoTime() - start) / 1_000_000;
      return shown.timed(ms, deadline.passed() || ms > timeLimitNanos / 1_000_000);
    } catch (TooComplexToDeterminizeException e) {
      throw UserQueryParser.tooComplex();
    } finally {
      deadline.stop(); // a pooled thread must not carry this deadline into its next search
    }
  }

  /** The answer, within the one time limit: past it, no correction and no loosening is tried. */
  private SearchResult answer(SearchRequest request) throws QuerySyntaxException, IOException {
    SearchResult result = searchAsWritten(request, false);
    if (result.total() > Offers.FEW_HITS || Boolean.TRUE.equals(result.partial()) || deadline.expired()) {
      // A search cut short by the time limit may have found nothing yet: no grounds to correct or
      // loosen it (on a loaded machine "skolsegregation Stockholm" was answered loosened).
      return result;
    }
    String suggestion = withSearcher(searcher -> speller.correct(request.query(), searcher.getIndexReader(), deadline));
    boolean loosen = result.total() == 0 && request.correct();
    SearchResult corrected = loosen && suggestion != null && !deadline.expired()
        ? searchAsWritten(request.withQuery(suggestion), false) : null;
    SearchResult shown = corrected != null && corrected.total() > 0 ? corrected : result;
    SearchResult relaxed = loosen && shown.total() == 0 && !deadline.expired() ? searchAsWritten(request, true) : null;
    if (relaxed != null && relaxed.total() > 0) {
      shown = relaxed;
    } else if (suggestion == null) {
      return result;
    }
    return new SearchResult(request.query(), shown.total(), shown.tookMs(), shown.hits(), shown.facets(), suggestion,
        suggestion == null ? null : shown == corrected, shown == relaxed ? Boolean.TRUE : null, shown.partial(),
        shown.groups(), shown.trend());
  }

  /**
   * @param allButOne whether to loosen a plain query to all its words but one
   * @return the result; null when asked to loosen a query that is no list of plain words
   */
  private SearchResult searchAsWritten(SearchRequest request, boolean allButOne) throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    checkBounds(request);
    Map<String, Query> filters = FilterQueries.of(request.filters());
    FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
    try {
      IndexFoldedForms foldedForms = new IndexFoldedForms(searcher.getIndexReader());
      Query userQuery = allButOne ? parser.parseAllButOne(request.query(), foldedForms) : parser.parse(request.query(), foldedForms);
      if (userQuery == null) {
        return null; // not a query of plain words: nothing to loosen, and nothing to search
      }
      // The search reads the index through a reader that stops when the time is up, also while it
      // expands fuzzy and pattern words (the collectors alone are timed by Lucene).
      IndexSearcher timed = timed(searcher);
      try {
        // Rewritten once: expanding fuzzy and pattern words is much of their cost, and the search,
        // the scores of the page and the facets would each expand them again. The snippets mark the
        // words of the query as written.
        Query expanded = timed.rewrite(userQuery);
        Query query = FilterQueries.narrow(expanded, filters.values());
        if (request.group()) {
          return grouped(request, searcher, timed, userQuery, expanded, query, filters, start);
        }
        int wanted = request.offset() + request.limit();
        TopDocs top = timed.search(query, new TopFieldCollectorManager(sort(request.sort()), wanted, null, Integer.MAX_VALUE));
        ScoreDoc[] page =
            Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
        TopFieldCollector.populateScores(page, timed, query);
        List<SearchResult.Hit> hits = hits(searcher, userQuery, page, request.snippets() && !deadline.expired());
        return result(request, searcher, expanded, query, filters, start, top.totalHits.value(), hits, List.of(),
            deadline.passed(), deadline);
      } catch (ExitableDirectoryReader.ExitingReaderException e) {
        // Out of time before any hit was counted: nothing found yet, and said so.
        return new SearchResult(request.query(), 0, (System.nanoTime() - start) / 1_000_000, List.of(), Map.of(), null, null,
            null, Boolean.TRUE, List.of(), null);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      // Counted by Lucene when it rewrites the query: hundreds of different words, each looked for
      // in several fields and forms.
      throw UserQueryParser.tooManyParts();
    } finally {
      searchers.release(searcher);
    }
  }

  /** A searcher of the same index version whose reads stop when this thread's time is up. */
  private IndexSearcher timed(FacetedSearcher searcher) throws IOException {
    IndexSearcher timed = new IndexSearcher(ExitableDirectoryReader.wrap((DirectoryReader) searcher.getIndexReader(), deadline));
    timed.setSimilarity(SIMILARITY);
    timed.setTimeout(deadline);
    return timed;
  }

  /** The speeches a debate shows at most when results are grouped by debate. */
  static final int SPEECHES_PER_GROUP = 3;

  /**
   * Results grouped by debate: limit and offset count debates, ranked by their best speech; each
   * brings its best {@value #SPEECHES_PER_GROUP} speeches. A document that is no speech is a debate
   * of its own. The total is that of matching documents, as without grouping.
   */
  private SearchResult grouped(SearchRequest request, FacetedSearcher searcher, IndexSearcher timed, Query userQuery,
      Query expanded, Query query, Map<String, Query> filters, long start) throws IOException {
    GroupingSearch grouping = new GroupingSearch(Fields.DEBATE_ID)
        .setGroupSort(sort(request.sort()))
        .setSortWithinGroup(sort(SortOrder.RELEVANCE))
        .setGroupDocsLimit(SPEECHES_PER_GROUP);
    TopGroups<BytesRef> top = grouping.search(timed, query, request.offset(), request.limit());
    boolean partial = deadline.passed();
    List<ScoreDoc> all = new ArrayList<>();
    for (GroupDocs<BytesRef> group : top.groups) {
      all.addAll(List.of(group.scoreDocs()));
    }
    List<SearchResult.Hit> hits = hits(searcher, userQuery, all.toArray(ScoreDoc[]::new), request.snippets() && !deadline.expired());
    List<SearchResult.Group> groups = new ArrayList<>();
    int next = 0;
    for (GroupDocs<BytesRef> group : top.groups) {
      List<SearchResult.Hit> speeches = hits.subList(next, next + group.scoreDocs().length);
      next += group.scoreDocs().length;
      SearchResult.Hit best = speeches.get(0);
      String title = best.debate() != null && best.debate().title() != null ? best.debate().title() : best.title();
      String id = group.groupValue() == null ? best.id() : group.groupValue().utf8ToString();
      groups.add(new SearchResult.Group(id, title, best.date(), group.totalHits().value(), List.copyOf(speeches)));
    }
    return result(request, searcher, expanded, query, filters, start, top.totalHitCount, List.of(), groups, partial, deadline);
  }

  /** The result of a search, hits or groups, with the facets and the trend it asked for. */
  private static SearchResult result(SearchRequest request, FacetedSearcher searcher, Query userQuery, Query query,
      Map<String, Query> filters, long start, long total, List<SearchResult.Hit> hits, List<SearchResult.Group> groups,
      boolean partial, Deadline deadline) throws IOException {
    // Counted on the reader the facets were made for, and left out once the time is up.
    boolean late = deadline.expired();
    Map<String, List<SearchResult.FacetCount>> facets =
        request.facets() && !late ? FacetCounter.count(searcher, searcher.facets, userQuery, filters) : Map.of();
    SearchResult.Trend trend = request.trend() && !late ? TrendCounter.count(searcher, query) : null;
    partial |= late && (request.facets() || request.trend());
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), total, tookMs, hits, facets, null, null, null, partial ? Boolean.TRUE : null,
        groups, trend);
  }

  /**
   * The hits for these documents, in this order. Each hit's stored fields are read once:
   * decompressing them is a good part of a query's cost, and the highlighter would otherwise read
   * the text a second time.
   */
  private static List<SearchResult.Hit> hits(FacetedSearcher searcher, Query userQuery, ScoreDoc[] page, boolean snippets)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    Map<Integer, Document> docs = new HashMap<>();
    byte[][] sketches = new byte[page.length][];
    StoredFields stored = searcher.storedFields();
    for (int i = 0; i < docIds.length; i++) {
      var fields = stored.document(docIds[i], snippets ? HIT_FIELDS_AND_TEXT : HIT_FIELDS);
      docs.put(docIds[i], DocumentMapper.fromStored(fields));
      sketches[i] = DocumentMapper.sketchOf(fields);
    }
    Object[] marked = snippets && docIds.length > 0 ? searcher.snippets.highlight(userQuery, docIds, SNIPPETS_PER_HIT, docs) : null;
    int[] copyOf = SameText.firstCopies(sketches);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      String sameTextAs = copyOf[i] < 0 ? null : docs.get(page[copyOf[i]].doc).id();
      hits.add(toHit(docs.get(page[i].doc), page[i].score, marked == null ? null : marked[i], sameTextAs));
    }
    return hits;
  }

  /**
   * A document with every hit of a query marked in its full text.
   *
   * @param paragraphs HTML-escaped paragraphs whose only markup is {@code <mark>} around hits
   * @param hits how many places are marked
   */
  public record MarkedDocument(Document document, List<String> paragraphs, int hits) {}

  /** The document with the given id, with the hits of the query (if not blank) marked. */
  public Optional<MarkedDocument> document(String id, String query) throws IOException, QuerySyntaxException {
    FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
    try {
      Query userQuery = query == null || query.isBlank() ? null : parser.parse(query, new IndexFoldedForms(searcher.getIndexReader()));
      int docId = docId(searcher, id);
      if (docId < 0) {
        return Optional.empty();
      }
      Document doc = DocumentMapper.fromStored(searcher.storedFields().document(docId));
      // Every paragraph escaped; those with hits replaced by their marked version, found by offset
      // in the text as the highlighter joins it (paragraphs separated by one character).
      List<String> paragraphs = new ArrayList<>();
      List<Integer> starts = new ArrayList<>();
      int offset = 0;
      for (String paragraph : doc.paragraphs()) {
        StringBuilder html = new StringBuilder();
        SnippetFormatter.escape(paragraph, 0, paragraph.length(), html);
        paragraphs.add(html.toString());
        starts.add(offset);
        offset += paragraph.length() + 1;
      }
      Object marked = userQuery == null
          ? null
          : searcher.paragraphs.highlight(userQuery, new int[] {docId}, Math.max(1, paragraphs.size()), Map.of(docId, doc))[0];
      if (marked instanceof List<?> passages) {
        for (Object passage : passages) {
          if (passage instanceof SnippetFormatter.Marked m) {
            int index = Collections.binarySearch(starts, m.start());
            if (index >= 0) {
              paragraphs.set(index, m.html());
            }
          }
        }
      }
      int hits = paragraphs.stream().mapToInt(p -> p.split("<mark>", -1).length - 1).sum();
      return Optional.of(new MarkedDocument(doc, paragraphs, hits));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The whole document with the given id, if the index has it; no hits marked. */
  public Optional<Document> document(String id) throws IOException {
    return withSearcher(searcher -> {
      int docId = docId(searcher, id);
      return docId < 0 ? Optional.empty() : Optional.of(DocumentMapper.fromStored(searcher.storedFields().document(docId)));
    });
  }

  /** The other documents with nearly word for word this document's text; empty for an unknown id. */
  public List<Lookups.Copy> copies(String id) throws IOException {
    return withSearcher(searcher -> {
      int docId = docId(searcher, id);
      return docId < 0 ? List.of() : Lookups.copies(searcher, docId);
    });
  }

  /** The speeches of a debate in order; empty for an unknown id or a document that is no speech. */
  public List<Lookups.DebateSpeech> debate(String debateId) throws IOException {
    return withSearcher(searcher -> Lookups.debate(searcher, debateId));
  }

  /** What the index knows about a person, by {@code Person.key()}. */
  public Optional<Lookups.PersonSummary> person(String key) throws IOException {
    return withSearcher(searcher -> Lookups.person(searcher, key));
  }

  private interface Lookup<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  /** Runs a look-up on the current index version, which stays open until it is done. */
  private <T> T withSearcher(Lookup<T> lookup) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return lookup.on(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The Lucene doc id of the document with this id, or -1. */
  private static int docId(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private static void checkBounds(SearchRequest request) throws QuerySyntaxException {
    if (request.limit() < 1 || request.limit() > SearchRequest.MAX_LIMIT) {
      throw new QuerySyntaxException("The number of hits must be between 1 and " + SearchRequest.MAX_LIMIT + ".",
          "Antalet träffar måste vara mellan 1 och " + SearchRequest.MAX_LIMIT + ".");
    }
    if (request.offset() < 0) {
      throw new QuerySyntaxException("The offset cannot be negative.", "Var träffarna börjar kan inte vara negativt.");
    }
    if ((long) request.offset() + request.limit() > SearchRequest.MAX_DEPTH) {
      throw new QuerySyntaxException(
          "Results can be paged through to hit " + SearchRequest.MAX_DEPTH + "; narrow the search to see further.",
          "Träffarna kan bläddras fram till träff " + SearchRequest.MAX_DEPTH + "; smalna av sökningen för att se fler.");
    }
    Filters f = request.filters();
    if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
      throw new QuerySyntaxException("The start date " + f.from() + " is after the end date " + f.to() + ".",
          "Startdatumet " + f.from() + " ligger efter slutdatumet " + f.to() + ".");
    }
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
    return new SortedNumericSortField(Fields.DATE, SortField.Type.LONG, newestFirst, SortedNumericSelector.Type.MIN,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }

  /**
   * Snippets (the best few passages) or, with {@code whole}, every paragraph with a hit, with the
   * query's hits marked; one entry per document, as our formatter makes them.
   */
  private static SnippetHighlighter highlighter(IndexSearcher searcher, Analyzer indexAnalyzer, boolean whole) {
    UnifiedHighlighter.Builder builder =
        UnifiedHighlighter.builder(searcher, indexAnalyzer)
            .withMaxLength(HIGHLIGHT_MAX_LENGTH)
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
    return new SnippetHighlighter(builder);
  }

  /** Exposes the highlighter's per-document objects: our formatter returns lists of snippets. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    /** The documents of the current call on each thread, already read: the text is taken from them. */
    private final ThreadLocal<Map<Integer, Document>> loaded = new ThreadLocal<>();

    SnippetHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    /** @param docs the documents, read with their text, by Lucene doc id */
    Object[] highlight(Query query, int[] docIds, int passages, Map<Integer, Document> docs) throws IOException {
      int[] maxPassages = {passages};
      loaded.set(docs);
      try {
        return highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, maxPassages).get(Fields.TEXT);
      } finally {
        loaded.remove();
      }
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
      StringBuilder text = new StringBuilder();
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

  @SuppressWarnings("unchecked")
  private static SearchResult.Hit toHit(Document doc, float score, Object snippets, String sameTextAs) {
    List<SearchResult.HitPerson> people =
        doc.people().stream().map(SearchResult.HitPerson::of).toList();
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
        snippets == null ? List.of() : (List<String>) snippets,
        SearchResult.HitDebate.of(doc.debate()),
        sameTextAs);
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
