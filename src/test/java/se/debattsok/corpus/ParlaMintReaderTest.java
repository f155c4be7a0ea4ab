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
    List<Document> documents = read("parlamint", "ParlaMint-SE/2021/ParlaMint-SE_2021-01-12-prot-202021--60.xml");
    List<Document> speeches = documents.stream().filter(d -> d.kind() == Kind.SPEECH).toList();
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

  @Test
  void theRealCorpusNamesPartiesByWikidataIdsAndTheyAreRead() {
    // <affiliation ref="#Q105112"/> → <org xml:id="Q105112" role="parliamentaryGroup"> with <orgName full="abb">S</orgName>
    Corpus.Read read = Corpus.read(new SourceFile(RESOURCES.resolve("samples/parlamint-se/2022/ParlaMint-SE_2022-05-13-prot-202122--113.xml"),
        "2022/ParlaMint-SE_2022-05-13-prot-202122--113.xml"));
    assertNull(read.problem());
    List<Document> speeches = read.documents().stream().filter(d -> d.kind() == Kind.SPEECH).toList();
    assertThat(speeches).extracting(d -> d.people().get(0))
        .containsExactly(new Person("Annika Strandhäll", "S", Role.SPEAKER, "Q4980750"),
            new Person("Anders Åkesson", "C", Role.SPEAKER, "Q6255521"),
            new Person("Martina Johansson", "C", Role.SPEAKER, "Q71132178"),
            new Person("Khashayar Farmanbar", "S", Role.SPEAKER, "Q63533075"));
    assertThat(speeches).extracting(Document::date).containsOnly(LocalDate.of(2022, 5, 13));
    // ParlaMint-SE is made from the Swerik records: each speech links to the record of its sitting.
    assertThat(read.documents()).extracting(Document::link).containsOnly(
        "https://github.com/swerik-project/riksdagen-records/blob/main/data/202122/prot-202122--113.xml");
    // The agenda items without debate are the sitting's minutes, not speeches.
    Document minutes = read.documents().stream().filter(d -> d.kind() == Kind.MINUTES).findFirst().orElseThrow();
    assertThat(minutes.paragraphs()).contains("§ 1 Justering av protokoll", "Protokollet för den 22 april justerades.");
  }

  @Test
  void inTheOlderLayoutTheCorpusRootFileHoldsTheLists() {
    List<Document> speeches = read("parlamint-root", "ParlaMint-ES-CT/2016/ParlaMint-ES-CT_2016-01-13.xml");
    assertEquals(new Person("Carme Forcadell Lluís", "JxSí", Role.CHAIR, "ForcadellCarme"), speeches.get(0).people().get(0));
    assertEquals("Parlament de Catalunya", speeches.get(0).assembly());
    assertEquals(LocalDate.of(2016, 1, 13), speeches.get(0).date());
    // Both her party and her parliamentary group hold on the day: the party is shown.
    assertEquals(new Person("Inés Arrimadas García", "CS", Role.SPEAKER, "ArrimadasInes"), speeches.get(1).people().get(0));
    assertEquals(List.of("Gràcies, presidenta. Senyores i senyors diputats, bon dia."), speeches.get(1).paragraphs());
    // who=" ": a speech whose speaker the corpus does not know, not a person without a name.
    assertThat(speeches.get(2).people()).isEmpty();
    assertEquals(List.of("Molt bé!"), speeches.get(2).paragraphs());
  }

  @Test
  void listsTheRootFileIncludesAreReadWhereverTheCorpusKeepsThem() {
    List<Document> speeches = read("parlamint-include", "ParlaMint-AT/2019/ParlaMint-AT_2019-09-25.xml");
    assertThat(speeches).extracting(d -> d.people().get(0))
        .containsExactly(new Person("Wolfgang Sobotka", "ÖVP", Role.CHAIR, "WolfgangSobotka.1956"),
            // The name of the day of the sitting: she was Pamela Rendi until 2011.
            new Person("Pamela Rendi-Wagner", "SPÖ", Role.SPEAKER, "PamelaRendiWagner.1971"));
  }

  @Test
  void anAnnotatedFileReadsAsItsTextWasWritten() {
    Corpus.Read read = Corpus.read(new SourceFile(RESOURCES.resolve("parlamint-ana/ParlaMint-SE_2022-05-13-prot-202122--113.ana.xml"),
        "ParlaMint-SE_2022-05-13-prot-202122--113.ana.xml"));
    assertEquals("ParlaMint TEI sitting (linguistically annotated)", read.format());
    Document speech = read.documents().get(0);
    assertEquals(List.of("Fru talman! Anders Åkesson har frågat mig när och på vilket sätt ministern och regeringen avser att "
        + "tillmötesgå hemställan."), speech.paragraphs()); // "talman !" joined; the note "Applåder" is no speech
    assertEquals(new Person("Annika Strandhäll", "S", Role.SPEAKER, "Q4980750"), speech.people().get(0));
  }

  @Test
  void ofASittingAndItsAnnotatedCopyOneIsReadAndTheOtherNamedOnce() {
    Corpus.Scan scan = Corpus.scan(List.of(RESOURCES.resolve("parlamint-ana")));
    assertThat(scan.files()).extracting(f -> f.path().getFileName().toString())
        .contains("ParlaMint-SE_2022-05-13-prot-202122--113.xml")
        .doesNotContain("ParlaMint-SE_2022-05-13-prot-202122--113.ana.xml");
    assertThat(scan.passedOver()).singleElement().satisfies(same -> {
      assertThat(same.path()).endsWith("ParlaMint-SE_2022-05-13-prot-202122--113.ana.xml");
      assertThat(same.reason()).isEqualTo("the same sitting as ParlaMint-SE_2022-05-13-prot-202122--113.xml "
          + "(its linguistically annotated copy), which is read instead");
    });
    assertThat(scan.problems()).isEmpty();
  }
}
