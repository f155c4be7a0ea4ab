package se.debattsok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.Utils;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.SolrCluster;
import se.debattsok.index.SolrDocuments;
import se.debattsok.model.Document;

/**
 * The backend of a SolrCloud collection. The engine plans each query as for its own index (the
 * words looked up in the collection's vocabulary, see {@link SolrVocabulary}) and sends the planned
 * query whole ({@link QueryWire}, {@code {!debattsok}}), so every shard searches exactly it; with
 * the collection's exact statistics the scores are the local index's. The page of hits comes back
 * with its stored fields and is marked here ({@link PageIndex}), as the local backend marks.
 */
final class SolrBackend implements SearchBackend {
  private static final String HIT_FIELDS = SolrLookups.STORED_BUT_TEXT + ",score";

  private final SolrCluster cluster;
  private final Ranking ranking;
  private final Deadline deadline;
  private final Analyzer indexAnalyzer = Fields.indexAnalyzer();
  private final UserQueryParser parser;
  private final QueryWire wire;
  private final SolrVocabulary.Cache vocabulary = new SolrVocabulary.Cache();
  private final Speller speller = new Speller();
  private final SolrLookups lookups;
  private final SolrGrouping grouping;

  /**
   * Connects to the cluster and searches it once, before any search's clock runs: the first
   * requests learn the cluster's state, open connections and load the code of every step (a
   * second, which a user's first query would otherwise pay, past its time limit).
   */
  static SolrBackend open(SolrCluster cluster, Ranking ranking, Deadline deadline) throws IOException {
    SolrBackend backend = new SolrBackend(cluster, ranking, deadline);
    backend.documentCount();
    try {
      // Every kind of step once: words, forms typed without å/ä/ö, phrases, near words, a fuzzy
      // word, loosening, facets, snippets, and without snippets.
      for (String query : List.of("riksdagen", "regeringens aldreomsorg", "\"inte gjort\" skolan", "segregaton~")) {
        backend.search(SearchRequest.of(query).withFacets(), Words.ALL);
        backend.search(SearchRequest.of(query).withoutSnippets(), Words.ALL_BUT_ONE);
      }
    } catch (QuerySyntaxException e) {
      throw new IllegalStateException("the warm-up's queries are well formed", e);
    }
    backend.correction("riksdgaen vårdn");
    backend.vocabulary.clear();
    return backend;
  }

  private SolrBackend(SolrCluster cluster, Ranking ranking, Deadline deadline) {
    this.cluster = cluster;
    this.ranking = ranking;
    this.deadline = deadline;
    this.parser = new UserQueryParser(Fields.queryAnalyzer(), indexAnalyzer, ranking);
    this.wire = new QueryWire(ranking);
    this.lookups = new SolrLookups(cluster, indexAnalyzer, ranking, deadline);
    this.grouping = new SolrGrouping(cluster);
  }

  private SolrVocabulary words() {
    return new SolrVocabulary(cluster, vocabulary, deadline);
  }

  /** An index of nothing: what a query is checked against for its number of parts before any look-up. */
  private static final IndexSearcher NOTHING = nothing();

  private static IndexSearcher nothing() {
    try {
      return new IndexSearcher(new MultiReader());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a reader of no readers reads no file
    }
  }

  /**
   * Refuses a query with more parts than Lucene allows, as the local index does, before its words
   * are looked up in the collection (hundreds of words would be hundreds of requests).
   */
  private static void checkParts(Query planned) throws QuerySyntaxException, IOException {
    try {
      NOTHING.rewrite(planned);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryMistakes.tooManyParts();
    }
  }

  @Override
  public SearchResult search(SearchRequest request, Words words) throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    Map<Facet, Query> filters = FilterQueries.of(request.filters());
    Query userQuery;
    try {
      SolrVocabulary.Questions questions = new SolrVocabulary.Questions();
      Query unplanned = words == Words.ALL_BUT_ONE
          ? parser.parseAllButOne(request.query(), questions)
          : parser.parse(request.query(), questions);
      if (unplanned == null) {
        return null;
      }
      checkParts(unplanned);
      SolrVocabulary vocabulary = words();
      vocabulary.prefetch(questions);
      userQuery = words == Words.ALL_BUT_ONE
          ? parser.parseAllButOne(request.query(), vocabulary)
          : parser.parse(request.query(), vocabulary);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (userQuery == null) {
      return null;
    }
    checkParts(userQuery);
    SolrQuery search = query(userQuery, filters);
    if (request.within() != null) {
      search.addFilterQuery("{!debattsok v=$within}");
      search.set("within", SolrGrouping.anyOf(Fields.ID, List.copyOf(request.within())));
    }
    long left = deadline.remainingMillis();
    if (left > 0) {
      search.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, left));
    }
    String fields = request.snippets() ? HIT_FIELDS + "," + Fields.TEXT : HIT_FIELDS;
    SolrQuery ranked = SolrGrouping.copy(search);
    ranked.set("sort", sort(request.sort()));
    if (request.facets()) {
      SolrFacets.ask(ranked, filters.keySet());
    }
    if (request.trend()) {
      SolrFacets.askTrend(ranked);
    }
    if (request.group().grouped()) {
      SolrGrouping.askIds(ranked, request.group().field());
    } else {
      ranked.setFields(fields).setStart(request.offset()).setRows(request.limit());
    }
    QueryResponse response = ask(ranked);
    List<SearchResult.Hit> hits = List.of();
    List<SearchResult.Group> groups = List.of();
    if (request.group().grouped()) {
      String field = request.group().field();
      List<String> debates = grouping.debates(ranked, response, request.offset(), request.limit(), field);
      groups = groups(grouping.speeches(search, debates, fields, field), userQuery, request.snippets(), request.group());
    } else {
      hits = hits(response.getResults(), userQuery, request.snippets());
    }
    boolean partial = Boolean.TRUE.equals(response.getHeader().get("partialResults"));
    if (partial) {
      deadline.markPassed();
    }
    return new SearchResult(request.query(), response.getResults().getNumFound(), (System.nanoTime() - start) / 1_000_000,
        hits, request.facets() ? SolrFacets.read(response) : Map.of(), null, null, null, partial ? Boolean.TRUE : null,
        groups, request.trend() ? SolrFacets.readTrend(response) : null);
  }

  /**
   * A search request; Solr's refusal of a query with too many parts (its clause limit, as the local
   * index's) is the same mistake as on a local index, said in words.
   */
  private QueryResponse ask(SolrQuery query) throws IOException, QuerySyntaxException {
    try {
      return cluster.query(query);
    } catch (IOException e) {
      if (e.getCause() instanceof SolrException refused && refused.code() == SolrException.ErrorCode.BAD_REQUEST.code
          && String.valueOf(refused.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("clause")) {
        throw QueryMistakes.tooManyParts();
      }
      throw e;
    }
  }

  /** The planned query and the filters, each filter tagged so that its own dimension is counted without it. */
  private SolrQuery query(Query userQuery, Map<Facet, Query> filters) {
    SolrQuery query = new SolrQuery("{!debattsok v=$qq}");
    query.set("qq", Utils.toJSONString(wire.of(userQuery)));
    for (var filter : filters.entrySet()) {
      String name = SolrFacets.name(filter.getKey());
      query.addFilterQuery("{!debattsok tag=" + name + " v=$fq_" + name + "}");
      query.set("fq_" + name, Utils.toJSONString(wire.of(filter.getValue())));
    }
    return query;
  }

  private static String sort(SortOrder order) {
    // Ties are broken by id, as in the local index; documents without a date come last (sortMissingLast).
    return switch (order) {
      case RELEVANCE -> "score desc," + Fields.ID + " asc";
      case NEWEST -> Fields.DATE + " desc,score desc," + Fields.ID + " asc";
      case OLDEST -> Fields.DATE + " asc,score desc," + Fields.ID + " asc";
    };
  }

  private List<SearchResult.Hit> hits(SolrDocumentList found, Query userQuery, boolean snippets) throws IOException {
    if (found.isEmpty()) {
      return List.of();
    }
    List<Document> docs = new ArrayList<>();
    float[] scores = new float[found.size()];
    byte[][] sketches = new byte[found.size()][];
    for (int i = 0; i < found.size(); i++) {
      SolrDocument doc = found.get(i);
      var stored = SolrDocuments.stored(doc); // read once: the record and the sketch come from it
      docs.add(DocumentMapper.fromStored(stored));
      Object score = doc.getFieldValue("score");
      scores[i] = score == null ? Float.NaN : ((Number) score).floatValue();
      sketches[i] = DocumentMapper.sketchOf(stored);
    }
    if (!snippets || deadline.expired()) {
      return HitReader.withoutSnippets(docs, scores, sketches); // nothing to mark: no page index needed
    }
    ScoreDoc[] page = new ScoreDoc[docs.size()];
    for (int i = 0; i < page.length; i++) {
      page[i] = new ScoreDoc(i, scores[i]);
    }
    VersionSearcher searcher = PageIndex.of(docs, indexAnalyzer, ranking, deadline);
    try {
      return HitReader.read(searcher, userQuery, page, true);
    } finally {
      searcher.getIndexReader().close();
    }
  }

  private List<SearchResult.Group> groups(SolrGrouping.Speeches speeches, Query userQuery, boolean snippets, Grouping by)
      throws IOException {
    List<SearchResult.Hit> hits = hits(speeches.shown(), userQuery, snippets);
    List<SearchResult.Group> groups = new ArrayList<>();
    int next = 0;
    for (var debate : speeches.shownPerDebate().entrySet()) {
      if (debate.getValue() == 0) {
        continue; // no longer matching (the collection changed between the requests)
      }
      List<SearchResult.Hit> shown = hits.subList(next, next + debate.getValue());
      next += debate.getValue();
      SearchResult.Hit best = shown.get(0);
      String title = best.debate() != null && best.debate().title() != null ? best.debate().title() : best.title();
      groups.add(SearchResult.Group.of(by, debate.getKey(), title, best.date(), speeches.matches().get(debate.getKey()),
          List.copyOf(shown)));
    }
    return groups;
  }

  @Override
  public String correction(String query) throws IOException {
    try {
      return speller.correct(query, words(), deadline);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Optional<MarkedDocument> marked(String id, String query) throws IOException, QuerySyntaxException {
    try {
      return lookups.marked(id, query == null || query.isBlank() ? null : parser.parse(query, words()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  @Override
  public Optional<Document> document(String id) throws IOException {
    return lookups.document(id);
  }

  @Override
  public List<TextCopy> copies(String id) throws IOException {
    return lookups.copies(id);
  }

  @Override
  public List<ThreadPart> thread(String id) throws IOException {
    return lookups.thread(id, wire);
  }

  @Override
  public List<RelatedDocument> related(String id, java.util.Set<String> excluded) throws IOException {
    return lookups.related(id, excluded);
  }

  @Override
  public void forEachId(java.util.function.Consumer<String> ids) throws IOException {
    String cursor = "*";
    while (true) {
      SolrQuery page = new SolrQuery("*:*").setFields(Fields.ID).setRows(10_000);
      page.set("sort", Fields.ID + " asc");
      page.set("cursorMark", cursor);
      QueryResponse response = cluster.query(page);
      response.getResults().forEach(doc -> ids.accept((String) doc.getFieldValue(Fields.ID)));
      if (cursor.equals(response.getNextCursorMark())) {
        return;
      }
      cursor = response.getNextCursorMark();
    }
  }

  @Override
  public int[] threadSizes(List<List<String>> keys) throws IOException {
    return lookups.threadSizes(keys);
  }

  @Override
  public List<DebateSpeech> debate(String debateId) throws IOException {
    return lookups.debate(debateId);
  }

  @Override
  public Optional<PersonSummary> person(String key) throws IOException {
    return lookups.person(key);
  }

  @Override
  public int documentCount() throws IOException {
    return (int) cluster.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
  }

  @Override
  public Map<Facet, List<SearchResult.FacetCount>> overview() throws IOException {
    SolrQuery query = query(new MatchAllDocsQuery(), Map.of()).setRows(0);
    SolrFacets.ask(query, java.util.Set.of());
    Map<Facet, List<SearchResult.FacetCount>> all = new EnumMap<>(Facet.class);
    all.putAll(SolrFacets.read(cluster.query(query)));
    all.remove(Facet.PERSON);
    return all;
  }

  @Override
  public String verify() {
    return null; // each Solr node checks its own replicas
  }

  /** Forgets the words looked up so far: the collection may have been re-indexed. */
  @Override
  public boolean refresh() {
    vocabulary.clear(); // the collection itself shows each commit to new searches
    return false;
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
