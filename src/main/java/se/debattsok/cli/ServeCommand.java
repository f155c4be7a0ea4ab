package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;
import se.debattsok.web.WebServer;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the search page and the JSON API.",
      "The index is read-only here; a re-index (debattsok index) is picked up within seconds, without a restart."
    })
final class ServeCommand implements Callable<Integer> {
  /** How often to look for a newer commit of the index. */
  private static final long REFRESH_SECONDS = 2;
  /** At most this long is spent warming up before listening. */
  private static final java.time.Duration WARM_UP = java.time.Duration.ofSeconds(2);
  private static final java.time.Duration COMPILERS = java.time.Duration.ofSeconds(3);

  @Spec CommandSpec spec;

  @Option(names = "--index", paramLabel = "DIR", description = "The index to serve (default: index, built from corpus on first use).")
  Path index;

  @Mixin BackendOptions backend;

  @Mixin WatchOptions watch;

  @Option(names = "--host", paramLabel = "H", description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "P", description = "Port (default: 7070; 0 picks a free one).")
  int port = 7070;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("debattsok: --port must be between 0 and 65535.");
      return Main.USAGE;
    }
    SearchService service;
    String served;
    if (backend.isSolr()) {
      service = SearchService.open(backend.cluster(), SearchService.DEFAULT_TIME_LIMIT, Ranking.DEFAULT);
      served = backend.describe(index);
    } else {
      Path indexDir = DefaultIndex.resolve(index, err);
      service = SearchService.open(indexDir);
      service.verifyInBackground(); // answers at once; /api/health says "corrupt" if a checksum fails
      served = indexDir.toString();
    }
    // Searches and pages asked once on loopback before listening, and the compilers given time to
    // finish what they began: the first user's query is then answered as fast as the next ones
    // (docs/benchmark.md), for a few seconds more of start-up.
    try {
      WarmUp.pages(service, 1, WARM_UP);
      WarmUp.awaitCompilers(COMPILERS);
    } catch (IOException | RuntimeException e) {
      err.println("debattsok: warming up failed (" + Main.describe(e) + "); serving all the same");
    }
    WebServer app;
    try {
      app = WebServer.start(service, watch.store(), host, port);
    } catch (RuntimeException e) {
      service.close();
      err.println("debattsok: cannot listen on " + host + ":" + port + " (" + Main.describe(e.getCause() == null ? e : e.getCause()) + ")");
      return Main.FAILURE;
    }
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("index-refresh").factory());
    refresher.scheduleWithFixedDelay(() -> {
      try {
        service.refresh();
      } catch (IOException | RuntimeException e) {
        err.println("debattsok: could not open the re-indexed index: " + Main.describe(e));
      }
    }, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      refresher.shutdownNow();
      app.close();
      try {
        service.close();
      } catch (IOException e) {
        // closing at exit: nothing left to tell
      }
      stopped.countDown();
    }));
    out.println(banner(service.documentCount(), served, host, app.port()));
    out.flush();
    stopped.await();
    return Main.OK;
  }

  /** The line that says the server is up, and where. */
  static String banner(int documents, String served, String host, int port) {
    return String.format(Locale.ROOT, "Debattsök serves %s from %s at http://%s:%d/ (Ctrl-C stops it)",
        Plural.count(documents, "document"), served, host.contains(":") ? "[" + host + "]" : host, port);
  }
}
