package se.debattsok.cli;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import se.debattsok.search.SearchService;
import se.debattsok.web.WebServer;

/**
 * The pages and API of a server over a service, asked on a throwaway server on loopback: what makes
 * the JVM load and compile the web layer and the searches behind it. {@code serve} does it before
 * it listens, so that its first user does not wait for that; {@code train} does it for the AOT cache.
 */
final class WarmUp {
  /** Queries of every kind the planner knows: words, compounds, folded forms, phrases, fields, fuzzy, prefixes, negation. */
  static final List<String> QUERIES = List.of("segregation", "skolan segregationen", "aldreomsorgen", "inte har råd",
      "\"inte gjort nog\"", "=förskolan", "skola OR förskola", "segregation -skola", "(vinst OR vinster) -friskolor",
      "skol*", "segregaton~", "talare:Bjuggren", "dnr:\"KS 2024/142\"", "år:2024", "Fokus Järva", "integrationspolitik",
      "bostadssegregationen", "kommunfullmäktige interpellation", "gangkriminalitet", "stockholms stad");

  /** How long the compiler must have done nothing to be taken for done. */
  private static final Duration QUIET = Duration.ofMillis(150);

  private WarmUp() {}

  /**
   * Waits until the JIT compilers have had nothing to do for a moment, at most {@code budget}: the
   * warm-up queries leave them compiling the search path for seconds after, and a query asked
   * meanwhile runs the slower code (docs/benchmark.md).
   */
  static void awaitCompilers(Duration budget) throws InterruptedException {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long end = System.nanoTime() + budget.toNanos();
    long before = compiler.getTotalCompilationTime();
    while (System.nanoTime() < end) {
      Thread.sleep(QUIET);
      long now = compiler.getTotalCompilationTime();
      if (now == before) {
        return;
      }
      before = now;
    }
  }

  /**
   * Asks the pages and API for the queries, round after round, until the rounds are done or the time
   * is up; what fails is of no matter here.
   */
  static void pages(SearchService service, int rounds, Duration budget) throws IOException, InterruptedException {
    long end = System.nanoTime() + budget.toNanos();
    List<String> ids = new ArrayList<>();
    service.forEachId(id -> {
      if (ids.size() < 3) {
        ids.add(id);
      }
    });
    try (WebServer server = WebServer.start(service, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      List<String> paths = new ArrayList<>(List.of("/", "/api/health"));
      for (String query : QUERIES) {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        paths.addAll(List.of("/?q=" + q, "/api/search?q=" + q, "/feed?q=" + q, "/api/search/export?format=csv&max=50&q=" + q));
      }
      ids.forEach(id -> paths.add("/doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?q=skolan"));
      for (int round = 0; round < rounds; round++) {
        for (String path : paths) {
          if (System.nanoTime() > end) {
            return;
          }
          http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
        }
      }
    }
  }
}
