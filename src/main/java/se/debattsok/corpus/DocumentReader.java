package se.debattsok.corpus;

import java.io.IOException;
import java.util.List;
import se.debattsok.model.Document;

/** Reads one source format. One file may hold several documents (a sitting holds many speeches). */
public interface DocumentReader {

  /**
   * @throws UnreadableFileException when the content is not what this format promises (bad XML, not
   *     UTF-8, empty); the message says why
   * @throws IOException when the file cannot be read at all
   */
  List<Document> read(SourceFile file) throws IOException, UnreadableFileException;
}
