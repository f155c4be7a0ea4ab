package se.debattsok.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** Maps a {@link Document} to the Lucene document that is indexed, and a stored one back again. */
public final class DocumentMapper {
  private DocumentMapper() {}

  public static org.apache.lucene.document.Document toLucene(Document doc, String fingerprint) {
    var lucene = new org.apache.lucene.document.Document();
    lucene.add(new KeywordField(Fields.ID, doc.id(), Field.Store.YES));
    lucene.add(new KeywordField(Fields.SOURCE, doc.source(), Field.Store.YES));
    lucene.add(new StoredField(Fields.FINGERPRINT, fingerprint));
    lucene.add(new KeywordField(Fields.KIND, doc.kind().code(), Field.Store.YES));
    if (doc.title() != null) {
      lucene.add(new Field(Fields.TITLE, doc.title(), Fields.STORED_TEXT_WITH_OFFSETS));
    }
    for (String paragraph : doc.paragraphs()) {
      lucene.add(new Field(Fields.TEXT, paragraph, Fields.STORED_TEXT_WITH_OFFSETS));
    }
    if (doc.date() != null) {
      lucene.add(new LongField(Fields.DATE, doc.date().toEpochDay(), Field.Store.YES));
    }
    if (doc.assembly() != null) {
      lucene.add(new KeywordField(Fields.ASSEMBLY, doc.assembly(), Field.Store.YES));
    }
    if (doc.reference() != null) {
      lucene.add(new StoredField(Fields.REFERENCE, doc.reference()));
      lucene.add(new StringField(Fields.REFERENCE_KEY, referenceKey(doc.reference()), Field.Store.NO));
    }
    if (doc.addressee() != null) {
      lucene.add(new TextField(Fields.ADDRESSEE, doc.addressee(), Field.Store.YES));
    }
    for (Person person : doc.people()) {
      lucene.add(new StoredField(Fields.PERSON_NAME, person.name()));
      lucene.add(new StoredField(Fields.PERSON_PARTY, person.party() == null ? "" : person.party()));
      lucene.add(new StoredField(Fields.PERSON_ROLE, person.role().code()));
      if (person.role().isPrincipal()) {
        lucene.add(new TextField(Fields.PERSON, person.name(), Field.Store.NO));
        if (person.party() != null) {
          lucene.add(new KeywordField(Fields.PARTY, person.party(), Field.Store.NO));
        }
      } else {
        lucene.add(new TextField(Fields.PARTICIPANT, person.name(), Field.Store.NO));
      }
    }
    return lucene;
  }

  /** The form in which references are indexed and looked up: trimmed, single-spaced, lower case. */
  public static String referenceKey(String reference) {
    return reference.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Rebuilds the record from the stored fields of a hit. */
  public static Document fromStored(org.apache.lucene.document.Document stored) {
    String[] names = stored.getValues(Fields.PERSON_NAME);
    String[] parties = stored.getValues(Fields.PERSON_PARTY);
    String[] roles = stored.getValues(Fields.PERSON_ROLE);
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      people.add(new Person(names[i], parties[i], Role.valueOf(roles[i].toUpperCase(Locale.ROOT))));
    }
    IndexableField date = stored.getField(Fields.DATE);
    return new Document(
        stored.get(Fields.ID),
        Kind.parse(stored.get(Fields.KIND)).orElse(Kind.OTHER),
        stored.get(Fields.TITLE),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
        stored.get(Fields.ASSEMBLY),
        stored.get(Fields.REFERENCE),
        people,
        stored.get(Fields.ADDRESSEE),
        List.of(stored.getValues(Fields.TEXT)),
        stored.get(Fields.SOURCE));
  }
}
