package se.debattsok.corpus;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import se.debattsok.model.Document;

/**
 * Reads PDFs, as councils publish them. PDFBox extracts the text; paragraph and page ends become
 * blank lines so the same layout recognition as for plain text applies, and paragraphs cut by a
 * page break are joined again there.
 */
public final class PdfReader implements DocumentReader {

  @Override
  public List<Document> read(SourceFile file) throws IOException, UnreadableFileException {
    String text;
    try (PDDocument pdf = Loader.loadPDF(file.path().toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setLineSeparator("\n");
      stripper.setParagraphEnd("\n\n");
      stripper.setPageEnd("\n\n");
      text = stripper.getText(pdf);
    } catch (InvalidPasswordException e) {
      throw new UnreadableFileException("the PDF is password-protected");
    } catch (IOException e) {
      // PDFBox reports a damaged or truncated file as an IOException; the file itself was readable.
      throw new UnreadableFileException("not a readable PDF (" + e.getMessage() + ")", e);
    }
    if (text.isBlank()) {
      throw new UnreadableFileException("the PDF has no text layer (a scan needs OCR first)");
    }
    return MinutesSpeeches.split(CouncilText.parse(text, false, file.relativePath(), file.path().toString()));
  }
}
