package se.debattsok.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import se.debattsok.model.Document;

/**
 * The documents of a file beyond its first piece, made ready on the reading threads a few pieces
 * ahead of the writer. Analysed text takes many times the room of the text itself, so a file of
 * hundreds of megabytes (a JSON-lines export, a year of minutes) is never held analysed whole.
 */
final class Pieces<T> {
  /** Characters of text in a piece: what a reading thread makes ready in one go. */
  static final int CHARS = 1 << 18;

  private final IndexRun<T> run;
  private final IndexRun.Prepared<T> file;
  private final ExecutorService pool;
  private final int ahead;
  private final Deque<Future<List<IndexRun.Analysed<T>>>> window = new ArrayDeque<>();
  private int submitted;

  /** @param ahead pieces being made ready at once, at most */
  Pieces(IndexRun<T> run, IndexRun.Prepared<T> file, ExecutorService pool, int ahead) {
    this.run = run;
    this.file = file;
    this.pool = pool;
    this.ahead = Math.max(1, ahead);
    this.submitted = file.first().size();
  }

  /** The next piece, in the file's order; null after the last. */
  List<IndexRun.Analysed<T>> next() throws IOException {
    List<Document> docs = file.read().documents();
    while (window.size() < ahead && submitted < docs.size()) {
      List<Document> piece = docs.subList(submitted, end(docs, submitted));
      submitted += piece.size();
      window.add(pool.submit(() -> run.analyse(piece, file.key(), file.fingerprint())));
    }
    return window.isEmpty() ? null : await(window.removeFirst());
  }

  /** Where the piece that starts at {@code from} ends: after {@link #CHARS} of text, or one document. */
  static int end(List<Document> docs, int from) {
    long chars = 0;
    int to = from;
    while (to < docs.size() && (to == from || chars < CHARS)) {
      for (String paragraph : docs.get(to).paragraphs()) {
        chars += paragraph.length();
      }
      to++;
    }
    return to;
  }

  /** What a task on the reading threads made; its failure as the exception it threw. */
  static <V> V await(Future<V> task) throws IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io; // a failure of the index itself (e.g. disk full): the run stops
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
