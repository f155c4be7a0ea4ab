package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * The Swerik project's records of the Riksdag: the real sample of 2022 (see samples/SOURCES.md) and
 * files in the layouts of 1925 and 1975 (swerik-layouts/README.md).
 */
class SwerikProtocolReaderTest {
  static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();

  static Corpus.Read read(String corpus, String relative) {
    Corpus.Read read = Corpus.read(new SourceFile(RESOURCES.resolve(corpus).resolve(relative), relative));
    assertNull(read.problem());
    return read;
  }

  static List<Document> speeches(Corpus.Read read) {
    return read.documents().stream().filter(d -> d.kind() == Kind.SPEECH).toList();
  }

  @Test
  void aSpeechIsAChainOfFragmentsWithItsSpeakerPartyDateAndDebate() {
    Corpus.Read read = read("samples/swerik-records", "202122/prot-202122--113.xml");
    assertEquals("Swerik protocol (riksdagen-records)", read.format());
    List<Document> speeches = speeches(read);
    // 21 u fragments: 17 of the two speeches of § 8, 4 of a letter read out in § 4.
    assertThat(speeches).extracting(d -> d.people().get(0))
        .containsExactly(new Person("Annika Strandhäll", "S", Role.SPEAKER, "i-9VQB2AJUahVE6YUpda5FKN"),
            new Person("Anders Åkesson", "C", Role.SPEAKER, "i-FucmvyHZ22CXcKRGnfjaC4"));
    Document answer = speeches.get(0);
    assertEquals("i-BQ8dtftkuwhpor9i8CsgBV", answer.id());
    assertEquals(LocalDate.of(2022, 5, 13), answer.date());
    assertEquals("Svar på interpellation 2021/22:439 om hemställan om undantag från biotopskydd i Kalmar län", answer.title());
    assertEquals("2021/22:113", answer.reference());
    assertEquals("Riksdagen", answer.assembly());
    assertEquals(9, answer.paragraphs().size());
    assertThat(answer.paragraphs().get(0)).startsWith("Fru talman! Anders Åkesson har frågat mig");
    assertThat(answer.paragraphs().get(8)).startsWith("Jag kan försäkra Anders Åkesson");
    assertEquals(answer.debate().id(), speeches.get(1).debate().id());
    assertThat(speeches).extracting(d -> d.debate().position()).containsExactly(1, 2);
    assertThat(read.warnings()).noneMatch(Warning::any);
  }

  @Test
  void whatIsNoSpeechIsTheSittingsMinutes() {
    List<Document> documents = read("samples/swerik-records", "202122/prot-202122--113.xml").documents();
    Document minutes = documents.stream().filter(d -> d.kind() == Kind.MINUTES).findFirst().orElseThrow();
    assertEquals("prot-202122--113", minutes.id());
    assertEquals("Riksdagens protokoll 2021/22:113", minutes.title());
    assertEquals(LocalDate.of(2022, 5, 13), minutes.date());
    assertThat(minutes.people()).isEmpty();
    assertThat(minutes.paragraphs())
        .contains("§ 1 Justering av protokoll", "Protokollet för den 22 april justerades.")
        .anySatisfy(p -> assertThat(p).startsWith("Rysslands krig mot Ukraina har fördömts")) // who="unknown": a letter
        .noneSatisfy(p -> assertThat(p).startsWith("Fru talman!"));
  }

  @Test
  void theOldRecordsOneLongDivisionIsSplitAtItsNumberedItems() {
    Corpus.Read read = read("swerik-layouts", "1925/prot-1925--ak--010.xml");
    List<Document> speeches = speeches(read);
    assertThat(speeches).extracting(d -> d.people().get(0).name())
        .containsExactly("Hagman", "Laurin", "Rydén", "Anderson i Råstock");
    // Laurin's speech runs over a page break and a running head; Rydén's is one speech by the header's list.
    assertEquals(List.of("Herr talman! När utskottet gick till behandling av denna",
        "motion, var det, såsom framgår av utlåtandet, med full tanke på att motionären har rätt i sitt yrkande."),
        speeches.get(1).paragraphs());
    assertEquals(2, speeches.get(2).paragraphs().size());
    // The record spans two days; the speeches were on the second.
    assertThat(speeches).extracting(Document::date).containsOnly(LocalDate.of(1925, 2, 11));
    assertThat(speeches.get(0).title()).startsWith("Till avgörande förelåg härefter andra kammarens");
    assertThat(speeches.get(2).title()).startsWith("Å föredragningslistan fanns vidare upptaget statsutskottets").endsWith(" …");
    assertThat(speeches).extracting(d -> d.debate().position()).containsExactly(1, 2, 1, 2);
    assertEquals("Riksdagen, andra kammaren", speeches.get(0).assembly());
    assertEquals("AK 1925:10", speeches.get(0).reference());
    // "Herr statsrådet Larsson avlämnade Kungl. Maj:ts propositioner" is marked as a speaker but holds no speech.
    assertThat(speeches).noneMatch(d -> d.people().get(0).name().contains("Larsson"));
    Document minutes = read.documents().stream().filter(d -> d.kind() == Kind.MINUTES).findFirst().orElseThrow();
    assertEquals(LocalDate.of(1925, 2, 10), minutes.date());
    assertThat(minutes.paragraphs()).contains("Dessa propositioner bordlades.")
        .doesNotContain("Nr 10.", "marens arbetsordning. (Forts. )");
  }

  @Test
  void inTheSeventiesEachItemIsADivisionAndNamesComeInCapitals() {
    List<Document> speeches = speeches(read("swerik-layouts", "1975/prot-1975--030.xml"));
    assertThat(speeches).extracting(d -> d.people().get(0))
        .extracting(Person::name, Person::party)
        .containsExactly(tuple("Henmark", "FP"), tuple("Svanström", "C"),
            tuple("Börjesson i Falköping", "C"), tuple("Lundblad", "S"));
    assertEquals(3, speeches.get(0).paragraphs().size()); // two fragments across a page break
    assertEquals("Vidareutbildning av överförmyndare", speeches.get(0).title());
    assertEquals("Granskningsmyndighet för boutredningsmannaarvode m.m.", speeches.get(2).title());
    // Swerik could not say who spoke, but the record's note does.
    assertNull(speeches.get(3).people().get(0).id());
    assertEquals(LocalDate.of(1975, 3, 5), speeches.get(3).date());
  }

  @Test
  void namesAndPartiesComeFromSwerikPersonMetadataBesideTheRecords() {
    // The same sitting without its speaker notes: only the metadata can name the speakers.
    List<Document> speeches = speeches(read("swerik-metadata", "records/202122/prot-202122--113.xml"));
    assertThat(speeches).extracting(d -> d.people().get(0))
        .containsExactly(new Person("Annika Strandhäll", "S", Role.SPEAKER, "i-9VQB2AJUahVE6YUpda5FKN"),
            new Person("Anders Åkesson", "C", Role.SPEAKER, "i-FucmvyHZ22CXcKRGnfjaC4"));
  }

  @Test
  void referencesAreTheRiksdagsOwnNumbers() {
    assertEquals("2021/22:113", SwerikProtocolReader.reference("prot-202122--113"));
    assertEquals("1975:30", SwerikProtocolReader.reference("prot-1975--030"));
    assertEquals("FK 1925:7", SwerikProtocolReader.reference("prot-1925--fk--007"));
    assertEquals("1999/2000:1", SwerikProtocolReader.reference("prot-19992000--001"));
    assertEquals("Riksdagen, första kammaren", SwerikProtocolReader.assembly("prot-1925--fk--007"));
    assertNull(SwerikProtocolReader.reference("ipq-202122--0001"));
  }
}
