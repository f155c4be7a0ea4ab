package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.Utils;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.SolrCluster;
import se.debattsok.index.SolrDocuments;
import se.debattsok.model.Document;
import se.debattsok.model.Person;
import se.debattsok.model.ThreadKeys;

/**
 * A document, its copies, a debate and a person from a collection: the documents concerned are
 * fetched and put in a {@link PageIndex}, where {@link LuceneLookups} and {@link DocumentView} do
 * what they do on the local index.
 */
final class SolrLookups {
  /** Every stored field but the text: what a hit shows ({@link HitReader#HIT_FIELDS}). */
  static final String STORED_BUT_TEXT = String.join(",", new java.util.TreeSet<>(HitReader.HIT_FIELDS));

  private final SolrCluster cluster;
  private final Analyzer indexAnalyzer;
  private final Ranking ranking;
  private final Deadline deadline;

  SolrLookups(SolrCluster cluster, Analyzer indexAnalyzer, Ranking ranking, Deadline deadline) {
    this.cluster = cluster;
    this.indexAnalyzer = indexAnalyzer;
    this.ranking = ranking;
    this.deadline = deadline;
  }

  Optional<Document> document(String id) throws IOException {
    return fetch(Fields.ID, id, Fields.ID + " asc", 1, "*", null).stream().findFirst();
  }

  Optional<MarkedDocument> marked(String id, Query userQuery) throws IOException {
    List<Document> docs = fetch(Fields.ID, id, Fields.ID + " asc", 1, "*", null);
    if (docs.isEmpty()) {
      return Optional.empty();
    }
    VersionSearcher searcher = PageIndex.of(docs, indexAnalyzer, ranking, deadline);
    try {
      return Optional.of(DocumentView.of(searcher, 0, userQuery));
    } finally {
      searcher.getIndexReader().close();
    }
  }

  List<TextCopy> copies(String id) throws IOException {
    Optional<Document> doc = document(id);
    Person principal = doc.flatMap(d -> d.people().stream().filter(p -> p.role().isPrincipal()).findFirst()).orElse(null);
    if (principal == null) {
      return List.of();
    }
    VersionSearcher searcher = personsDocuments(principal.key(), LuceneLookups.MAX_COPY_CANDIDATES);
    if (searcher == null) {
      return List.of();
    }
    try {
      int docId = LuceneBackend.docId(searcher, id);
      return docId < 0 ? List.of() : LuceneLookups.copies(searcher, docId);
    } finally {
      searcher.getIndexReader().close();
    }
  }

  List<DebateSpeech> debate(String debateId) throws IOException {
    List<Document> speeches = fetch(Fields.DEBATE_ID, debateId, Fields.DEBATE_POSITION + " asc", LuceneLookups.MAX_SPEECHES,
        "*", null);
    if (speeches.isEmpty()) {
      return List.of();
    }
    VersionSearcher searcher = PageIndex.of(speeches, indexAnalyzer, ranking, deadline);
    try {
      return LuceneLookups.debate(searcher, debateId);
    } finally {
      searcher.getIndexReader().close();
    }
  }

  /**
   * The thread of a document: the documents with any of its keys and those a guess would consider,
   * fetched without their text into a page index, where {@link ThreadLookup} orders them.
   */
  List<ThreadPart> thread(String id, QueryWire wire) throws IOException {
    Optional<Document> doc = fetch(Fields.ID, id, Fields.ID + " asc", 1, STORED_BUT_TEXT, null).stream().findFirst();
    if (doc.isEmpty()) {
      return List.of();
    }
    Map<String, Document> found = new LinkedHashMap<>();
    found.put(id, doc.get());
    List<String> keys = ThreadKeys.of(doc.get());
    if (!keys.isEmpty()) {
      fetch("{!debattsok v=$thread}", "thread", SolrGrouping.anyOf(Fields.THREAD_KEY, keys), found);
    }
    Query guesses = ThreadLookup.guessQuery(doc.get());
    if (guesses != null) {
      fetch("{!debattsok v=$guess}", "guess", Utils.toJSONString(wire.of(guesses)), found);
    }
    // What a council debate's guess needs: the questions its title names, their askers' speeches, and their debates.
    Query named = DebateGuesses.questionsFor(doc.get());
    if (named != null) {
      fetch("{!debattsok v=$guess}", "guess", Utils.toJSONString(wire.of(named)), found);
    }
    Set<String> debates = new java.util.LinkedHashSet<>();
    for (Document question : List.copyOf(found.values())) {
      Query speeches = DebateGuesses.speechesFor(question);
      if (speeches != null) {
        Map<String, Document> spoken = new LinkedHashMap<>();
        fetch("{!debattsok v=$guess}", "guess", Utils.toJSONString(wire.of(speeches)), spoken);
        spoken.values().stream().filter(s -> s.debate() != null && DebateGuesses.why(question, s) != null)
            .forEach(s -> debates.add(s.debate().id()));
      }
    }
    if (!debates.isEmpty()) {
      fetch("{!debattsok v=$debates}", "debates", SolrGrouping.anyOf(Fields.DEBATE_ID, List.copyOf(debates)), found);
    }
    VersionSearcher searcher = PageIndex.of(List.copyOf(found.values()), indexAnalyzer, ranking, deadline);
    try {
      return ThreadLookup.of(searcher, LuceneBackend.docId(searcher, id));
    } finally {
      searcher.getIndexReader().close();
    }
  }

  /**
   * The documents like this one by Solr's {@code {!mlt}} (run by each shard on its own statistics),
   * without its copies, its thread and its debate, explained as {@link Related} explains them with
   * the collection's document frequencies.
   */
  List<RelatedDocument> related(String id, Set<String> left) throws IOException {
    List<Document> found = new ArrayList<>();
    List<byte[]> sketches = new ArrayList<>();
    fetchInto(new SolrQuery("{!term f=id v=$value}").setRows(1).setFields("*"), id, found, sketches);
    if (found.isEmpty()) {
      return List.of();
    }
    Document doc = found.get(0);
    List<String> excluded = new ArrayList<>(List.of(id));
    excluded.addAll(left);
    long documents = cluster.query(new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    long maxDf = Related.maxDocFreq(documents);
    SolrQuery like = new SolrQuery("{!mlt qf=" + Fields.TITLE + "," + Fields.TEXT + " mintf=1 mindf=2 maxdf=" + maxDf
        + " minwl=" + Related.MIN_WORD + " maxqt=" + Related.TERMS + " boost=true v=$value}")
        .setRows(Related.CANDIDATES).setFields("*");
    like.addFilterQuery("-{!debattsok v=$left}", "-{!term f=" + Fields.DEBATE_ID + " v=$debate}");
    like.set("left", SolrGrouping.anyOf(Fields.ID, excluded));
    like.set("debate", Related.debateOf(doc));
    fetchInto(like, id, found, sketches);
    return Related.explain(doc, found.subList(1, found.size()), sketches, this::docFreqs, documents);
  }

  private void fetchInto(SolrQuery query, String value, List<Document> docs, List<byte[]> sketches) throws IOException {
    query.set("value", value);
    for (SolrDocument found : cluster.query(query).getResults()) {
      var stored = SolrDocuments.stored(found);
      docs.add(DocumentMapper.fromStored(stored));
      sketches.add(DocumentMapper.sketchOf(stored));
    }
  }

  /** The collection's document frequencies of terms of the text field, in one request. */
  private Map<String, Long> docFreqs(java.util.Collection<String> terms) throws IOException {
    Map<String, Long> freqs = new java.util.HashMap<>();
    if (terms.isEmpty()) {
      return freqs;
    }
    SolrQuery query = new SolrQuery().setRequestHandler("/terms");
    query.setTerms(true).addTermsField(Fields.TEXT).setTermsLimit(-1);
    query.set("terms.list", String.join(",", terms));
    var response = cluster.query(query).getTermsResponse();
    if (response != null && response.getTerms(Fields.TEXT) != null) {
      response.getTerms(Fields.TEXT).forEach(t -> freqs.put(t.getTerm(), t.getFrequency()));
    }
    return freqs;
  }

  /** How many documents have any of each list of thread keys: one request, a facet query per list. */
  int[] threadSizes(List<List<String>> keys) throws IOException {
    int[] sizes = new int[keys.size()];
    SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true);
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = 1;
      if (!keys.get(i).isEmpty()) {
        query.addFacetQuery("{!debattsok key=t" + i + " v=$t" + i + "}");
        query.set("t" + i, SolrGrouping.anyOf(Fields.THREAD_KEY, keys.get(i)));
      }
    }
    if (query.getFacetQuery() == null) {
      return sizes;
    }
    Map<String, Integer> counts = cluster.query(query).getFacetQuery();
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = counts.getOrDefault("t" + i, 1);
    }
    return sizes;
  }

  private void fetch(String q, String param, String value, Map<String, Document> into) throws IOException {
    SolrQuery query = new SolrQuery(q).setRows(ThreadLookup.MAX_PARTS).setFields(STORED_BUT_TEXT);
    query.set(param, value);
    for (SolrDocument found : cluster.query(query).getResults()) {
      Document doc = DocumentMapper.fromStored(SolrDocuments.stored(found));
      into.putIfAbsent(doc.id(), doc);
    }
  }

  Optional<PersonSummary> person(String key) throws IOException {
    VersionSearcher searcher = personsDocuments(key, LuceneLookups.MAX_PERSON_DOCUMENTS);
    if (searcher == null) {
      return Optional.empty();
    }
    try {
      return LuceneLookups.person(searcher, key);
    } finally {
      searcher.getIndexReader().close();
    }
  }

  /** The documents of a person, oldest first, without their text, in a page index; null for none. */
  private VersionSearcher personsDocuments(String key, int limit) throws IOException {
    List<byte[]> sketches = new ArrayList<>();
    List<Document> docs = fetch(Fields.PERSON_KEY, key, Fields.DATE + " asc," + Fields.ID + " asc", limit, STORED_BUT_TEXT,
        sketches);
    return docs.isEmpty() ? null : PageIndex.of(docs, sketches, indexAnalyzer, ranking, deadline);
  }

  /** The stored documents with this term, in this order, up to a limit; their text sketches into a list if one is given. */
  private List<Document> fetch(String field, String value, String sort, int limit, String fields, List<byte[]> sketches)
      throws IOException {
    SolrQuery query = new SolrQuery("{!term f=" + field + " v=$value}").setRows(limit).setFields(fields);
    query.set("value", value);
    query.set("sort", sort);
    List<Document> docs = new ArrayList<>();
    for (SolrDocument doc : cluster.query(query).getResults()) {
      var stored = SolrDocuments.stored(doc);
      docs.add(DocumentMapper.fromStored(stored));
      if (sketches != null) {
        sketches.add(DocumentMapper.sketchOf(stored));
      }
    }
    return docs;
  }
}
