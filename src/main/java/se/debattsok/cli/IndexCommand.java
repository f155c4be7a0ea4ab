package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.FileProblem;
import se.debattsok.index.Indexer;
import se.debattsok.index.SolrCluster;
import se.debattsok.search.Ranking;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes the documents in corpus folders.",
      "Reads TEI XML (.xml), the Riksdag's speeches (.json), text and Markdown (.txt, .md), PDF (.pdf)",
      "and JSON lines in the form `export` writes (.jsonl).",
      "The index mirrors the folders given: a re-run reads only new and changed files and removes",
      "the documents of files that are gone. Until a run completes, the previous index stays in use."
    })
final class IndexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "A folder of documents; give several --corpus for several folders (default: corpus).")
  List<Path> corpora = List.of(Path.of("corpus"));

  @Option(names = "--index", paramLabel = "DIR", description = "Where the index is written (default: index).")
  Path index = Path.of("index");

  @Option(names = "--threads", paramLabel = "N", description = "Files read and analysed at once (default: the number of cores); one more thread writes the index.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--strict", description = "Exit with status 1 when any file could not be read.")
  boolean strict;

  @Mixin BackendOptions backend;

  @Mixin WatchOptions watch;

  @Mixin MailOptions mail;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String mailProblem = mail.smtpProblem();
    if (mailProblem != null) {
      err.println("debattsok: " + mailProblem);
      return Main.USAGE;
    }
    Indexer.Summary summary;
    List<String> written = new ArrayList<>();
    if (backend.isSolr()) {
      try (SolrCluster cluster = backend.cluster()) {
        summary = run(progress -> new Indexer(threads).index(corpora, cluster, progress), backend.describe(index), out, err,
            written);
      }
    } else {
      summary = run(progress -> new Indexer(threads).index(corpora, index, progress), index.toString(), out, err, written);
    }
    boolean delivered = new WatchReport(watch.store(), mail, out, err).deliver(written, summary.rebuilt(),
        () -> backend.open(index, err, Ranking.DEFAULT));
    return (strict && !summary.problems().isEmpty()) || !delivered ? Main.FAILURE : Main.OK;
  }

  /** Indexes and reports: a progress bar on a terminal, skipped files and a summary at the end. */
  static Indexer.Summary run(List<Path> corpora, Path index, int threads, PrintWriter out, PrintWriter err)
      throws IOException {
    return run(progress -> new Indexer(threads).index(corpora, index, progress), index.toString(), out, err, new ArrayList<>());
  }

  /** One run of the indexer, into a local index or a collection. */
  interface Run {
    Indexer.Summary index(Indexer.Listener listener) throws IOException;
  }

  /** @param written where the ids of the documents the run writes are put */
  private static Indexer.Summary run(Run run, String index, PrintWriter out, PrintWriter err, List<String> written)
      throws IOException {
    ProgressListener progress = new ProgressListener(written);
    Indexer.Summary summary;
    try {
      summary = run.index(progress);
    } finally {
      progress.close();
    }
    if (summary.damage() != null) {
      err.println("The index " + index + " was damaged (" + summary.damage() + "): it was built anew.");
    }
    if (!summary.problems().isEmpty()) {
      err.printf(Locale.ROOT, "Skipped %,d file(s):%n", summary.problems().size());
      for (FileProblem problem : summary.problems()) {
        err.println("  " + problem);
      }
    }
    out.printf(
        Locale.ROOT,
        "%s %s in %s: %s read (%.1f MB/s), %,d unchanged, %,d removed, %,d skipped.%n",
        summary.rebuilt() ? "Built index of" : "Updated index of",
        Plural.count(summary.documents(), "document"),
        seconds(summary),
        Plural.count(summary.filesRead(), "file"),
        summary.megabytesPerSecond(),
        summary.filesUnchanged(),
        summary.filesRemoved(),
        summary.problems().size());
    if (!summary.passedOver().isEmpty()) {
      err.println("Passed over, as another file holds the same:");
      for (FileProblem same : summary.passedOver()) {
        err.println("  " + same);
      }
    }
    if (!summary.warnings().isEmpty()) {
      err.println("Warnings (see `debattsok inspect FILE` for each file):");
      for (Indexer.WarningTotal total : summary.warnings()) {
        String where = String.join(", ", total.examples());
        err.printf(Locale.ROOT, "  %s (%s%s %s)%n", total.warning().message(), Plural.count(total.files(), "file"),
            total.files() > total.examples().size() ? ", e.g." : ":", where);
      }
    }
    if (summary.unsupported() > 0) {
      out.printf(
          Locale.ROOT,
          "%,d file(s) of other types were passed over (readable types: %s).%n",
          summary.unsupported(),
          String.join(", ", Corpus.supportedExtensions()));
    }
    return summary;
  }

  private static String seconds(Indexer.Summary summary) {
    return String.format(Locale.ROOT, "%.1f s", summary.elapsed().toMillis() / 1000.0);
  }

  /**
   * Drives a progress bar in megabytes of the files read, once they are known: a large file moves it
   * as its pieces are written.
   */
  private static final class ProgressListener implements Indexer.Listener, AutoCloseable {
    private ConsoleProgress progress;
    private final List<String> written;

    ProgressListener(List<String> written) {
      this.written = written;
    }

    @Override
    public void written(List<String> ids) {
      written.addAll(ids);
    }

    @Override
    public void planned(int filesToRead, long bytesToRead) {
      if (filesToRead > 0) {
        progress = new ConsoleProgress("Indexing", bytesToRead, "MB", 1 << 20);
      }
    }

    @Override
    public void bytesDone(long bytes) {
      if (progress != null) {
        progress.stepBy(bytes);
      }
    }

    @Override
    public void close() {
      if (progress != null) {
        progress.close();
      }
    }
  }
}
