package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.solr.client.solrj.request.SolrQuery;
import org.apache.solr.common.SolrDocument;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.SolrCluster;
import se.debattsok.index.SolrDocuments;
import se.debattsok.model.Document;
import se.debattsok.model.Person;

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
