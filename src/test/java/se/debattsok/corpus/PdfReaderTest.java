package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.model.Document;

/** The Stockholm answer laid out as a council would publish it: wrapped lines over several pages. */
class PdfReaderTest {

  @Test
  void readsTheStockholmAnswerFromAPdf(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("svar.pdf");
    writePdf(Files.readString(TestData.STOCKHOLM, StandardCharsets.UTF_8), pdf);
    Document doc = new PdfReader().read(new SourceFile(pdf, "svar.pdf")).documents().get(0);
    assertEquals("svar.pdf", doc.id());
    PlainTextReaderTest.assertStockholmAnswer(doc);
  }

  @Test
  void aTruncatedPdfIsReportedWithTheReason(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("whole.pdf");
    writePdf(Files.readString(TestData.STOCKHOLM, StandardCharsets.UTF_8), pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    Path truncated = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(bytes, 400));
    var e = assertThrows(UnreadableFileException.class, () -> new PdfReader().read(new SourceFile(truncated, "t.pdf")));
    assertThat(e.getMessage()).isNotBlank();
  }

  @Test
  void aPdfCutShortIsNeverCalledAScanWithoutText(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("whole.pdf");
    writePdf(Files.readString(TestData.STOCKHOLM), pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    for (int percent : new int[] {30, 50, 70, 85, 95, 99}) {
      Path cut = Files.write(dir.resolve("cut" + percent + ".pdf"), Arrays.copyOf(bytes, bytes.length * percent / 100));
      try {
        new PdfReader().read(new SourceFile(cut, "cut.pdf"));
      } catch (UnreadableFileException e) {
        assertThat(e.getMessage()).as(percent + " %").doesNotContain("no text layer");
      }
    }
  }

  /** Paragraphs wrapped at about 85 characters with a gap between them, pages of 40 lines. */
  static void writePdf(String text, Path target) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      lines.addAll(wrap(paragraph.replace('\n', ' ').strip(), 85));
      lines.add("");
    }
    var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument doc = new PDDocument()) {
      int perPage = 40;
      for (int first = 0; first < lines.size(); first += perPage) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.beginText();
          content.setFont(font, 10);
          content.setLeading(14);
          content.newLineAtOffset(60, 780);
          for (String line : lines.subList(first, Math.min(first + perPage, lines.size()))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      doc.save(target.toFile());
    }
  }

  private static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return lines;
  }
}
