package se.debattsok.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.Test;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** A document goes to Solr with the fields of the local index, and comes back as it went. */
class SolrDocumentsTest {
  /** Long enough for a text sketch. */
  private static final String LONG = String.join(" ", java.util.Collections.nCopies(40,
      "Skolan och vården i kommunen behöver mer resurser, sade ledamoten, och regeringen svarade att budgeten räcker."));
  private static final Document SPEECH = new Document("prot-1.u3", Kind.SPEECH, "Svar på interpellation 2021/22:439",
      LocalDate.of(2022, 5, 13), "Riksdagen", "2021/22:439",
      List.of(new Person("Lena Hallengren", "S", Role.SPEAKER, "i-1"), new Person("Per Åkesson", "S", Role.PARTICIPANT, null),
          new Person("Anna Berg", "S", Role.SPEAKER, null)),
      "statsrådet", List.of("Herr talman! Skolsegregationen ökar.", "Herr talman! Skolsegregationen ökar.",
          LONG),
      "/corpus/prot-1.xml", new Debate("prot-1.d2", "Svar på interpellation 2021/22:439 om skolan", 3),
      "2021/22:439 av Anna Berg (S) till statsrådet");

  @Test
  void theFieldsAreTheLocalIndexsValueForValue() {
    SolrInputDocument solr = SolrDocuments.of(SPEECH, "12:34");
    assertThat(solr.getFieldValues(Fields.TEXT)).hasSize(3); // a paragraph said twice is kept twice
    assertThat(solr.getFieldValues(Fields.TITLE)).containsExactly(SPEECH.title(), SPEECH.heading());
    assertThat(solr.getFieldValues(Fields.PERSON_PARTY)).containsExactly("S", "S", "S"); // parallel lists stay whole
    assertThat(solr.getFieldValues(Fields.PERSON_ID)).containsExactly("i-1", "", "");
    assertThat(solr.getFieldValue(Fields.DATE)).isEqualTo(LocalDate.of(2022, 5, 13).toEpochDay());
    assertThat(solr.getFieldValue(Fields.DEBATE_ID)).isEqualTo("prot-1.d2");
    assertThat(solr.getFieldValue(Fields.DEBATE_POSITION)).isEqualTo(3);
    assertThat(solr.getFieldValues("facet_party")).containsExactly("S");
    assertThat(solr.getFieldValues("facet_person")).containsExactlyInAnyOrder("Lena Hallengren", "Anna Berg");
    assertThat(solr.getFieldValues("facet_year")).containsExactly("2022");
    assertThat(solr.getFieldValue(Fields.TEXT_SKETCH)).isInstanceOf(byte[].class);
    assertThat(solr.getFieldValue(Fields.ID)).isInstanceOf(String.class);
  }

  @Test
  void aStoredDocumentComesBackAsItWent() {
    SolrInputDocument sent = SolrDocuments.of(SPEECH, "12:34");
    SolrDocument stored = new SolrDocument();
    for (String stored_field : List.of(Fields.ID, Fields.KIND, Fields.TITLE, Fields.DATE, Fields.ASSEMBLY, Fields.REFERENCE,
        Fields.ADDRESSEE, Fields.SOURCE, Fields.PERSON_NAME, Fields.PERSON_PARTY, Fields.PERSON_ROLE, Fields.PERSON_ID,
        Fields.DEBATE_ID, Fields.DEBATE_TITLE, Fields.DEBATE_POSITION, Fields.TEXT, Fields.TEXT_SKETCH)) {
      stored.setField(stored_field, sent.getFieldValues(stored_field));
    }
    Document back = DocumentMapper.fromStored(SolrDocuments.stored(stored));
    assertThat(back).isEqualTo(DocumentMapper.fromStored(org.apache.lucene.document.Document.class.cast(
        storedOf(DocumentMapper.fields(SPEECH, "12:34")))));
    assertThat(back.people()).isEqualTo(SPEECH.people());
    assertThat(back.paragraphs()).isEqualTo(SPEECH.paragraphs());
    assertThat(back.debate()).isEqualTo(SPEECH.debate());
    assertThat(back.title()).isEqualTo(SPEECH.title());
    assertThat(DocumentMapper.sketchOf(SolrDocuments.stored(stored))).isEqualTo(TextSketch.of(SPEECH.paragraphs()));
  }

  /** Only the stored fields of a document, as an index gives them back. */
  private static org.apache.lucene.document.Document storedOf(org.apache.lucene.document.Document fields) {
    var stored = new org.apache.lucene.document.Document();
    fields.getFields().stream().filter(f -> f.fieldType().stored()).forEach(stored::add);
    return stored;
  }
}
