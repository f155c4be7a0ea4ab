package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** ParlaMint sittings, speech by speech: fixtures with the real element names in src/test/resources. */
class ParlaMintReaderTest {
  static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();

  static List<Document> read(String corpus, String relative) {
    Corpus.Read read = Corpus.read(new SourceFile(RESOURCES.resolve(corpus).resolve(relative), relative));
    assertNull(read.problem());
    return read.documents();
  }

  @Test
  void everySpeechIsADocumentWithItsDebateSpeakerPartyAndPlace() {
    List<Document> speeches = read("parlamint", "ParlaMint-SE/2021/ParlaMint-SE_2021-01-12-prot-202021--60.xml");
    assertEquals(5, speeches.size());
    Document answer = speeches.get(1);
    assertEquals("i-prot-202021--60-2", answer.id());
    assertEquals(Kind.SPEECH, answer.kind());
    assertEquals(LocalDate.of(2021, 1, 12), answer.date());
    assertEquals("Riksdagen", answer.assembly());
    assertEquals("Svar på interpellation 2020/21:257 om skolsegregationen", answer.title());
    assertEquals(List.of(new Person("Anna Ekström", "S", Role.SPEAKER, "AnnaEkstrom")), answer.people());
    assertEquals(List.of("Herr talman! Robert Stenkvist har frågat mig vilka åtgärder jag avser att vidta mot skolsegregationen.",
        "Regeringen har tillsatt en utredning om en mer likvärdig skola."), answer.paragraphs());
    assertEquals(new Debate("ParlaMint-SE_2021-01-12-prot-202021--60-d1",
        "Svar på interpellation 2020/21:257 om skolsegregationen", 2), answer.debate());

    assertEquals(Role.CHAIR, speeches.get(0).people().get(0).role());
    assertEquals("M", speeches.get(0).people().get(0).party());
    assertThat(speeches).extracting(d -> d.debate().position()).containsExactly(1, 2, 3, 4, 1);
    assertThat(speeches).extracting(d -> d.people().get(0).name())
        .containsExactly("Andreas Norlén", "Anna Ekström", "Robert Stenkvist", "Anna Ekström", "Amanj Aziz");
    // The party on the day of the sitting: Aziz left L for V in 2020.
    assertEquals("V", speeches.get(4).people().get(0).party());
    assertEquals("ParlaMint-SE_2021-01-12-prot-202021--60-d2", speeches.get(4).debate().id());
  }

  @Test
  void withoutAPeopleListTheSpeakerNoteNamesTheSpeaker() {
    List<Document> speeches = read("parlamint-unlisted", "ParlaMint-SE_2019-03-05.xml");
    assertThat(speeches).extracting(d -> d.people().get(0))
        .containsExactly(new Person("Jennie Nilsson", "S", Role.SPEAKER, "JennieNilsson"),
            new Person("Ulla-Britt Hagström", "M", Role.SPEAKER, "UllaBrittHagstrom"));
    assertEquals("ParlaMint-SE_2019-03-05-d1-u2", speeches.get(1).id());
    assertEquals("Svar på interpellation 2018/19:101 om rovdjurspolitiken", speeches.get(1).debate().title());
  }

  @Test
  void theListsOfPeopleAndPartiesHoldNoDocuments() {
    assertThat(read("parlamint", "ParlaMint-SE/ParlaMint-SE-listPerson.xml")).isEmpty();
    assertThat(read("parlamint", "ParlaMint-SE/ParlaMint-SE-listOrg.xml")).isEmpty();
  }
}
