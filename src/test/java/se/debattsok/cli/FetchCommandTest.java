package se.debattsok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fetch riksdagen} against a local server that answers in the API's shape, and that drops a
 * connection midway, answers 503 once, and fails one day for good until it is repaired.
 */
class FetchCommandTest {
  @TempDir Path dir;
  HttpServer server;
  final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  volatile boolean brokenDay = true;

  static String speeches(String day, int count) {
    StringBuilder list = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      list.append(i == 1 ? "" : ",").append("""
          {"dok_id": "H9%s", "dok_rm": "2021/22", "dok_nummer": "60", "dok_datum": "%s 00:00:00",
           "avsnittsrubrik": "Svar på interpellation om rovdjurspolitiken", "anforande_id": "%s-%d",
           "anforande_nummer": "%d", "talare": "Landsbygdsminister Anna-Caren Sätherberg (S)", "parti": "S",
           "intressent_id": "0532455418219", "rel_dok_id": "H910245",
           "anforandetext": "<p>Fru talman! Vargen och rovdjurspolitiken, del %d.</p>"}
          """.formatted(day.replace("-", ""), day, day, i, i, i));
    }
    return "{\"anforandelista\": {\"@antal\": \"" + count + "\", \"anforande\": " + (count == 0 ? "null" : "[" + list + "]") + "}}";
  }

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/anforandelista/", this::answer);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  void answer(HttpExchange exchange) throws IOException {
    String query = exchange.getRequestURI().getQuery();
    String day = query.replaceAll(".*\\bd=([0-9-]+).*", "$1");
    int n = requests.computeIfAbsent(day, d -> new AtomicInteger()).incrementAndGet();
    byte[] body = speeches(day, day.equals("2022-01-19") ? 0 : 2).getBytes(StandardCharsets.UTF_8);
    if (day.equals("2022-01-17") && n == 1) {
      exchange.sendResponseHeaders(503, -1); // busy: try again
    } else if (day.equals("2022-01-18") && n == 1) {
      exchange.sendResponseHeaders(200, body.length); // promises all, sends half, hangs up
      OutputStream out = exchange.getResponseBody();
      out.write(body, 0, body.length / 2);
      out.flush();
      exchange.close();
      return;
    } else if (day.equals("2022-01-20") && brokenDay) {
      exchange.sendResponseHeaders(500, -1);
    } else {
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  MainTest.Run fetch(Path out) {
    return MainTest.run("fetch", "riksdagen", "--from", "2022-01-17", "--to", "2022-01-20", "--out", out.toString(),
        "--api", "http://127.0.0.1:" + server.getAddress().getPort(), "--delay", "0", "--retries", "3");
  }

  @Test
  void retriesDroppedAndBusyRequestsAndResumesWhereItStopped() throws Exception {
    Path out = dir.resolve("speeches");
    MainTest.Run first = fetch(out);
    assertEquals(1, first.code(), first.err()); // 2022-01-20 failed three times
    assertThat(first.out()).contains("Fetched 3 days (4 speeches)").contains("1 failed");
    assertThat(first.err()).contains("2022-01-20: gave up after 3 tries: HTTP 500").contains("run the same command again");
    assertEquals(2, requests.get("2022-01-17").get()); // 503, then the answer
    assertEquals(2, requests.get("2022-01-18").get()); // cut off, then whole
    assertEquals(3, requests.get("2022-01-20").get());
    assertThat(Files.readString(out.resolve("anforanden-2022-01-18.json"))).endsWith("}}");
    assertThat(out.resolve("anforanden-2022-01-20.json")).doesNotExist();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
    }

    brokenDay = false; // repaired: a second run fetches only what is missing
    MainTest.Run second = fetch(out);
    assertEquals(0, second.code(), second.err());
    assertThat(second.out()).contains("Fetched 1 day (2 speeches)").contains("3 already there").contains("0 failed");
    assertEquals(2, requests.get("2022-01-17").get());
    assertEquals(4, requests.get("2022-01-20").get());

    // What was fetched is a corpus: indexed and searched like any other.
    Path index = dir.resolve("index");
    assertEquals(0, MainTest.run("index", "--corpus", out.toString(), "--index", index.toString()).code());
    MainTest.Run search = MainTest.run("search", "--index", index.toString(), "--group", "rovdjurspolitiken");
    assertThat(search.out()).contains("6 hits, showing debates 1–3").contains("Anna-Caren Sätherberg (S, speaker)");
  }

  @Test
  void badDatesAndAnUnreachableApiAreClearMessages() {
    MainTest.Run backwards = MainTest.run("fetch", "riksdagen", "--from", "2022-02-01", "--to", "2022-01-01", "--out", dir.toString());
    assertEquals(2, backwards.code());
    assertThat(backwards.err()).contains("--to (2022-01-01) is before --from (2022-02-01)");
    MainTest.Run garbled = MainTest.run("fetch", "riksdagen", "--from", "igår", "--to", "2022-01-01", "--out", dir.toString());
    assertEquals(2, garbled.code());
    assertThat(garbled.err()).contains("--from takes a date like 2022-01-31, not 'igår'");
    MainTest.Run nothing = MainTest.run("fetch");
    assertEquals(2, nothing.code());
    assertThat(nothing.err()).contains("debattsok fetch riksdagen --from DATE --to DATE --out DIR");
  }
}
