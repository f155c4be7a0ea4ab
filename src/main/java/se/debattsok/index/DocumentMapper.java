package se.debattsok.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;
import se.debattsok.model.ThreadKeys;

/** Maps a {@link Document} to the Lucene document that is indexed, and a stored one back again. */
public final class DocumentMapper {
  private static final FacetsConfig FACETS = Fields.facetsConfig();

  private DocumentMapper() {}

  public static org.apache.lucene.document.Document toLucene(Document doc, String fingerprint) throws IOException {
    return FACETS.build(fields(doc, fingerprint));
  }

  /**
   * The fields, with the facet values as {@link SortedSetDocValuesFacetField}s not yet built into
   * Lucene's facet field: what {@link SolrDocuments} sends a Solr collection.
   */
  static org.apache.lucene.document.Document fields(Document doc, String fingerprint) {
    // In parts, each short enough to read (and for the JIT to compile: one method was its costliest).
    var lucene = new org.apache.lucene.document.Document();
    lucene.add(new KeywordField(Fields.ID, doc.id(), Field.Store.YES));
    lucene.add(new KeywordField(Fields.SOURCE, doc.source(), Field.Store.YES));
    lucene.add(new StoredField(Fields.FINGERPRINT, fingerprint));
    lucene.add(new KeywordField(Fields.KIND, doc.kind().code(), Field.Store.YES));
    lucene.add(new SortedSetDocValuesFacetField(Fields.FACET_KIND, doc.kind().code()));
    addTitle(doc, lucene);
    addText(doc, lucene);
    addDescription(doc, lucene);
    addDebate(doc, lucene);
    addPeople(doc, lucene);
    return lucene;
  }

  private static void addTitle(Document doc, org.apache.lucene.document.Document lucene) {
    if (doc.title() != null) {
      lucene.add(new Field(Fields.TITLE, doc.title(), Fields.STORED_TEXT_WITH_OFFSETS));
      lucene.add(new TextField(Fields.TITLE_FOLDED, doc.title(), Field.Store.NO));
      String key = TitleKey.of(doc.title());
      if (key != null) {
        lucene.add(new StringField(Fields.TITLE_KEY, key, Field.Store.NO));
      }
    }
    if (doc.heading() != null) {
      // Searched as part of the title, which it extends ("… av NN till statsrådet … om <title>");
      // not stored: hits show the title, the people and the text.
      lucene.add(new Field(Fields.TITLE, doc.heading(), Fields.UNSTORED_TEXT_WITH_OFFSETS));
      lucene.add(new TextField(Fields.TITLE_FOLDED, doc.heading(), Field.Store.NO));
    }
  }

  private static void addText(Document doc, org.apache.lucene.document.Document lucene) {
    for (String paragraph : doc.paragraphs()) {
      lucene.add(new Field(Fields.TEXT, paragraph, Fields.STORED_TEXT_WITH_OFFSETS));
      lucene.add(new Field(Fields.TEXT_EXACT, paragraph, Fields.UNSTORED_TEXT_WITH_OFFSETS));
      lucene.add(new Field(Fields.TEXT_FOLDED, paragraph, Fields.UNSTORED_TEXT_WITH_OFFSETS));
    }
    byte[] sketch = TextSketch.of(doc.paragraphs());
    if (sketch != null) {
      lucene.add(new StoredField(Fields.TEXT_SKETCH, sketch));
    }
  }

  /** Date, assembly, reference, addressee, link. */
  private static void addDescription(Document doc, org.apache.lucene.document.Document lucene) {
    if (doc.date() != null) {
      lucene.add(new LongField(Fields.DATE, doc.date().toEpochDay(), Field.Store.YES));
      lucene.add(new SortedSetDocValuesFacetField(Fields.FACET_YEAR, Integer.toString(doc.date().getYear())));
    }
    if (doc.assembly() != null) {
      lucene.add(new KeywordField(Fields.ASSEMBLY, doc.assembly(), Field.Store.YES));
      lucene.add(new SortedSetDocValuesFacetField(Fields.FACET_ASSEMBLY, doc.assembly()));
    }
    if (doc.reference() != null) {
      lucene.add(new StoredField(Fields.REFERENCE, doc.reference()));
      for (String key : referenceKeys(doc)) {
        lucene.add(new StringField(Fields.REFERENCE_KEY, key, Field.Store.NO));
      }
    }
    if (doc.addressee() != null) {
      lucene.add(new TextField(Fields.ADDRESSEE, doc.addressee(), Field.Store.YES));
    }
    if (doc.link() != null) {
      lucene.add(new StoredField(Fields.LINK, doc.link()));
    }
  }

  /** The debate and thread the document belongs to. */
  private static void addDebate(Document doc, org.apache.lucene.document.Document lucene) {
    Debate debate = doc.debate();
    String debateId = debate == null ? doc.id() : debate.id();
    lucene.add(new StringField(Fields.DEBATE_ID, debateId, Field.Store.YES));
    lucene.add(new SortedDocValuesField(Fields.DEBATE_ID, new BytesRef(debateId)));
    List<String> threadKeys = ThreadKeys.of(doc);
    for (String key : threadKeys) {
      lucene.add(new StringField(Fields.THREAD_KEY, key, Field.Store.NO));
    }
    String threadId = threadKeys.isEmpty() ? debateId : threadKeys.get(0);
    lucene.add(new StringField(Fields.THREAD_ID, threadId, Field.Store.YES));
    lucene.add(new SortedDocValuesField(Fields.THREAD_ID, new BytesRef(threadId)));
    if (debate != null) {
      if (debate.title() != null) {
        lucene.add(new StoredField(Fields.DEBATE_TITLE, debate.title()));
      }
      lucene.add(new IntField(Fields.DEBATE_POSITION, debate.position(), Field.Store.YES));
    }
  }

  private static void addPeople(Document doc, org.apache.lucene.document.Document lucene) {
    Set<String> people = new HashSet<>(); // a facet counts a document once per value
    Set<String> parties = new HashSet<>();
    Set<String> rolesAndParties = new HashSet<>();
    for (Person person : doc.people()) {
      lucene.add(new StoredField(Fields.PERSON_NAME, person.name()));
      lucene.add(new StoredField(Fields.PERSON_PARTY, person.party() == null ? "" : person.party()));
      lucene.add(new StoredField(Fields.PERSON_ROLE, person.role().code()));
      lucene.add(new StoredField(Fields.PERSON_ID, person.id() == null ? "" : person.id()));
      lucene.add(new StringField(Fields.PERSON_KEY, person.key(), Field.Store.NO));
      if (!person.role().isPrincipal()) {
        lucene.add(new TextField(Fields.PARTICIPANT, person.name(), Field.Store.NO));
        continue;
      }
      lucene.add(new TextField(Fields.PERSON, person.name(), Field.Store.NO));
      if (!person.name().isEmpty() && people.add(person.name())) {
        lucene.add(new SortedSetDocValuesFacetField(Fields.FACET_PERSON, person.name()));
      }
      if (person.party() != null) {
        addParty(person, parties, rolesAndParties, lucene);
      }
    }
  }

  private static void addParty(Person person, Set<String> parties, Set<String> rolesAndParties,
      org.apache.lucene.document.Document lucene) {
    lucene.add(new KeywordField(Fields.PARTY, person.party(), Field.Store.NO));
    lucene.add(new StringField(Fields.PARTY_KEY, Person.partyKey(person.party()), Field.Store.NO));
    if (parties.add(person.party())) {
      lucene.add(new SortedSetDocValuesFacetField(Fields.FACET_PARTY, person.party()));
    }
    boolean raises = person.role().raises();
    if (rolesAndParties.add(raises + person.party())) {
      lucene.add(new StringField(raises ? Fields.PARTY_RAISED_KEY : Fields.PARTY_ANSWERED_KEY,
          Person.partyKey(person.party()), Field.Store.NO));
      lucene.add(new SortedSetDocValuesFacetField(raises ? Fields.FACET_PARTY_RAISED : Fields.FACET_PARTY_ANSWERED,
          person.party()));
    }
  }

  /**
   * Every form a reference is looked up by: the whole, each of several ("KS § 3 a", "Dnr KF/2006.203")
   * and a Dnr without its label ("KF/2006.203").
   */
  static Set<String> referenceKeys(Document doc) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(referenceKey(doc.reference()));
    for (String part : doc.references()) {
      keys.add(referenceKey(part));
      keys.add(referenceKey(part.replaceFirst("(?i)^(?:dnr|diarienummer|diarienr)\\.?\\s*[:.]?\\s*", "")));
    }
    return keys;
  }

  /** The form in which references are indexed and looked up: trimmed, single-spaced, lower case. */
  public static String referenceKey(String reference) {
    return reference.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The {@link TextSketch} stored with a document, or null for a text too short to have one. */
  public static byte[] sketchOf(org.apache.lucene.document.Document stored) {
    BytesRef sketch = stored.getBinaryValue(Fields.TEXT_SKETCH);
    return sketch == null ? null : BytesRef.deepCopyOf(sketch).bytes;
  }

  /** Rebuilds the record from the stored fields of a hit. */
  public static Document fromStored(org.apache.lucene.document.Document stored) {
    // Sorted by name in one pass: a document's paragraphs are stored values of their own, and
    // Lucene's look-up by name goes through all of them for every field asked for.
    Map<String, List<IndexableField>> byName = new HashMap<>();
    for (IndexableField field : stored) {
      byName.computeIfAbsent(field.name(), name -> new ArrayList<>(1)).add(field);
    }
    List<String> names = values(byName, Fields.PERSON_NAME);
    List<String> parties = values(byName, Fields.PERSON_PARTY);
    List<String> roles = values(byName, Fields.PERSON_ROLE);
    List<String> ids = values(byName, Fields.PERSON_ID);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Role role = Role.valueOf(roles.get(i).toUpperCase(Locale.ROOT));
      people.add(new Person(names.get(i), parties.get(i), role, i < ids.size() ? ids.get(i) : null));
    }
    IndexableField date = first(byName, Fields.DATE);
    IndexableField position = first(byName, Fields.DEBATE_POSITION);
    return new Document(
        text(byName, Fields.ID),
        Kind.parse(text(byName, Fields.KIND)).orElse(Kind.OTHER),
        text(byName, Fields.TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        text(byName, Fields.ASSEMBLY),
        text(byName, Fields.REFERENCE),
        people,
        text(byName, Fields.ADDRESSEE),
        values(byName, Fields.TEXT),
        text(byName, Fields.SOURCE),
        position == null
            ? null
            : new Debate(text(byName, Fields.DEBATE_ID), text(byName, Fields.DEBATE_TITLE), position.numericValue().intValue()),
        null,
        text(byName, Fields.LINK));
  }

  /** As Lucene's {@code Document.getField}: the first field of that name, or null. */
  private static IndexableField first(Map<String, List<IndexableField>> byName, String name) {
    List<IndexableField> fields = byName.get(name);
    return fields == null ? null : fields.get(0);
  }

  /** As Lucene's {@code Document.getValues}: the text values of that name, in order. */
  private static List<String> values(Map<String, List<IndexableField>> byName, String name) {
    List<String> values = new ArrayList<>();
    for (IndexableField field : byName.getOrDefault(name, List.of())) {
      if (field.stringValue() != null) {
        values.add(field.stringValue());
      }
    }
    return values;
  }

  /** As Lucene's {@code Document.get}: the first text value of that name, or null. */
  private static String text(Map<String, List<IndexableField>> byName, String name) {
    for (IndexableField field : byName.getOrDefault(name, List.of())) {
      if (field.stringValue() != null) {
        return field.stringValue();
      }
    }
    return null;
  }
}
