package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.eval.Evaluation;
import se.debattsok.eval.Qrels;
import se.debattsok.eval.Topics;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures relevance: runs topics (qid<TAB>query) and scores them against TREC qrels, per category",
      "(the qid's prefix): MRR@10, precision@10, match recall and success@10. See ../shared/eval/README.md."
    })
final class EvalCommand implements Callable<Integer> {
  /**
   * Relevance, not speed, is measured here: a query is not cut at the 0.7 s a user is answered in,
   * so that the figures do not depend on how busy the machine (or a cluster) is.
   */
  static final Duration TIME_LIMIT = Duration.ofSeconds(10);

  @Spec CommandSpec spec;

  @Option(names = "--topics", required = true, paramLabel = "FILE", description = "The queries, qid<TAB>query.")
  Path topics;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "The judgments, 'qid 0 docid grade'.")
  Path qrels;

  @Option(names = "--run", paramLabel = "OUT", description = "Also write a TREC run file here.")
  Path run;

  @Option(names = "--index", paramLabel = "DIR", description = "The index (default: index).")
  Path index;

  @Mixin BackendOptions backend;

  @Option(names = "--ranking", paramLabel = "FILE",
      description = "Rank with these settings instead of the defaults: k1, b, title, text, folded, person,"
          + " participant, compoundHead, exactForm, as name=value lines.")
  Path ranking;

  @Option(names = "--threads", paramLabel = "N", description = "Searches at once (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : ranking == null ? List.of(topics, qrels) : List.of(topics, qrels, ranking)) {
      if (!Files.isReadable(file)) {
        err.println("debattsok: cannot read " + file);
        return Main.FAILURE;
      }
    }
    Ranking settings;
    try {
      settings = ranking == null ? Ranking.DEFAULT : Ranking.read(ranking);
    } catch (IllegalArgumentException e) {
      err.println("debattsok: " + e.getMessage());
      return Main.USAGE;
    }
    List<BatchSearcher.Query> queries = Topics.read(topics);
    Map<String, Map<String, Integer>> judged = Qrels.read(qrels);
    long start = System.nanoTime();
    Map<String, Evaluation.Scores> scores;
    try (SearchService service = backend.open(index, err, settings, TIME_LIMIT);
        PrintWriter runFile = run == null ? null : new PrintWriter(Files.newBufferedWriter(run, StandardCharsets.UTF_8))) {
      scores = Evaluation.run(service, queries, judged, threads, runFile);
    }
    Evaluation.print(scores, out);
    out.flush();
    if (ranking != null) {
      err.println("Ranking: " + settings.asMap());
    }
    err.printf(Locale.ROOT, "%s in %.1f s%s%n", Plural.count(queries.size(), "topic"), (System.nanoTime() - start) / 1e9,
        run == null ? "" : "; run written to " + run);
    return Main.OK;
  }
}
