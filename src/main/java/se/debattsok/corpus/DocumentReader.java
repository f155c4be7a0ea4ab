package se.debattsok.corpus;

import java.io.IOException;

/** Reads one source format. One file may hold several documents (a sitting holds many speeches). */
public interface DocumentReader {

  /**
   * @throws UnreadableFileException when the content is not what this format promises (bad XML, not
   *     UTF-8, empty); the message says why
   * @throws IOException when the file cannot be read at all
   */
  Reading read(SourceFile file) throws IOException, UnreadableFileException;
}
