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

/**
 * A council's minutes as councils publish them: the real Högsby minutes (samples/municipal-pdf, 14
 * pages, its letterhead and footer on every page) and the text {@code pdftotext} makes of such files.
 */
class CouncilMinutesTest {
  static final Path HOGSBY = Path.of("src/test/resources/samples/municipal-pdf/hogsby-kommunstyrelsen-2007-01-08.pdf").toAbsolutePath();

  static Corpus.Read read(Path file, String relative) {
    Corpus.Read read = Corpus.read(new SourceFile(file, relative));
    assertNull(read.problem());
    return read;
  }

  @Test
  void theLetterheadSaysWhatTheMinutesAreAndIsNoText() {
    Corpus.Read read = read(HOGSBY, "hogsby.pdf");
    assertEquals("PDF", read.format());
    Document minutes = read.documents().get(0);
    assertEquals("hogsby.pdf", minutes.id());
    assertEquals(Kind.MINUTES, minutes.kind());
    assertEquals("Kommunstyrelsen, protokoll 2007-01-08", minutes.title());
    assertEquals(LocalDate.of(2007, 1, 8), minutes.date());
    assertEquals("Högsby kommun, kommunstyrelsen", minutes.assembly());
    assertThat(minutes.paragraphs().get(0)).startsWith("Plats och tid Kommunhusets tingssal");
    for (Document doc : read.documents()) {
      assertThat(doc.paragraphs()).noneMatch(p -> p.contains("Justerandes sign") || p.contains("HÖGSBY KOMMUN")
          || p.contains("Sammanträdesdatum"));
    }
    assertThat(read.warnings()).noneMatch(Warning::any);
  }

  @Test
  void eachNumberedItemIsADocumentWithItsReferences() {
    List<Document> items = read(HOGSBY, "hogsby.pdf").documents().subList(1, 14);
    assertThat(items).extracting(Document::id).containsExactly("hogsby.pdf/s1", "hogsby.pdf/s2", "hogsby.pdf/s3a",
        "hogsby.pdf/s3b", "hogsby.pdf/s4", "hogsby.pdf/s5", "hogsby.pdf/s6", "hogsby.pdf/s7", "hogsby.pdf/s8", "hogsby.pdf/s9",
        "hogsby.pdf/s10", "hogsby.pdf/s11", "hogsby.pdf/s12");
    Document budget = items.get(2);
    assertEquals("Budget och målsättningar 2007-2009", budget.title());
    assertEquals("KS § 3 a · Dnr KF/2006.203", budget.reference());
    assertEquals(List.of("KS § 3 a", "Dnr KF/2006.203"), budget.references());
    assertEquals("Kommunstyrelsen, protokoll 2007-01-08", budget.heading());
    assertEquals(Kind.MINUTES, budget.kind());
    assertEquals(LocalDate.of(2007, 1, 8), budget.date());
    assertThat(budget.paragraphs().get(0)).startsWith("Ewa Engdahl informerar om budget och målsättningar");
    assertEquals("KS § 1 · Dnr KU/2007.9", items.get(0).reference());
    // Decisions the text cites are no items of these minutes.
    assertThat(items.get(8).paragraphs()).contains("KU § 317 06-12-05", "KS § 437 06-12-13");
  }

  @Test
  void minutesAsTextFromPdftotextReadTheSame(@TempDir Path dir) throws Exception {
    String page = """
        SALA KOMMUN                         SAMMANTRÄDESPROTOKOLL        Sida %d
        Barn- och utbildningsnämnden
        Sammanträdesdatum 2023-02-14

        %s

        Justerandes signatur                Utdragsbestyrkande
        """;
    String text = String.join("\f",
        page.formatted(1, "Plats och tid Stadshuset kl 13.00\n\nBeslutande Anna Ek (S), ordförande"),
        page.formatted(2, "BUN § 12                              Dnr 2023/45\n\nSkolskjutsar\n\nNämnden beslutar att skolskjutsarna utreds."),
        page.formatted(3, "BUN § 13                              Dnr 2023/51\nLäsårstider 2023/2024\n\nNämnden fastställer läsårstiderna."));
    Path file = Files.writeString(dir.resolve("bun-2023-02-14.txt"), text, StandardCharsets.UTF_8);
    List<Document> docs = read(file, "bun-2023-02-14.txt").documents();
    assertThat(docs).extracting(Document::title).containsExactly(
        "Barn- och utbildningsnämnden, protokoll 2023-02-14", "Skolskjutsar", "Läsårstider 2023/2024");
    assertEquals("Sala kommun, barn- och utbildningsnämnden", docs.get(0).assembly());
    assertEquals("BUN § 13 · Dnr 2023/51", docs.get(2).reference());
    assertEquals(List.of("Nämnden fastställer läsårstiderna."), docs.get(2).paragraphs());
    assertThat(docs).allSatisfy(d -> assertThat(d.paragraphs()).noneMatch(p -> p.contains("Utdragsbestyrkande")));
  }

  @Test
  void linesRepeatedAtTheEdgesOfPagesAreFurnitureAndNothingElse() {
    String text = String.join("\f",
        "Kommunstyrelsen\nProtokoll 1\nKS § 4 Dnr KF/2006.366\nText som börjar sidan.\nMitt på sidan.\nJusterandes sign",
        "Kommunstyrelsen\nProtokoll 2\nKS § 5 Dnr KF/2006.366\nRad ett.\nRad två.\nRad tre.\nKommunstyrelsen\nMer text.\nJusterandes sign",
        "Kommunstyrelsen\nProtokoll 3\nKS § 6 Dnr KF/2006.366\nÄnnu mer text.\nSista raden.\nJusterandes sign");
    PageFurniture.Result result = PageFurniture.strip(text);
    assertEquals(List.of("Kommunstyrelsen", "Protokoll 1", "Justerandes sign"), result.furniture());
    assertThat(result.text()).contains("KS § 4 Dnr KF/2006.366", "KS § 5 Dnr KF/2006.366", "Mitt på sidan.")
        .doesNotContain("Protokoll 2", "Justerandes sign");
    // In the middle of a page the same words are text.
    assertThat(result.text().lines().filter(l -> l.equals("Kommunstyrelsen"))).hasSize(1);
  }

  @Test
  void theLetterheadIsReadWhereverItPutsItsParts() {
    MinutesHeader header = MinutesHeader.of(List.of("GÖTEBORGS STAD", "STADSBYGGNADSNÄMNDEN Protokoll nr 5",
        "Sammanträde tisdagen den 14 februari 2023"));
    assertEquals(new MinutesHeader("Göteborgs stad", "Stadsbyggnadsnämnden", LocalDate.of(2023, 2, 14), true), header);
    assertEquals("Stadsbyggnadsnämnden, protokoll 2023-02-14", header.title());
    assertEquals("Göteborgs stad, stadsbyggnadsnämnden", header.assembly());
    assertEquals("Kommunstyrelsens arbetsutskott",
        MinutesHeader.of(List.of("Sammanträdesprotokoll för kommunstyrelsens arbetsutskott 2021-05-03")).body());
    // An answer to an interpellation is no minutes, whatever it mentions.
    assertNull(MinutesHeader.of(List.of("Svar på interpellation av Per Rosencrantz (M) om kommunstyrelsens protokoll",
        "Dnr KS 2024/142", "Stockholm den 20 mars 2024")).title());
  }
}
