package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.index.Indexer;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchService;

/**
 * 8 clients search over HTTP while the index grows by the 906 interpellations of 2020/21 and
 * shrinks back, and
 * the server refreshes every 50 ms, as {@code serve} does every few seconds: no request fails, and
 * each answer is the old index's or the new one's, never a mixture.
 */
@Tag("slow")
class ReindexUnderLoadTest {
  static final List<String> QUERIES = List.of("interpellation", "Fokus Järva", "skolan", "segregation");
  static final int CLIENTS = 8;

  @TempDir Path dir;

  @Test
  void searchesDuringReindexingAllSucceedAndSeeOneIndexVersion() throws Exception {
    Path interpellations = TestData.interpellations().resolve("202021");
    Path corpus = TestData.PROJECT.resolve("corpus");
    Path index = dir.resolve("index");
    Indexer indexer = new Indexer(1);
    Indexer.Listener quiet = new Indexer.Listener() {};
    indexer.index(List.of(corpus), index, quiet);

    try (SearchService service = SearchService.open(index);
        WebServer server = WebServer.start(service, "127.0.0.1", 0)) {
      Map<String, Long> small = totals(service);
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      ObjectMapper json = new ObjectMapper();
      AtomicBoolean running = new AtomicBoolean(true);
      Map<String, Set<Long>> seen = new ConcurrentHashMap<>();
      List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
      List<Future<Integer>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.add(pool.submit(() -> {
          int requests = 0;
          while (running.get()) {
            String query = QUERIES.get((client + requests) % QUERIES.size());
            URI uri = URI.create("http://127.0.0.1:" + server.port() + "/api/search?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
            try {
              HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() != 200) {
                failures.add(query + ": HTTP " + response.statusCode() + " " + response.body());
              } else {
                seen.computeIfAbsent(query, q -> ConcurrentHashMap.newKeySet()).add(json.readTree(response.body()).get("total").asLong());
              }
            } catch (Exception e) {
              failures.add(query + ": " + e);
            }
            requests++;
          }
          return requests;
        }));
      }
      Future<?> refresher = pool.submit(() -> {
        while (running.get()) {
          try {
            service.refresh();
            Thread.sleep(50);
          } catch (Exception e) {
            failures.add("refresh: " + e);
          }
        }
      });

      indexer.index(List.of(interpellations, corpus), index, quiet); // grows: one commit at the end
      Thread.sleep(500);
      service.refresh();
      Map<String, Long> large = totals(service);
      indexer.index(List.of(corpus), index, quiet); // and shrinks back
      Thread.sleep(500);
      running.set(false);
      int requests = 0;
      for (Future<Integer> client : clients) {
        requests += client.get();
      }
      refresher.get();
      pool.shutdown();

      assertThat(failures).isEmpty();
      assertThat(requests).isGreaterThan(100);
      for (String query : QUERIES) {
        assertThat(seen.get(query)).as(query).isSubsetOf(small.get(query), large.get(query));
      }
      assertThat(large.get("interpellation")).isGreaterThan(small.get("interpellation"));
      assertThat(seen.get("interpellation")).as("answers from both versions").hasSize(2);
      service.refresh();
      assertEquals(small, totals(service));
    }
  }

  static Map<String, Long> totals(SearchService service) throws Exception {
    Map<String, Long> totals = new HashMap<>();
    for (String query : QUERIES) {
      totals.put(query, service.search(SearchRequest.of(query)).total());
    }
    return totals;
  }
}
