package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.TextSketch;
import se.debattsok.model.Document;

/**
 * The documents closest in content to one, and why. Found by Lucene's {@link MoreLikeThis} (on a
 * Solr collection, by Solr's {@code {!mlt}}, the same class): the stems frequent in the document
 * and rare in the index, weighed tf·idf, searched for; its copies, its thread and its own debate
 * left out, since its page lists them already. Each is explained by the distinctive words the two
 * share, as the document writes them: the shared stems by the same tf·idf, from the same index.
 */
final class Related {
  static final int SHOWN = 5;
  /** Candidates asked for: room for copies that only their text sketches tell apart. */
  static final int CANDIDATES = SHOWN * 4;
  /** Distinctive terms taken from a document: enough to describe it, few enough to search fast. */
  static final int TERMS = 25;
  /** Words in more than this share of the documents say little about any of them. */
  static final int MAX_DOC_FREQ_PERCENT = 10;
  /** ... though in a small index a subject's words may be in a few documents more than that. */
  static final int MIN_MAX_DOC_FREQ = 5;
  static final int MIN_WORD = 3;
  private static final int WHY_WORDS = 5;

  /** In how many documents of the index each term of the text field occurs. */
  interface DocFreqs {
    Map<String, Long> of(Collection<String> terms) throws IOException;
  }

  private Related() {}

  /** The search for documents like this one in a local index, without the ids given and its debate. */
  static Query like(IndexReader reader, int docId, Document doc, Set<String> excluded) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(Stems.ANALYZER); // stems, without the compound heads the text field also holds
    mlt.setFieldNames(new String[] {Fields.TITLE, Fields.TEXT});
    mlt.setMinTermFreq(1); // a short speech names its subject once
    mlt.setMinDocFreq(2);
    mlt.setMaxDocFreq(maxDocFreq(reader.numDocs()));
    mlt.setMinWordLen(MIN_WORD);
    mlt.setMaxQueryTerms(TERMS);
    mlt.setBoost(true);
    Set<BytesRef> left = new HashSet<>();
    left.add(new BytesRef(doc.id()));
    excluded.forEach(id -> left.add(new BytesRef(id)));
    return new BooleanQuery.Builder()
        .add(mlt.like(docId), Occur.MUST)
        .add(new TermInSetQuery(Fields.ID, left), Occur.MUST_NOT)
        .add(new TermQuery(new Term(Fields.DEBATE_ID, debateOf(doc))), Occur.MUST_NOT)
        .build();
  }

  /** The related documents of a document of a local index; its copies and thread given to leave out. */
  static List<RelatedDocument> inIndex(IndexSearcher searcher, int docId, Set<String> excluded) throws IOException {
    StoredFields stored = searcher.storedFields();
    var fields = stored.document(docId);
    Document doc = DocumentMapper.fromStored(fields);
    List<Document> candidates = new ArrayList<>();
    List<byte[]> sketches = new ArrayList<>();
    sketches.add(DocumentMapper.sketchOf(fields));
    for (ScoreDoc hit : searcher.search(like(searcher.getIndexReader(), docId, doc, excluded), CANDIDATES).scoreDocs) {
      var found = stored.document(hit.doc);
      candidates.add(DocumentMapper.fromStored(found));
      sketches.add(DocumentMapper.sketchOf(found));
    }
    IndexReader reader = searcher.getIndexReader();
    return explain(doc, candidates, sketches, terms -> {
      Map<String, Long> freqs = new HashMap<>();
      for (String term : terms) {
        freqs.put(term, (long) reader.docFreq(new Term(Fields.TEXT, term)));
      }
      return freqs;
    }, reader.numDocs());
  }

  static String debateOf(Document doc) {
    return doc.debate() == null ? doc.id() : doc.debate().id();
  }

  /**
   * The first {@value #SHOWN} candidates that are no copies of the document (a copy its principal
   * did not file is not among {@code copies}), each with the words it shares with the document.
   *
   * @param sketches the text sketches of the document and then of each candidate, null where too short
   */
  static List<RelatedDocument> explain(Document doc, List<Document> candidates, List<byte[]> sketches, DocFreqs docFreqs,
      long documents) throws IOException {
    Map<String, String> written = new LinkedHashMap<>();
    Map<String, Integer> freqs = new HashMap<>();
    analyse(doc, written, freqs);
    List<Document> shown = new ArrayList<>();
    List<Map<String, Integer>> shared = new ArrayList<>();
    List<byte[]> seen = new ArrayList<>();
    seen.add(sketches.get(0));
    for (int i = 0; i < candidates.size() && shown.size() < SHOWN; i++) {
      byte[] sketch = sketches.get(i + 1);
      if (sketch != null && seen.stream().anyMatch(s -> s != null && TextSketch.similarity(s, sketch) >= TextSketch.SAME_TEXT)) {
        continue; // a copy of the document, or of one listed above
      }
      seen.add(sketch);
      Map<String, Integer> theirs = new HashMap<>();
      analyse(candidates.get(i), new HashMap<>(), theirs);
      theirs.keySet().retainAll(freqs.keySet());
      theirs.keySet().removeIf(term -> term.length() < MIN_WORD || term.chars().anyMatch(Character::isDigit)); // "2002" says little
      shown.add(candidates.get(i));
      shared.add(theirs);
    }
    Set<String> all = new HashSet<>();
    shared.forEach(terms -> all.addAll(terms.keySet()));
    Map<String, Long> df = docFreqs.of(all);
    long tooCommon = maxDocFreq(documents);
    List<RelatedDocument> related = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      Map<String, Integer> theirs = shared.get(i);
      // A word both use often and few documents use says most about what they share.
      List<String> why = theirs.keySet().stream()
          .filter(term -> df.getOrDefault(term, 0L) > 0 && df.get(term) <= tooCommon)
          .sorted(Comparator.comparingDouble(
                  (String term) -> -Math.sqrt((double) freqs.get(term) * theirs.get(term)) * idf(df.get(term), documents))
              .thenComparing(term -> term))
          .map(written::get).distinct().limit(WHY_WORDS).toList();
      Document found = shown.get(i);
      related.add(new RelatedDocument(found.id(), found.kind().code(), found.title(),
          found.date() == null ? null : found.date().toString(), found.reference(),
          found.people().stream().map(SearchResult.HitPerson::of).toList(), SearchResult.HitDebate.of(found.debate()), why));
    }
    return related;
  }

  /** The most documents a word may be in and still tell what a document is about. */
  static int maxDocFreq(long documents) {
    return (int) Math.max(MIN_MAX_DOC_FREQ, documents * MAX_DOC_FREQ_PERCENT / 100);
  }

  /** As Lucene's classic similarity weighs a term: rare terms more. */
  private static double idf(long docFreq, long documents) {
    return 1 + Math.log((double) (documents + 1) / (docFreq + 1));
  }

  /** Each stem's frequency in the title and text, and the word as first written, lower-cased. */
  private static void analyse(Document doc, Map<String, String> written, Map<String, Integer> freqs) {
    List<String> texts = new ArrayList<>();
    if (doc.title() != null) {
      texts.add(doc.title());
    }
    texts.addAll(doc.paragraphs());
    for (String text : texts) {
      Stems.each(text, (stem, word) -> {
        freqs.merge(stem, 1, Integer::sum);
        written.putIfAbsent(stem, word.toLowerCase(Locale.ROOT));
      });
    }
  }
}
