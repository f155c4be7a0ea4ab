package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** A council's minutes where speakers are marked the Swedish way, split into speeches. */
class MinutesSpeechesTest {
  static final Path MINUTES = TestData.PROJECT.resolve("src/test/resources/council-minutes/protokoll-kf-2024-03-18.txt");

  @Test
  void eachMarkedContributionIsASpeechInItsAgendaItem() {
    Corpus.Read read = Corpus.read(new SourceFile(MINUTES, "protokoll-kf-2024-03-18.txt"));
    assertNull(read.problem());
    List<Document> docs = read.documents();
    assertThat(docs).extracting(Document::kind)
        .containsExactly(Kind.MINUTES, Kind.SPEECH, Kind.SPEECH, Kind.SPEECH, Kind.SPEECH);
    Document preamble = docs.get(0);
    assertThat(preamble.paragraphs()).singleElement().asString().startsWith("Närvarande:");

    Document answer = docs.get(2);
    assertEquals("protokoll-kf-2024-03-18.txt/s5/2", answer.id());
    assertEquals(LocalDate.of(2024, 3, 18), answer.date());
    assertEquals("Stockholms stad, kommunfullmäktige", answer.assembly());
    assertEquals(List.of(new Person("Emilia Bjuggren", "S", Role.SPEAKER)), answer.people());
    assertEquals(List.of("Ordförande! Vi gör mycket för att bryta segregationen, bland annat Fokus Järva.",
        "Det tar tid, men det ger resultat."), answer.paragraphs());
    assertEquals(new Debate("protokoll-kf-2024-03-18.txt/§5",
        "Svar på interpellation av Per Rosencrantz (M) om integrationspolitiken", 2), answer.debate());

    assertEquals("Ordförande! Jag vill tacka för svaret. Segregationen i Stockholm minskar inte, och det vet borgarrådet.",
        docs.get(1).paragraphs().get(0));
    assertEquals(Role.CHAIR, docs.get(3).people().get(0).role());
    assertEquals(3, docs.get(3).debate().position());
    Document cycling = docs.get(4);
    assertEquals(new Debate("protokoll-kf-2024-03-18.txt/§6", "Motion om fler cykelbanor", 1), cycling.debate());
    assertEquals("MP", cycling.people().get(0).party());
  }

  @Test
  void minutesPublishedAsPdfSplitTheSameWay(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("protokoll.pdf");
    PdfReaderTest.writePdf(Files.readString(MINUTES, StandardCharsets.UTF_8), pdf);
    Corpus.Read read = Corpus.read(new SourceFile(pdf, "protokoll.pdf"));
    assertNull(read.problem());
    assertThat(read.documents()).extracting(d -> d.people().isEmpty() ? "" : d.people().get(0).name())
        .containsExactly("", "Per Rosencrantz", "Emilia Bjuggren", "Ordföranden", "Anna Svensson");
    assertEquals("protokoll.pdf/§6", read.documents().get(4).debate().id());
  }

  @Test
  void documentsThatAreNoMinutesStayWhole() {
    Corpus.Read read = Corpus.read(new SourceFile(TestData.STOCKHOLM, "svar.txt"));
    assertThat(read.documents()).singleElement().satisfies(d -> assertEquals(Kind.ANSWER, d.kind()));
  }
}
