package se.debattsok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real samples of the sources Debattsök reads (ParlaMint-SE, Swerik, the Riksdag's JSON, a
 * council's PDF), with files in other layouts, through the command line: inspected, indexed and
 * searched as a user would.
 */
class RealSourcesTest {
  static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static Path index;
  static MainTest.Run indexing;

  @BeforeAll
  static void index() {
    index = dir.resolve("index");
    indexing = MainTest.run("index", "--strict", "--index", index.toString(), "--corpus", RESOURCES.resolve("samples").toString(),
        "--corpus", RESOURCES.resolve("parlamint-ana").toString(), "--corpus", RESOURCES.resolve("swerik-layouts").toString());
  }

  @Test
  void indexingSaysWhatItPassedOverAndWhatTheDocumentsLack() {
    assertEquals(0, indexing.code(), indexing.err()); // --strict: nothing passed over is a failure
    assertThat(indexing.out()).startsWith("Built index of").contains(", 0 skipped.");
    assertThat(indexing.err())
        .contains("Passed over, as another file holds the same:")
        .contains("ParlaMint-SE_2022-05-13-prot-202122--113.ana.xml: the same sitting as ParlaMint-SE_2022-05-13-prot-202122--113.xml")
        .contains("Warnings (see `debattsok inspect FILE` for each file):")
        // Out of every speech indexed (the ParlaMint sample once, though two folders hold it): the 1975
        // record's four have their parties, the 1925 record's four not.
        .contains("4 of 13 speeches have no party for their speaker (1 file: " + RESOURCES.resolve("swerik-layouts/1925/prot-1925--ak--010.xml"))
        .contains("2 of 14 speeches have no debate title (1 file: ")
        .doesNotContain("COMMONS-LOGGING", "PDFBox", "WARN");
  }

  @Test
  void aPartyNamedByAWikidataIdIsFoundByItsAbbreviation() throws Exception {
    MainTest.Run run = MainTest.run("search", "--index", index.toString(), "--json", "--party", "S", "vindkraften");
    assertEquals(0, run.code(), run.err());
    JsonNode hits = JSON.readTree(run.out()).get("hits");
    assertThat(hits.size()).isPositive();
    assertEquals("Khashayar Farmanbar", hits.get(0).get("people").get(0).get("name").asText());
    assertEquals("S", hits.get(0).get("people").get(0).get("party").asText());
  }

  @Test
  void anAgendaItemIsFoundByItsDnrAndNoPageFurnitureIsText() throws Exception {
    JsonNode byDnr = JSON.readTree(MainTest.run("search", "--index", index.toString(), "--json", "dnr:\"KF/2006.203\"").out());
    assertThat(byDnr.get("hits")).singleElement().satisfies(hit -> {
      assertThat(hit.get("id").asText()).endsWith("hogsby-kommunstyrelsen-2007-01-08.pdf/s3a");
      assertEquals("Budget och målsättningar 2007-2009", hit.get("title").asText());
      assertEquals("Högsby kommun, kommunstyrelsen", hit.get("assembly").asText());
    });
    JsonNode byItem = JSON.readTree(MainTest.run("search", "--index", index.toString(), "--json", "dnr:\"KS § 3 a\"").out());
    assertEquals(1, byItem.get("total").asInt());
    // On every one of the 14 pages, and never the text.
    assertEquals(0, JSON.readTree(MainTest.run("search", "--index", index.toString(), "--json", "\"justerandes sign\"").out()).get("total").asInt());
  }

  @Test
  void inspectShowsWhatAFileIsReadAs() {
    MainTest.Run run = MainTest.run("inspect", RESOURCES.resolve("samples/parlamint-se/2022/ParlaMint-SE_2022-05-13-prot-202122--113.xml").toString());
    assertEquals(0, run.code(), run.err());
    assertThat(run.out())
        .contains("format:     ParlaMint TEI sitting")
        .contains("documents:  5 (1 minutes, 4 speeches)")
        .contains("dates:      2022-05-13")
        .contains("Annika Strandhäll (S), speaker, 1 document", "Khashayar Farmanbar (S), speaker, 1 document")
        .contains("warnings:", "2 of 4 speeches have no debate title");
    assertThat(run.err()).contains("Inspected 1 file: 5 documents, 1 file with warnings, 0 unreadable.");
  }

  @Test
  void inspectWritesJsonLinesForScripts() throws Exception {
    MainTest.Run run = MainTest.run("inspect", "--json", RESOURCES.resolve("samples").toString());
    assertEquals(0, run.code(), run.err());
    List<JsonNode> files = run.out().lines().map(line -> {
      try {
        return JSON.readTree(line);
      } catch (Exception e) {
        throw new AssertionError(line, e);
      }
    }).toList();
    JsonNode pdf = files.stream().filter(f -> f.get("path").asText().endsWith(".pdf")).findFirst().orElseThrow();
    assertEquals("PDF", pdf.get("format").asText());
    assertEquals(14, pdf.get("kinds").get("minutes").asInt());
    assertThat(pdf.get("references").toString()).contains("KS § 3 a", "Dnr KF/2006.203");
    JsonNode swerik = files.stream().filter(f -> f.get("path").asText().endsWith("/202122/prot-202122--113.xml")).findFirst().orElseThrow();
    assertEquals(2, swerik.get("kinds").get("speech").asInt());
    assertEquals("2022-05-13", swerik.get("firstDate").asText());
    assertThat(swerik.get("people").toString()).contains("\"name\":\"Anders Åkesson\",\"party\":\"C\",\"role\":\"speaker\"");
    JsonNode json = files.stream().filter(f -> f.get("path").asText().endsWith(".json")).findFirst().orElseThrow();
    assertEquals("1 of 2 speeches has no speaker", json.get("warnings").get(0).asText());
  }

  @Test
  void inspectSaysWhatCannotBeReadAndExitsWithItsStatus(@TempDir Path tmp) throws Exception {
    Path broken = Files.writeString(tmp.resolve("broken.xml"), "<TEI>");
    MainTest.Run unreadable = MainTest.run("inspect", broken.toString());
    assertEquals(1, unreadable.code());
    assertThat(unreadable.out()).contains("cannot be read: malformed XML");
    MainTest.Run missing = MainTest.run("inspect", tmp.resolve("nope.xml").toString());
    assertEquals(2, missing.code());
    assertThat(missing.err()).contains("no such file or folder: " + tmp.resolve("nope.xml"));
    MainTest.Run other = MainTest.run("inspect", Files.writeString(tmp.resolve("data.csv"), "a,b").toString());
    assertEquals(1, other.code());
    assertThat(other.out()).contains("not a type Debattsök reads");
  }
}
