package se.debattsok.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import se.debattsok.search.BatchSearcher;

/**
 * Queries one per line, as TREC tools and our users write them: {@code QUERY} or {@code
 * QID<TAB>QUERY}. Without a qid the line number is the qid. Blank lines are skipped; bytes that are
 * not UTF-8 become U+FFFD rather than stopping a long run.
 */
public final class Topics {
  private Topics() {}

  public static List<BatchSearcher.Query> read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      List<BatchSearcher.Query> topics = new java.util.ArrayList<>();
      stream(in).forEachRemaining(topics::add);
      return topics;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Reads lazily, so that a large file or a pipe is searched while it is still being read. */
  public static Iterator<BatchSearcher.Query> stream(InputStream in) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    return new Iterator<>() {
      private int lineNumber;
      private BatchSearcher.Query next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          String line;
          try {
            line = reader.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          if (line == null) {
            return false;
          }
          lineNumber++;
          next = parse(line, lineNumber);
        }
        return true;
      }

      @Override
      public BatchSearcher.Query next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        BatchSearcher.Query query = next;
        next = null;
        return query;
      }
    };
  }

  static BatchSearcher.Query parse(String line, int lineNumber) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
    if (text.isBlank()) {
      return null;
    }
    int tab = text.indexOf('\t');
    if (tab >= 0) {
      return new BatchSearcher.Query(text.substring(0, tab).strip(), text.substring(tab + 1).strip());
    }
    return new BatchSearcher.Query(Integer.toString(lineNumber), text.strip());
  }
}
