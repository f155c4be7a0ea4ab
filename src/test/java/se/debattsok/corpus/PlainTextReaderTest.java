package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

class PlainTextReaderTest {
  private final PlainTextReader reader = new PlainTextReader();

  /** The checks every rendering of the Stockholm answer must pass: text here, PDF in PdfReaderTest. */
  static void assertStockholmAnswer(Document doc) {
    assertEquals(Kind.ANSWER, doc.kind());
    assertThat(doc.title())
        .startsWith("Svar på Interpellation av Per Rosencrantz (M) till")
        .endsWith("om Socialdemokraternas integrationspolitik");
    assertEquals("KS 2024/142", doc.reference());
    assertEquals(LocalDate.of(2024, 3, 20), doc.date());
    assertEquals("Stockholms stad, kommunfullmäktige", doc.assembly());
    assertEquals(
        List.of(new Person("Per Rosencrantz", "M", Role.ASKER), new Person("Emilia Bjuggren", "S", Role.ANSWERER)),
        doc.people());
    assertThat(doc.addressee()).isEqualTo("utbildnings- arbetsmarknads- och personalborgarrådet Emilia Bjuggren (S)");
    // Paragraphs cut by a page break are whole again.
    assertThat(doc.paragraphs()).anyMatch(p -> p.contains("Flera av förslagen är implementerade i stadens arbete"));
    assertThat(doc.paragraphs())
        .anyMatch(p -> p.contains("med stöd av Sverigedemokraterna som kommer leda till cementerade klyftor"));
    // The title, Dnr, closing date and signature are metadata, not body text.
    assertThat(doc.paragraphs().get(0)).startsWith("”Segregation och ojämlikhet är självförstärkande fenomen.");
    assertThat(doc.paragraphs()).noneMatch(p -> p.startsWith("Dnr") || p.startsWith("Stockholm den") || p.equals("Emilia Bjuggren"));
    assertEquals(12, doc.paragraphs().size());
  }

  @Test
  void recognisesTheStockholmAnswer() throws Exception {
    List<Document> docs = reader.read(new SourceFile(TestData.STOCKHOLM, "svar-interpellation-rosencrantz-ks-2024-142.txt")).documents();
    assertEquals(1, docs.size());
    assertEquals("svar-interpellation-rosencrantz-ks-2024-142.txt", docs.get(0).id());
    assertStockholmAnswer(docs.get(0));
  }

  @Test
  void markdownTitleIsTheFirstHeadingAndOtherTextIsKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("motion.md");
    Files.writeString(
        file,
        "# Motion av Anna Svensson (mp) och Karl Berg (V) om fler cykelbanor\n\nStaden behöver cykelbanor.\n\n## Förslag\n\nBygg dem.\n",
        StandardCharsets.UTF_8);
    Document doc = reader.read(new SourceFile(file, "sub/motion.md")).documents().get(0);
    assertEquals("sub/motion.md", doc.id());
    assertEquals("Motion av Anna Svensson (mp) och Karl Berg (V) om fler cykelbanor", doc.title());
    assertEquals(Kind.MOTION, doc.kind());
    assertEquals(
        List.of(new Person("Anna Svensson", "MP", Role.ASKER), new Person("Karl Berg", "V", Role.ASKER)), doc.people());
    assertEquals(List.of("Staden behöver cykelbanor.", "Förslag", "Bygg dem."), doc.paragraphs());
  }

  @Test
  void aPlainNoteHasItsFirstLineAsTitle(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("note.txt");
    Files.writeString(file, "\n\nAnteckningar från mötet\nrad två\n\nInget mer.", StandardCharsets.UTF_8);
    Document doc = reader.read(new SourceFile(file, "note.txt")).documents().get(0);
    assertEquals("Anteckningar från mötet rad två", doc.title());
    assertEquals(Kind.OTHER, doc.kind());
    assertEquals(List.of("Inget mer."), doc.paragraphs());
  }

  @Test
  void latin1IsRefusedWithAReason(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Svar på interpellation om äldreomsorg".getBytes(StandardCharsets.ISO_8859_1));
    var e = assertThrows(UnreadableFileException.class, () -> reader.read(new SourceFile(file, "latin1.txt")));
    assertThat(e.getMessage()).contains("not UTF-8");
  }

  @Test
  void emptyAndBinaryFilesAreRefused(@TempDir Path dir) throws Exception {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
    assertThat(assertThrows(UnreadableFileException.class, () -> reader.read(new SourceFile(empty, "e"))).getMessage())
        .isEqualTo("empty file");
    assertThat(assertThrows(UnreadableFileException.class, () -> reader.read(new SourceFile(binary, "b"))).getMessage())
        .contains("binary");
  }
}
