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
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** The Riksdag's speeches as its open data API gives them (fixture with the API's field names). */
class RiksdagSpeechReaderTest {
  static final Path FIXTURE = Path.of("src/test/resources/riksdagen-speeches/anforanden-2022-01-18.json").toAbsolutePath();

  @TempDir Path dir;

  static Corpus.Read read(Path file) {
    return Corpus.read(new SourceFile(file, file.getFileName().toString()));
  }

  @Test
  void eachSpeechWithItsSpeakerPartyDebateAndPlace() {
    Corpus.Read read = read(FIXTURE);
    assertNull(read.problem());
    List<Document> speeches = read.documents();
    assertEquals(4, speeches.size());
    Document first = speeches.get(0);
    assertEquals("b6a2e1f0-7c31-ec11-9148-005056a5d5e3", first.id());
    assertEquals(Kind.SPEECH, first.kind());
    assertEquals(LocalDate.of(2022, 1, 18), first.date());
    assertEquals("2021/22:60", first.reference());
    assertEquals("Svar på interpellation 2021/22:239 om äldreomsorgens bemanning", first.title());
    assertEquals(List.of(new Person("Lena Hallengren", "S", Role.SPEAKER, "0640446346419")), first.people());
    assertEquals(List.of("Fru talman! Ulrika Heindorff har frågat mig om bemanningen i äldreomsorgen.",
        "Regeringen satsar på äldreomsorgslyftet & fler undersköterskor."), first.paragraphs());
    assertEquals("H90960-H910239", first.debate().id());
    assertEquals(24, first.debate().position());
    assertEquals(first.debate().id(), speeches.get(1).debate().id());
    assertThat(speeches.get(2).debate().id()).isNotEqualTo(first.debate().id());
    assertEquals(new Person("Anna-Caren Sätherberg", "S", Role.SPEAKER, "0532455418219"), speeches.get(2).people().get(0));
    Person chair = speeches.get(3).people().get(0);
    assertEquals(Role.CHAIR, chair.role());
    assertNull(chair.party());
    assertEquals(List.of("Överläggningen var härmed avslutad."), speeches.get(3).paragraphs());
  }

  @Test
  void oneSpeechAloneAndAnEmptyPageAreRead() throws Exception {
    Path one = Files.writeString(dir.resolve("one.json"),
        "{\"anforande\": {\"dok_id\": \"H1\", \"anforande_nummer\": \"3\", \"talare\": \"Jan Björklund (L)\", \"parti\": \"L\","
            + " \"anforandetext\": \"<p>Herr talman!</p>\"}}", StandardCharsets.UTF_8);
    assertEquals("H1-3", read(one).documents().get(0).id());
    Path empty = Files.writeString(dir.resolve("empty.json"), "{\"anforandelista\": {\"@antal\": \"0\", \"anforande\": null}}");
    assertThat(read(empty).documents()).isEmpty();
    assertNull(read(empty).problem());
    Path none = Files.writeString(dir.resolve("none.json"), "{\"anforandelista\": {\"@antal\": \"0\"}}");
    assertThat(read(none).documents()).isEmpty();
    assertNull(read(none).problem());
  }

  @Test
  void otherJsonIsReportedNotRead() throws Exception {
    Path other = Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
    assertThat(read(other).problem().reason()).startsWith("not Riksdag speeches");
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"anforandelista\": [");
    assertThat(read(broken).problem().reason()).startsWith("malformed JSON");
  }

  @Test
  void realRecordsAsTheDataHoldsThem() {
    Corpus.Read read = read(Path.of("src/test/resources/samples/riksdag-json/anforandelista-2-records.json").toAbsolutePath());
    assertNull(read.problem());
    Document lind = read.documents().get(1);
    // "Kultur- och demokratiministern Amanda Lind": the office is no part of the name.
    assertEquals(List.of(new Person("Amanda Lind", "MP", Role.SPEAKER)), lind.people());
    assertEquals("amanda-lind", lind.people().get(0).key());
    assertEquals("https://data.riksdagen.se/dokument/H809118.html", lind.link()); // the protocol it is in
    // "<p> STYLEREF Kantrubrik \\* MERGEFORMAT Svar på interpellationer</p>" is Word's running head.
    assertThat(lind.paragraphs()).hasSize(8)
        .noneMatch(p -> p.contains("STYLEREF") || p.contains("MERGEFORMAT") || p.equals("Svar på interpellationer"));
    // The first record has intressent_id but no name: a speech without a speaker, and said so.
    assertThat(read.documents().get(0).people()).isEmpty();
    assertThat(read.warnings()).extracting(Warning::message).contains("1 of 2 speeches has no speaker");
  }

  @Test
  void theKeyOfAPersonIsTheirRiksdagIdWhateverOfficeTheyHold() throws Exception {
    Path file = Files.writeString(dir.resolve("offices.json"), """
        {"anforandelista": {"anforande": [
          {"anforande_id": "a1", "dok_id": "H1", "anforande_nummer": "1", "intressent_id": "0123",
           "talare": "Kultur- och demokratiministern Amanda Lind", "parti": "MP", "anforandetext": "<p>Fru talman!</p>"},
          {"anforande_id": "a2", "dok_id": "H1", "anforande_nummer": "2", "intressent_id": "0123",
           "talare": "Kulturministern Amanda Lind", "parti": "MP", "anforandetext": "<p>Tack.</p>"},
          {"anforande_id": "a3", "dok_id": "H1", "anforande_nummer": "3",
           "talare": "Tredje vice talmannen", "anforandetext": "<p>Överläggningen var härmed avslutad.</p>"},
          {"anforande_id": "a4", "dok_id": "H1", "anforande_nummer": "4", "talare": "Ministern för EU-frågor Hans Dahlgren (S)",
           "anforandetext": "Herr talman! Jag vill tala om kommun-\\r\\npolitiken och om kommun- och landstingsvalen.\\r\\n\\r\\nEtt andra stycke."}
        ]}}
        """, StandardCharsets.UTF_8);
    List<Document> speeches = read(file).documents();
    assertEquals(speeches.get(0).people(), speeches.get(1).people());
    assertEquals(new Person("Amanda Lind", "MP", Role.SPEAKER, "0123"), speeches.get(0).people().get(0));
    assertEquals(new Person("Tredje vice talmannen", null, Role.CHAIR), speeches.get(2).people().get(0));
    assertEquals(new Person("Hans Dahlgren", "S", Role.SPEAKER), speeches.get(3).people().get(0));
    // Text without paragraph tags: paragraphs at blank lines, a word broken at a line end joined.
    assertEquals(List.of("Herr talman! Jag vill tala om kommunpolitiken och om kommun- och landstingsvalen.", "Ett andra stycke."),
        speeches.get(3).paragraphs());
  }

  @Test
  void wordFieldInstructionsAreNoOnesWords() {
    assertNull(WordFields.strip(" STYLEREF Kantrubrik \\* MERGEFORMAT Svar på interpellationer"));
    assertEquals("Se sidan 3 i betänkandet.", WordFields.strip("Se sidan PAGE \\* MERGEFORMAT 3 i betänkandet."));
    assertEquals("Se betänkandet.", WordFields.strip("Se HYPERLINK \\l \"_Toc1\" betänkandet."));
    assertEquals("Vanlig text utan fält.", WordFields.strip("Vanlig text utan fält."));
  }
}
