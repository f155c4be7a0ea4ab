package se.debattsok.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** TREC relevance judgments: {@code qid 0 docid grade}, one per line. */
public final class Qrels {
  private Qrels() {}

  /** qid → (document id → grade). */
  public static Map<String, Map<String, Integer>> read(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      if (parts.length != 4) {
        throw new IOException(file + ", line " + lineNumber + ": expected 'qid 0 docid grade', got '" + line + "'");
      }
      try {
        qrels.computeIfAbsent(parts[0], q -> new HashMap<>()).put(parts[2], Integer.parseInt(parts[3]));
      } catch (NumberFormatException e) {
        throw new IOException(file + ", line " + lineNumber + ": the grade '" + parts[3] + "' is not a number");
      }
    }
    return qrels;
  }
}
