package se.debattsok.corpus;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads PDFs, as councils publish them. PDFBox extracts the text page by page (pages end in a form
 * feed, as {@code pdftotext} writes them, so that the lines repeated on every page can be told from
 * the text, see {@link PageFurniture}); paragraph ends become blank lines so the same layout
 * recognition as for plain text applies. Glyphs whose font gives no Unicode mapping cannot become
 * text: they are counted and reported, never passed off as read.
 */
public final class PdfReader implements DocumentReader {

  @Override
  public Reading read(SourceFile file) throws IOException, UnreadableFileException {
    String text;
    CountingStripper stripper = new CountingStripper();
    try (PDDocument pdf = Loader.loadPDF(file.path().toFile())) {
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n\n");
      stripper.setPageEnd("\n\f\n");
      text = stripper.getText(pdf);
    } catch (InvalidPasswordException e) {
      throw new UnreadableFileException("the PDF is password-protected");
    } catch (IOException e) {
      // PDFBox reports a damaged or truncated file as an IOException; the file itself was readable.
      throw new UnreadableFileException("not a readable PDF (" + e.getMessage() + ")", e);
    }
    if (text.replace('\f', ' ').isBlank()) {
      throw new UnreadableFileException(endsProperly(file)
          ? "the PDF has no text layer (a scan needs OCR first)"
          : "the PDF is cut short (it lacks the %%EOF that ends a PDF): no text could be read from it");
    }
    List<Warning> warnings = List.of(new Warning(stripper.unmapped, stripper.glyphs, "character", "characters",
        "have no Unicode mapping in the PDF's fonts and are missing from the text"));
    return new Reading("PDF", MinutesSpeeches.split(CouncilText.parse(text, false, file.relativePath(), file.path().toString())),
        warnings);
  }

  /** Whether the file ends as a PDF ends, with %%EOF in its last kilobyte: one cut short does not. */
  private static boolean endsProperly(SourceFile file) throws IOException {
    try (var channel = java.nio.channels.FileChannel.open(file.path())) {
      long size = channel.size();
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) Math.min(1024, size));
      channel.read(tail, size - tail.capacity());
      return new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
  }

  /** Counts the glyphs shown and those whose font cannot say which character they are. */
  private static final class CountingStripper extends PDFTextStripper {
    int glyphs;
    int unmapped;

    @Override
    protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
      glyphs++;
      if (font.toUnicode(code) == null) {
        unmapped++;
      }
      super.showGlyph(matrix, font, code, displacement);
    }
  }
}
