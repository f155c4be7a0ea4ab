package se.debattsok.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.LockObtainFailedException;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.FileProblem;
import se.debattsok.corpus.SourceFile;
import se.debattsok.corpus.Warning;

/**
 * Brings an index in line with corpus folders: reads new and changed files, removes the documents
 * of files that are gone, and leaves unchanged files alone. Everything is committed once, at the
 * end. A change of analysis or schema rebuilds the whole index, since old terms would not match.
 * Where it writes is an {@link IndexTarget}: a Lucene index in a folder, or a Solr collection.
 */
public final class Indexer {
  /** Told of progress while files are read; called from several threads. */
  public interface Listener {
    default void planned(int filesToRead, long bytesToRead) {}

    /**
     * Bytes of the files read, counted as their documents are written: a large file's in parts, as
     * its pieces are. Over a run they sum to the bytes {@link #planned}; on the thread that writes.
     */
    default void bytesDone(long bytes) {}

    default void problem(FileProblem problem) {}

    /** The ids of the documents of one file (re)written in this run, on the thread that writes. */
    default void written(List<String> ids) {}
  }

  /**
   * @param documents documents in the index after the run
   * @param filesRead files read in this run (new or changed)
   * @param filesUnchanged files whose documents were kept as they were
   * @param filesRemoved files gone from the corpus whose documents were removed
   * @param documentsWritten documents (re)written in this run
   * @param unsupported files of a type no reader handles
   * @param rebuilt whether the whole index was rebuilt
   * @param passedOver files not read, or documents not read again, because another file holds them
   * @param warnings what the documents of the files read lack, summed by kind over the files
   * @param damage why the index found was rebuilt whole instead of updated (a checksum that did not
   *     match), or null
   */
  public record Summary(
      int documents,
      int filesRead,
      int filesUnchanged,
      int filesRemoved,
      int documentsWritten,
      List<FileProblem> problems,
      int unsupported,
      long bytesRead,
      Duration elapsed,
      boolean rebuilt,
      List<FileProblem> passedOver,
      List<WarningTotal> warnings,
      String damage) {

    public double megabytesPerSecond() {
      double seconds = Math.max(elapsed.toNanos() / 1e9, 1e-3);
      return bytesRead / 1e6 / seconds;
    }
  }

  /**
   * A kind of warning summed over a run, in how many files it was found, and the first few of them
   * (so that a user knows where to look).
   */
  public record WarningTotal(Warning warning, int files, List<String> examples) {
    static final int EXAMPLES = 3;

    WarningTotal plus(WarningTotal other) {
      List<String> more = new ArrayList<>(examples);
      other.examples().stream().limit(Math.max(0, EXAMPLES - more.size())).forEach(more::add);
      return new WarningTotal(warning.plus(other.warning()), files + other.files(), List.copyOf(more));
    }
  }

  private final int threads;

  public Indexer(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** Brings the Lucene index in a folder in line with the corpus folders. */
  public Summary index(List<Path> corpora, Path indexDir, Listener listener) throws IOException {
    try (LuceneTarget target = LuceneTarget.open(indexDir)) {
      return run(corpora, target, listener);
    } catch (LockObtainFailedException e) {
      throw new IOException("the index " + indexDir + " is being written by another process; try again when it has finished", e);
    } catch (CorruptIndexException e) {
      throw new IOException("the index " + indexDir + " is damaged; delete the folder and index again", e);
    }
  }

  /** Brings a SolrCloud collection in line with the corpus folders, in the same way. */
  public Summary index(List<Path> corpora, SolrCluster cluster, Listener listener) throws IOException {
    try (SolrTarget target = SolrTarget.open(cluster, listener)) {
      return run(corpora, target, listener);
    }
  }

  private <T> Summary run(List<Path> corpora, IndexTarget<T> target, Listener listener) throws IOException {
    long start = System.nanoTime();
    IndexState.Existing found = target.existing();
    Map<String, IndexState.Indexed> existing = found.files();
    boolean rebuild = existing == null;
    if (rebuild) {
      existing = Map.of();
    }

    Corpus.Scan scan = Corpus.scan(corpora);
    List<FileProblem> problems = new ArrayList<>(scan.problems());
    scan.problems().forEach(listener::problem);

    // Decide per file: unchanged (keep), or read. Files are keyed by absolute path so that the
    // same file reached through two corpus folders is read once.
    Map<String, SourceFile> wanted = new LinkedHashMap<>();
    Map<String, String> fingerprints = new HashMap<>();
    for (SourceFile file : scan.files()) {
      String key = IndexRun.key(file.path());
      try {
        BasicFileAttributes attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
        fingerprints.put(key, attrs.size() + ":" + attrs.lastModifiedTime().toMillis());
        wanted.putIfAbsent(key, file);
      } catch (IOException e) {
        FileProblem problem = new FileProblem(file.path().toString(), Corpus.describe(e));
        problems.add(problem);
        listener.problem(problem);
      }
    }
    // Each id is owned by the file it came from: the file that holds it in the index keeps it (also
    // when that file is read again), and of files new to the index the first in path order.
    Map<String, String> ids = new HashMap<>(); // id → the file that owns it; touched by the writing thread only
    List<SourceFile> toRead = new ArrayList<>();
    int unchanged = 0;
    // A list of people or parties changed: every file is read again, since the sittings read
    // with it name their speakers and parties from it though their own files are as they were.
    String context = IndexState.contextOf(scan.context());
    boolean contextChanged = !rebuild && !context.equals(found.context());
    for (var entry : wanted.entrySet()) {
      IndexState.Indexed old = existing.get(entry.getKey());
      if (old != null) {
        old.ids().forEach(id -> ids.putIfAbsent(id, entry.getKey()));
      }
      if (!contextChanged && old != null && old.fingerprint().equals(fingerprints.get(entry.getKey()))) {
        unchanged++;
      } else {
        toRead.add(entry.getValue());
      }
    }
    List<String> removed = existing.keySet().stream().filter(k -> !wanted.containsKey(k)).sorted().toList();

    long bytesToRead = toRead.stream().mapToLong(f -> IndexRun.sizeOf(fingerprints.get(IndexRun.key(f.path())))).sum();
    listener.planned(toRead.size(), bytesToRead);

    target.begin(context);
    IndexRun<T> run = new IndexRun<>(target, existing, fingerprints, ids, listener, new AtomicInteger(), new AtomicLong(),
        new LinkedHashMap<>(), new ArrayList<>());
    try {
      for (String source : removed) {
        target.replace(source, List.of(), existing.get(source));
      }
      problems.addAll(readAll(toRead, run));
      target.commit();
    } catch (IOException | RuntimeException | Error e) {
      target.rollback();
      throw e;
    }
    return new Summary(
        target.documents(),
        toRead.size(),
        unchanged,
        removed.size(),
        run.written().get(),
        List.copyOf(problems),
        scan.unsupported(),
        run.bytesRead().get(),
        Duration.ofNanos(System.nanoTime() - start),
        rebuild,
        concat(scan.passedOver(), run.alreadyRead()),
        run.warningTotals(),
        found.damage());
  }

  /**
   * Files being read and analysed at once, at most, and their bytes: enough to keep the threads
   * busy, few enough to bound memory (analysed text takes many times its size).
   */
  private static final int FILES_IN_FLIGHT = 64;

  private static final long BYTES_IN_FLIGHT = 4L << 20;

  /**
   * Reads and analyses the files on a pool of threads, and writes them on this one in the order of
   * the list (path order): at most {@value #FILES_IN_FLIGHT} files or {@value #BYTES_IN_FLIGHT} bytes
   * ahead of the writer, each analysed as far as its first piece; the other pieces of a large file
   * are analysed on the pool while it is written ({@link Pieces}).
   */
  private <T> List<FileProblem> readAll(List<SourceFile> files, IndexRun<T> run) throws IOException {
    List<FileProblem> problems = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("indexer-", 0).factory());
    try {
      Deque<Future<IndexRun.Prepared<T>>> window = new ArrayDeque<>();
      int submitted = 0;
      long bytesInFlight = 0;
      for (int written = 0; written < files.size(); written++) {
        while (submitted < files.size()
            && (window.isEmpty() || window.size() < FILES_IN_FLIGHT && bytesInFlight < BYTES_IN_FLIGHT)) {
          SourceFile file = files.get(submitted++);
          bytesInFlight += IndexRun.sizeOf(run.fingerprints().get(IndexRun.key(file.path())));
          window.add(pool.submit(() -> run.prepare(file)));
        }
        IndexRun.Prepared<T> file = Pieces.await(window.removeFirst());
        bytesInFlight -= IndexRun.sizeOf(file.fingerprint());
        problems.addAll(run.write(file, new Pieces<>(run, file, pool, threads + 1)));
      }
    } finally {
      pool.shutdownNow();
    }
    return problems;
  }

  private static List<FileProblem> concat(List<FileProblem> a, List<FileProblem> b) {
    List<FileProblem> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
