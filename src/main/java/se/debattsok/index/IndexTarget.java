package se.debattsok.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import se.debattsok.model.Document;

/**
 * Where an index run writes: a Lucene index on this machine ({@link LuceneTarget}) or a SolrCloud
 * collection ({@link SolrTarget}). {@link Indexer} decides what to read and in which order; a target
 * only stores.
 *
 * @param <T> a document made ready to write, on a reading thread
 */
interface IndexTarget<T> extends Closeable {
  /** What the index holds, file by file; {@code files()} null when it must be rebuilt whole. */
  IndexState.Existing existing();

  /**
   * Told before any document is prepared what the corpus's context is ({@link IndexState#contextOf}):
   * the lists of people and parties the files are read with, recorded with what is written.
   */
  void begin(String context);

  /** The document made ready to write (analysed, converted); called from several threads. */
  T prepare(Document doc, String fingerprint) throws IOException;

  /** Replaces a file's documents by these; none removes them. In path order, on one thread. */
  void replace(String source, List<T> docs, IndexState.Indexed old) throws IOException;

  /**
   * More documents of the file last given to {@link #replace}: a large file is written in pieces,
   * so that its analysed documents are never held whole.
   */
  void add(List<T> docs) throws IOException;

  /** Makes the run's writes the index. */
  void commit() throws IOException;

  /** Leaves the index as it was before the run, where the target can. */
  void rollback() throws IOException;

  /** Documents in the index after the commit. */
  int documents() throws IOException;
}
