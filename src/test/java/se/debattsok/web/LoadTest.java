package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;

/**
 * 60 s at 32 concurrent connections on /api/search with the 2,000-query perf log, against
 * {@code debattsok serve} in its own process over the interpellations: no request may fail. The
 * throughput, latencies and the server's resident memory before and after are printed (they are
 * measurements, not asserted: speed belongs to the benchmark).
 */
@Tag("slow")
class LoadTest {
  static final int CONNECTIONS = 32;
  static final Duration LENGTH = Duration.ofSeconds(60);

  @TempDir Path dir;

  @Test
  void sixtySecondsAtThirtyTwoConnectionsWithoutAnError() throws Exception {
    Path index = TestData.interpellationIndex().dir();
    List<String> queries = Files.readAllLines(TestData.PROJECT.resolveSibling("shared/eval/ipq-perf.topics.tsv")).stream()
        .map(line -> line.substring(line.indexOf('\t') + 1))
        .toList();
    int port = freePort();
    Process server = TestData.debattsok(dir.resolve("serve.log"),
        "serve", "--index", index.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port));
    try {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String base = "http://127.0.0.1:" + port;
      awaitHealthy(http, base, server);
      long rssBefore = residentKb(server);

      long end = System.nanoTime() + LENGTH.toNanos();
      ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
      List<Future<Counts>> clients = new ArrayList<>();
      for (int c = 0; c < CONNECTIONS; c++) {
        int first = c * (queries.size() / CONNECTIONS);
        clients.add(pool.submit(() -> {
          Counts counts = new Counts();
          for (int i = first; System.nanoTime() < end; i++) {
            String query = queries.get(i % queries.size());
            URI uri = URI.create(base + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            long start = System.nanoTime();
            try {
              HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
              if (response.statusCode() != 200) {
                counts.errors.add(query + ": HTTP " + response.statusCode());
              }
            } catch (IOException e) {
              counts.errors.add(query + ": " + e);
            }
            counts.latenciesNanos.add(System.nanoTime() - start);
          }
          return counts;
        }));
      }
      List<Long> latencies = new ArrayList<>();
      List<String> errors = new ArrayList<>();
      for (Future<Counts> client : clients) {
        latencies.addAll(client.get().latenciesNanos);
        errors.addAll(client.get().errors);
      }
      pool.shutdown();
      long rssAfter = residentKb(server);

      long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      System.out.printf(Locale.ROOT,
          "LoadTest: %d connections, %d s: %,d requests, %,.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors;"
              + " server RSS %,d MB before, %,d MB after%n",
          CONNECTIONS, LENGTH.toSeconds(), sorted.length, sorted.length / (double) LENGTH.toSeconds(),
          percentile(sorted, 0.50), percentile(sorted, 0.99), errors.size(), rssBefore / 1024, rssAfter / 1024);
      assertThat(errors).isEmpty();
      assertThat(sorted.length).isGreaterThan(1_000);
      assertThat(server.isAlive()).isTrue();
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  static final class Counts {
    final List<Long> latenciesNanos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
  }

  static double percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))] / 1e6;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static void awaitHealthy(HttpClient http, String base, Process server) throws Exception {
    for (int i = 0; i < 300; i++) {
      assertThat(server.isAlive()).as("the server is running").isTrue();
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(base + "/api/health")).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not answer within 30 s");
  }

  /** VmRSS of a process, from Linux's /proc; 0 where there is none. */
  static long residentKb(Process process) throws IOException {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    if (!Files.exists(status)) {
      return 0;
    }
    return Files.readAllLines(status).stream()
        .filter(l -> l.startsWith("VmRSS:"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
        .findFirst()
        .orElse(0L);
  }
}
