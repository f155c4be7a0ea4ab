package se.debattsok.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.model.Document;

/**
 * Turns a page of Lucene hits into {@link SearchResult.Hit}s: each hit's stored fields read once
 * (reading them is a good part of a query's cost, and the highlighter would otherwise read the text
 * a second time), its snippets, and which hit above it has the same text.
 */
final class HitReader {
  private static final int SNIPPETS_PER_HIT = 3;
  /** What a hit shows: every stored field but the text, which can be long and is not shown. */
  static final Set<String> HIT_FIELDS =
      Set.of(Fields.ID, Fields.KIND, Fields.TITLE, Fields.DATE, Fields.ASSEMBLY, Fields.REFERENCE, Fields.ADDRESSEE,
          Fields.SOURCE, Fields.PERSON_NAME, Fields.PERSON_PARTY, Fields.PERSON_ROLE, Fields.PERSON_ID, Fields.DEBATE_ID,
          Fields.DEBATE_TITLE, Fields.DEBATE_POSITION, Fields.TEXT_SKETCH, Fields.LINK);
  /** The same and the text, for hits with snippets: the highlighter is given the text read here. */
  private static final Set<String> HIT_FIELDS_AND_TEXT = withText(HIT_FIELDS);

  private HitReader() {}

  private static Set<String> withText(Set<String> fields) {
    Set<String> all = new HashSet<>(fields);
    all.add(Fields.TEXT);
    return Set.copyOf(all);
  }

  /** The hits for these documents, in this order; with snippets marking the query's words if asked. */
  static List<SearchResult.Hit> read(VersionSearcher searcher, Query userQuery, ScoreDoc[] page, boolean snippets)
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
    Set<String> titleStems = snippets ? TitleMarker.stemsSought(userQuery) : Set.of();
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      String sameTextAs = copyOf[i] < 0 ? null : docs.get(page[copyOf[i]].doc).id();
      Document doc = docs.get(page[i].doc);
      hits.add(toHit(doc, page[i].score, marked == null ? null : marked[i], sameTextAs,
          snippets ? TitleMarker.mark(doc.title(), titleStems) : null));
    }
    return hits;
  }

  /**
   * The hits for documents already read (from a Solr collection), without snippets: the same
   * records as {@link #read} makes of the same documents.
   */
  static List<SearchResult.Hit> withoutSnippets(List<Document> docs, float[] scores, byte[][] sketches) {
    int[] copyOf = SameText.firstCopies(sketches);
    List<SearchResult.Hit> hits = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      hits.add(toHit(docs.get(i), scores[i], null, copyOf[i] < 0 ? null : docs.get(copyOf[i]).id(), null));
    }
    return hits;
  }

  @SuppressWarnings("unchecked")
  private static SearchResult.Hit toHit(Document doc, float score, Object snippets, String sameTextAs, MarkedText title) {
    List<SearchResult.HitPerson> people = doc.people().stream().map(SearchResult.HitPerson::of).toList();
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
        snippets == null ? List.of() : (List<MarkedText>) snippets,
        SearchResult.HitDebate.of(doc.debate()),
        sameTextAs,
        title,
        null,
        doc.link());
  }
}
