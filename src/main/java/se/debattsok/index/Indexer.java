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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.FileProblem;
import se.debattsok.corpus.SourceFile;
import se.debattsok.corpus.Warning;

/**
 * Brings an index in line with corpus folders: reads new and changed files, removes the documents
 * of files that are gone, and leaves unchanged files alone. Everything is committed once, at the
 * end: a crash or kill mid-run leaves the previous commit, which Lucene opens as if nothing had
 * happened. A change of analysis or schema rebuilds the whole index, since old terms would not match.
 */
public final class Indexer {
  /** Told of progress while files are read; called from several threads. */
  public interface Listener {
    default void planned(int filesToRead, long bytesToRead) {}

    default void fileDone(int documents, long bytes) {}

    default void problem(FileProblem problem) {}
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

  public Summary index(List<Path> corpora, Path indexDir, Listener listener) throws IOException {
    try {
      return indexOrThrow(corpora, indexDir, listener);
    } catch (LockObtainFailedException e) {
      throw new IOException("the index " + indexDir + " is being written by another process; try again when it has finished", e);
    } catch (CorruptIndexException e) {
      throw new IOException("the index " + indexDir + " is damaged; delete the folder and index again", e);
    }
  }

  private Summary indexOrThrow(List<Path> corpora, Path indexDir, Listener listener) throws IOException {
    long start = System.nanoTime();
    Files.createDirectories(indexDir);
    try (Directory dir = FSDirectory.open(indexDir)) {
      IndexState.Existing found = IndexState.readExisting(dir);
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
      List<String> removed = existing.keySet().stream().filter(k -> !wanted.containsKey(k)).toList();

      long bytesToRead = toRead.stream().mapToLong(f -> IndexRun.sizeOf(fingerprints.get(IndexRun.key(f.path())))).sum();
      listener.planned(toRead.size(), bytesToRead);

      IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer());
      config.setOpenMode(rebuild ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCodec(new DebattsokCodec()); // stored fields uncompressed: snippets read them for every hit
      config.setRAMBufferSizeMB(ramBufferMB());
      config.setCommitOnClose(false); // only an explicit, complete run commits
      try (IndexWriter writer = new IndexWriter(dir, config)) {
        IndexRun run = new IndexRun(writer, config.getAnalyzer(), fingerprints, ids, listener, new AtomicInteger(), new AtomicLong(),
            new LinkedHashMap<>(), new ArrayList<>());
        try {
          for (String source : removed) {
            writer.deleteDocuments(new Term(Fields.SOURCE, source));
          }
          problems.addAll(readAll(toRead, run));
          writer.setLiveCommitData(Map.of(IndexState.USER_DATA_ANALYSIS, SwedishAnalysis.VERSION,
              IndexState.USER_DATA_SCHEMA, IndexState.SCHEMA_VERSION, IndexState.USER_DATA_CONTEXT, context).entrySet());
          writer.commit();
        } catch (IOException | RuntimeException | Error e) {
          writer.rollback(); // the previous commit stays the index
          throw e;
        }
        return new Summary(
            writer.getDocStats().numDocs,
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
    }
  }

  /**
   * Files being read and analysed at once, at most, and their bytes: enough to keep the threads
   * busy, few enough to bound memory (analysed text takes a few times its size).
   */
  private static final int FILES_IN_FLIGHT = 64;

  private static final long BYTES_IN_FLIGHT = 32L << 20;

  /**
   * How much the writer buffers before it writes a segment. One thread writes (see {@link IndexRun}), so
   * with room for the whole interpellation corpus (about 600 MB) a run makes one segment; a quarter
   * of the heap at most, so that a small heap is never outgrown.
   */
  private static double ramBufferMB() {
    return Math.min(1024, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20));
  }

  /**
   * Reads and analyses the files on a pool of threads, and writes them on this one in the order of
   * the list (path order): at most {@value #FILES_IN_FLIGHT} files or {@value #BYTES_IN_FLIGHT} bytes
   * ahead of the writer.
   */
  private List<FileProblem> readAll(List<SourceFile> files, IndexRun run) throws IOException {
    List<FileProblem> problems = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("indexer-", 0).factory());
    try {
      Deque<Future<IndexRun.Prepared>> window = new ArrayDeque<>();
      int submitted = 0;
      long bytesInFlight = 0;
      for (int written = 0; written < files.size(); written++) {
        while (submitted < files.size()
            && (window.isEmpty() || window.size() < FILES_IN_FLIGHT && bytesInFlight < BYTES_IN_FLIGHT)) {
          SourceFile file = files.get(submitted++);
          bytesInFlight += IndexRun.sizeOf(run.fingerprints().get(IndexRun.key(file.path())));
          window.add(pool.submit(() -> run.prepare(file)));
        }
        IndexRun.Prepared file = window.removeFirst().get();
        bytesInFlight -= IndexRun.sizeOf(file.fingerprint());
        problems.addAll(run.write(file));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io; // a failure of the index itself (e.g. disk full): the run stops
      }
      throw new IllegalStateException(e.getCause());
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
