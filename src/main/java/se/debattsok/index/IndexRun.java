package se.debattsok.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.FileProblem;
import se.debattsok.corpus.SourceFile;
import se.debattsok.corpus.Warning;
import se.debattsok.model.Document;

/**
 * What one run shares: the reading threads read files and make their documents ready for the
 * target ({@link #prepare}); the thread that called {@link Indexer#index} writes what they prepared
 * ({@link #write}), in path order.
 */
record IndexRun<T>(
    IndexTarget<T> target,
    Map<String, IndexState.Indexed> existing,
    Map<String, String> fingerprints,
    Map<String, String> ids,
    Indexer.Listener listener,
    AtomicInteger written,
    AtomicLong bytesRead,
    Map<String, Indexer.WarningTotal> warnings,
    List<FileProblem> alreadyRead) {

  /** The warnings summed so far that anything lacks, in the order their kinds were first met. */
  List<Indexer.WarningTotal> warningTotals() {
    return warnings.values().stream().filter(w -> w.warning().any()).toList();
  }

  /** A document read and made ready for the target. */
  record Analysed<T>(Document doc, T ready) {}

  /**
   * A file read and the documents of its first piece made ready ({@link Pieces}), to replace the
   * file's old ones.
   */
  record Prepared<T>(String key, String path, String fingerprint, Corpus.Read read, List<Analysed<T>> first) {}

  /** Reads one file and makes its first piece of documents ready for the target; on a reading thread. */
  Prepared<T> prepare(SourceFile file) throws IOException {
    String key = key(file.path());
    String fingerprint = fingerprints.get(key);
    Corpus.Read read = Corpus.read(file);
    List<Document> first = read.documents().subList(0, Pieces.end(read.documents(), 0));
    return new Prepared<>(key, file.path().toString(), fingerprint, read, analyse(first, key, fingerprint));
  }

  /** Makes documents of the file {@code key} ready for the target; on a reading thread. */
  List<Analysed<T>> analyse(List<Document> docs, String key, String fingerprint) throws IOException {
    List<Analysed<T>> analysed = new ArrayList<>(docs.size());
    for (Document doc : docs) {
      analysed.add(new Analysed<>(doc, target.prepare(doc.withSource(key), fingerprint)));
    }
    return analysed;
  }

  /**
   * Writes a prepared file, then the rest of its pieces: its documents replace the file's old ones.
   * On the writing thread, in path order, so that which file owns an id never depends on which was
   * read first.
   */
  List<FileProblem> write(Prepared<T> file, Pieces<T> rest) throws IOException {
    List<FileProblem> problems = new ArrayList<>();
    if (file.read().problem() != null) {
      problems.add(file.read().problem());
    }
    Map<String, List<String>> elsewhere = new TreeMap<>(); // other file → ids it owns already
    Map<String, Integer> seen = new HashMap<>(); // id → times in this file
    List<Document> kept = new ArrayList<>();
    long bytes = sizeOf(file.fingerprint());
    int total = file.read().documents().size();
    int through = 0; // documents written or passed over so far
    long told = 0; // bytes told the listener so far
    for (List<Analysed<T>> piece = file.first(); piece != null; piece = rest.next()) {
      List<T> docs = new ArrayList<>();
      for (Analysed<T> analysed : piece) {
        String id = analysed.doc().id();
        String owner = ids.putIfAbsent(id, file.key());
        if (owner != null && !owner.equals(file.key())) {
          elsewhere.computeIfAbsent(owner, k -> new ArrayList<>()).add(id);
        } else if (seen.merge(id, 1, Integer::sum) == 1) {
          docs.add(analysed.ready());
          kept.add(analysed.doc());
        }
      }
      if (piece == file.first()) {
        target.replace(file.key(), docs, existing.get(file.key()));
      } else if (!docs.isEmpty()) {
        target.add(docs);
      }
      through += piece.size();
      long share = through == total ? bytes : bytes * through / total;
      listener.bytesDone(share - told);
      told = share;
    }
    // The same speech in two sources (ParlaMint-SE and Swerik share their ids) is read once and
    // said so once per file, naming both files, not counted as a file that could not be read.
    elsewhere.forEach((other, same) -> alreadyRead.add(new FileProblem(file.path(),
        (same.size() == 1 ? "id " + same.get(0) + " already belongs" : same.size() + " ids (" + same.get(0) + ", …) already belong")
            + " to " + other + ": not read")));
    seen.forEach((id, times) -> {
      if (times > 1) {
        alreadyRead.add(new FileProblem(file.path(), "the id " + id + " is in this file " + times + " times: the first is read"));
      }
    });
    written.addAndGet(kept.size());
    bytesRead.addAndGet(bytes);
    problems.forEach(listener::problem);
    for (Warning warning : file.read().warnings(kept)) {
      boolean any = warning.any();
      warnings.merge(warning.kind(), new Indexer.WarningTotal(warning, any ? 1 : 0, any ? List.of(file.key()) : List.of()),
          Indexer.WarningTotal::plus);
    }
    listener.written(kept.stream().map(Document::id).toList());
    return problems;
  }

  /** A file's key in the index: its absolute path, so that one file reached through two folders is one. */
  static String key(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  /** The size in bytes a fingerprint ("size:modified") records. */
  static long sizeOf(String fingerprint) {
    return fingerprint == null ? 0 : Long.parseLong(fingerprint.substring(0, fingerprint.indexOf(':')));
  }
}
