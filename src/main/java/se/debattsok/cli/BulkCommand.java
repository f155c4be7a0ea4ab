package se.debattsok.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.eval.Topics;
import se.debattsok.render.ResultJson;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Filters;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;

@Command(
    name = "bulk",
    mixinStandardHelpOptions = true,
    description = {
      "Runs many searches: one query per line, QUERY or QID<TAB>QUERY, from a file or standard input.",
      "Writes one result per query, in input order: JSON lines (the object of search --json plus \"qid\")",
      "or CSV rows (qid, rank, id, score, title, date). A query that fails gives a line with \"error\"."
    },
    sortOptions = false)
final class BulkCommand implements Callable<Integer> {
  enum Format { JSONL, CSV }

  private static final ObjectMapper JSON = ResultJson.mapper();
  /** Unix line ends, whatever the platform, so output compares byte for byte. */
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The queries (default: standard input).")
  Path file;

  @Option(names = "--index", paramLabel = "DIR", description = "The index to search (default: index).")
  Path index;

  @Mixin BackendOptions backend;

  @Option(names = "--limit", paramLabel = "N", description = "Hits per query, up to 10000 (default: 10).")
  int limit = 10;

  @Option(names = "--threads", paramLabel = "N", description = "Searches at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--no-snippets", description = "Leave out highlighted snippets (faster).")
  boolean noSnippets;

  @Option(names = "--format", paramLabel = "F", description = "${COMPLETION-CANDIDATES} (default: jsonl).")
  Format format = Format.JSONL;

  @Option(names = "--warmup", paramLabel = "N", description = "First run the file's queries N times, unmeasured and unwritten (for timing).")
  int warmup;

  @Mixin FilterOptions filterOptions;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Filters filters = filterOptions.filters(err);
    if (filters == null) {
      return Main.USAGE;
    }
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT || threads < 1) {
      err.println("debattsok: --limit must be 1 to " + SearchRequest.MAX_LIMIT + " and --threads at least 1.");
      return Main.USAGE;
    }
    if (file != null && !Files.isReadable(file)) {
      err.println("debattsok: cannot read " + file + (Files.exists(file) ? " (permission denied)" : " (no such file)"));
      return Main.FAILURE;
    }
    if (warmup > 0 && file == null) {
      err.println("debattsok: --warmup needs a FILE: standard input can be read only once.");
      return Main.USAGE;
    }
    SearchRequest template = filterOptions.request("", filters).page(limit, 0);
    template = noSnippets ? template.withoutSnippets() : template;
    long[] counts = new long[2]; // queries, errors
    List<Long> latencies = new ArrayList<>();
    SwedishAnalysis.loadInBackground();
    for (int pass = 0; pass < warmup; pass++) {
      try (SearchService service = backend.open(index, err, Ranking.DEFAULT); InputStream in = Files.newInputStream(file)) {
        new BatchSearcher(service, threads).run(Topics.stream(in), template, outcome -> {});
      }
    }
    long start = System.nanoTime();
    try (SearchService service = backend.open(index, err, Ranking.DEFAULT);
        InputStream in = file == null ? System.in : Files.newInputStream(file);
        CSVPrinter csv = format == Format.CSV ? CSV.builder().setHeader("qid", "rank", "id", "score", "title", "date").get().print(out) : null;
        ConsoleProgress progress = new ConsoleProgress("Searching", -1, "queries")) {
      // Lines are made on the searching threads; this one only counts and writes them in order.
      new BatchSearcher(service, threads).run(Topics.stream(in), template, outcome -> {
        try {
          return new Formatted(outcome, csv != null ? csvRows(outcome) : jsonLine(outcome));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }, formatted -> {
        counts[0]++;
        latencies.add(formatted.outcome().nanos());
        if (formatted.outcome().error() != null) {
          counts[1]++;
        }
        if (csv == null) {
          out.println(formatted.text());
        } else {
          out.print(formatted.text());
        }
        progress.step();
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    out.flush();
    double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
    Collections.sort(latencies);
    err.printf(Locale.ROOT, "%s, %s, %.1f s, %,.0f queries/s, latency p50 %.1f ms, p99 %.1f ms%n",
        Plural.count(counts[0], "query", "queries"), Plural.count(counts[1], "error"), seconds, counts[0] / seconds,
        percentile(latencies, 0.50), percentile(latencies, 0.99));
    return Main.OK;
  }

  /** The latency below which the given share of queries finished, in milliseconds. */
  static double percentile(List<Long> sortedNanos, double share) {
    if (sortedNanos.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(share * sortedNanos.size()) - 1;
    return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
  }

  /** The search --json object with "qid" first; a failed query gives qid, query and error. */
  static String jsonLine(BatchSearcher.Outcome outcome) throws IOException {
    return JSON.writeValueAsString(ResultJson.outcome(outcome, outcome.error()));
  }

  /** The CSV rows of one query's hits; none for a failed query (the summary counts it). */
  static String csvRows(BatchSearcher.Outcome outcome) throws IOException {
    if (outcome.error() != null) {
      return "";
    }
    StringBuilder rows = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(rows, CSV)) {
      int rank = 0;
      for (SearchResult.Hit hit : outcome.result().hits()) {
        printer.printRecord(outcome.query().qid(), ++rank, hit.id(), String.format(Locale.ROOT, "%.6f", hit.score()), hit.title(), hit.date());
      }
    }
    return rows.toString();
  }

  private record Formatted(BatchSearcher.Outcome outcome, String text) {}
}
