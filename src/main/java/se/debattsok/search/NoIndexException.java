package se.debattsok.search;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index where one was expected. */
public class NoIndexException extends IOException {
  private static final long serialVersionUID = 1L;

  public NoIndexException(Path indexDir) {
    super("No index at " + indexDir + ". Build one first: debattsok index --corpus DIR --index " + indexDir);
  }
}
