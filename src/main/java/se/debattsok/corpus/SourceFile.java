package se.debattsok.corpus;

import java.nio.file.Path;

/**
 * A file found in a corpus folder.
 *
 * @param path where to read it
 * @param relativePath its path below the corpus folder, with '/' separators on every platform
 */
public record SourceFile(Path path, String relativePath) {

  /** Lower-case extension without the dot, or "" when the name has none. */
  public String extension() {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
