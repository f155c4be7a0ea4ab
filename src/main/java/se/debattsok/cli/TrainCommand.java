package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.index.Indexer;
import se.debattsok.render.ResultJson;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.Grouping;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchService;

/**
 * A run of what users do, for the JVM to learn from: {@code ./debattsok} runs it once per build
 * with JDK 25's {@code -XX:AOTCacheOutput}, and every later start loads the classes it used already
 * linked, with their method profiles (JEP 483, 515), so a fresh {@code search}, {@code bulk} or
 * {@code serve} is fast sooner. It indexes the corpus into a temporary folder, searches it in every
 * way the engine searches, serves a few pages (unless told not to) and deletes what it made.
 */
@Command(name = "train", hidden = true, description = "Exercises indexing, search and the web front end (for the JVM's AOT cache).")
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "The documents to train on (default: corpus).")
  List<Path> corpora = List.of(Path.of("corpus"));

  @Option(names = "--rounds", paramLabel = "N", description = "How many times each query is searched (default: 30).")
  int rounds = 30;

  @Option(names = "--no-web", description = "Serve no pages: train the command line alone, for a cache without the web classes.")
  boolean noWeb;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("debattsok-train");
    try {
      Path index = work.resolve("index");
      new Indexer(1).index(corpora, index, new Indexer.Listener() {});
      try (SearchService service = SearchService.open(index)) {
        search(service, rounds);
        if (!noWeb) {
          WarmUp.pages(service, Math.min(rounds, 5), Duration.ofMinutes(2));
        }
      }
      out.println(noWeb ? "trained: indexing, searching" : "trained: indexing, searching, web pages");
      return Main.OK;
    } finally {
      try (Stream<Path> paths = Files.walk(work)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void search(SearchService service, int rounds) throws IOException {
    List<String> ids = new ArrayList<>();
    service.forEachId(ids::add);
    for (int round = 0; round < rounds; round++) {
      for (String query : WarmUp.QUERIES) {
        try {
          service.search(SearchRequest.of(query).withFacets());
          service.search(SearchRequest.of(query).withoutSnippets().groupedBy(round % 2 == 0 ? Grouping.DEBATE : Grouping.THREAD)
              .withTrend());
        } catch (QuerySyntaxException e) {
          throw new IllegalStateException("a training query is malformed: " + query, e);
        }
      }
      for (String id : ids.subList(0, Math.min(ids.size(), 5))) {
        service.thread(id);
        service.related(id);
        service.copies(id);
      }
    }
    List<BatchSearcher.Query> batch = new ArrayList<>();
    for (int i = 0; i < WarmUp.QUERIES.size() * rounds; i++) {
      batch.add(new BatchSearcher.Query("t" + i, WarmUp.QUERIES.get(i % WarmUp.QUERIES.size())));
    }
    var json = ResultJson.mapper();
    new BatchSearcher(service, 2).run(batch.iterator(), SearchRequest.of(""), outcome -> {
      try {
        return json.writeValueAsString(ResultJson.outcome(outcome, null)); // what bulk writes, made as bulk makes it
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, line -> {});
  }
}
