package se.debattsok.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.index.TextSketch;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;

/** What is looked up in a Lucene index rather than searched: a debate's speeches in order, a person's record, a text's copies. */
final class LuceneLookups {
  /** More speeches than any debate has; a guard, not a page size. */
  static final int MAX_SPEECHES = 1_000;
  /** The documents a person's summary reads at most (a long career in the Riksdag is a few thousand). */
  static final int MAX_PERSON_DOCUMENTS = 20_000;
  private static final Set<String> SUMMARY_FIELDS = Set.of(Fields.ID, Fields.KIND, Fields.DATE, Fields.PERSON_NAME,
      Fields.PERSON_PARTY, Fields.PERSON_ROLE, Fields.PERSON_ID, Fields.DEBATE_ID, Fields.DEBATE_POSITION);
  private static final Set<String> LISTED = Set.of(Fields.ID, Fields.KIND, Fields.TITLE, Fields.REFERENCE, Fields.DATE);

  private LuceneLookups() {}

  /** The documents of one principal a document's copies are looked for among, at most. */
  static final int MAX_COPY_CANDIDATES = 5_000;
  /** What the copies are looked for by: the document's sketch and its people; not its text. */
  private static final Set<String> SKETCH_AND_PEOPLE = Set.of(Fields.ID, Fields.KIND, Fields.TEXT_SKETCH,
      Fields.PERSON_NAME, Fields.PERSON_PARTY, Fields.PERSON_ROLE, Fields.PERSON_ID);
  private static final Set<String> SKETCH = Set.of(Fields.TEXT_SKETCH);
  private static final Set<String> COPY_SHOWN = Set.of(Fields.ID, Fields.KIND, Fields.TITLE, Fields.REFERENCE, Fields.DATE);

  /**
   * The copies of a document's text, oldest first: among the documents of its first principal (the
   * asker of an interpellation, the speaker of a speech), since a text filed again, or put to a
   * second minister, is filed by the same member. Empty for a text too short to be sketched.
   */
  static List<TextCopy> copies(IndexSearcher searcher, int docId) throws IOException {
    StoredFields stored = searcher.storedFields();
    var fields = stored.document(docId, SKETCH_AND_PEOPLE);
    byte[] own = DocumentMapper.sketchOf(fields);
    Document doc = DocumentMapper.fromStored(fields);
    Person principal = doc.people().stream().filter(p -> p.role().isPrincipal()).findFirst().orElse(null);
    if (own == null || principal == null) {
      return List.of();
    }
    Sort oldestFirst = new Sort(new SortedNumericSortField(Fields.DATE, SortField.Type.LONG), new SortedSetSortField(Fields.ID, false));
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.PERSON_KEY, principal.key())), MAX_COPY_CANDIDATES, oldestFirst);
    List<TextCopy> copies = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      if (hit.doc == docId) {
        continue;
      }
      byte[] other = DocumentMapper.sketchOf(stored.document(hit.doc, SKETCH));
      if (TextSketch.similarity(own, other) >= TextSketch.SAME_TEXT) {
        Document copy = DocumentMapper.fromStored(stored.document(hit.doc, COPY_SHOWN));
        copies.add(new TextCopy(copy.id(), copy.title(), copy.reference(), copy.date() == null ? null : copy.date().toString()));
      }
    }
    return copies;
  }

  static List<DebateSpeech> debate(IndexSearcher searcher, String debateId) throws IOException {
    Sort byPosition = new Sort(new SortedNumericSortField(Fields.DEBATE_POSITION, SortField.Type.INT));
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.DEBATE_ID, debateId)), MAX_SPEECHES, byPosition);
    List<DebateSpeech> speeches = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = DocumentMapper.fromStored(stored.document(hit.doc));
      if (doc.debate() == null) {
        continue; // a document that is its own debate has no speeches to list
      }
      Person speaker = doc.people().isEmpty() ? null : doc.people().get(0);
      speeches.add(new DebateSpeech(doc.id(), doc.debate().position(), speaker, opening(doc)));
    }
    return speeches;
  }

  private static String opening(Document doc) {
    String text = String.join(" ", doc.paragraphs());
    if (text.length() <= 160) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 160);
    return text.substring(0, cut > 80 ? cut : 160) + " …";
  }

  static Optional<PersonSummary> person(IndexSearcher searcher, String key) throws IOException {
    Sort oldestFirst = new Sort(new SortedNumericSortField(Fields.DATE, SortField.Type.LONG), new SortedSetSortField(Fields.ID, false));
    TopDocs top = searcher.search(new TermQuery(new Term(Fields.PERSON_KEY, key)), MAX_PERSON_DOCUMENTS, oldestFirst);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    StoredFields stored = searcher.storedFields();
    String name = null;
    Map<String, LocalDate[]> parties = new LinkedHashMap<>();
    long speeches = 0;
    long documents = 0;
    LocalDate first = null;
    LocalDate last = null;
    for (ScoreDoc hit : top.scoreDocs) {
      Document doc = DocumentMapper.fromStored(stored.document(hit.doc, SUMMARY_FIELDS));
      Person person = doc.people().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
      if (person == null) {
        continue;
      }
      name = name == null ? person.name() : name;
      if (doc.kind() == Kind.SPEECH) {
        speeches++;
      } else {
        documents++;
      }
      if (doc.date() != null) {
        first = first == null || doc.date().isBefore(first) ? doc.date() : first;
        last = last == null || doc.date().isAfter(last) ? doc.date() : last;
        if (person.party() != null) {
          parties.merge(person.party(), new LocalDate[] {doc.date(), doc.date()}, (a, b) -> new LocalDate[] {
              a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
        }
      }
    }
    if (name == null) {
      return Optional.empty();
    }
    List<PersonSummary.PartySpan> spans = new ArrayList<>();
    parties.forEach((party, dates) -> spans.add(new PersonSummary.PartySpan(party, dates[0].toString(), dates[1].toString())));
    spans.sort((a, b) -> a.from().compareTo(b.from()));
    List<PersonSummary.Listed> latest = new ArrayList<>();
    for (int i = top.scoreDocs.length - 1; i >= 0 && latest.size() < PersonSummary.LATEST; i--) { // oldest first: from the end
      Document doc = DocumentMapper.fromStored(stored.document(top.scoreDocs[i].doc, LISTED));
      latest.add(new PersonSummary.Listed(doc.id(), doc.title(), doc.kind().code(), doc.reference(),
          doc.date() == null ? null : doc.date().toString()));
    }
    return Optional.of(new PersonSummary(key, name, spans, speeches, documents,
        first == null ? null : first.toString(), last == null ? null : last.toString(), latest));
  }
}
