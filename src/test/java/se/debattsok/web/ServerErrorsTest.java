package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server answers before a request reaches the app, and to methods and sizes at its edges:
 * in UTF-8 with the security headers, JSON under /api/, a Swedish page elsewhere, never a 5xx.
 */
class ServerErrorsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  /** A raw exchange: the status line, the headers in lower case, the body. */
  record Raw(String status, String headers, String body) {}

  static Raw raw(byte[] request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", web.server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(request);
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      try {
        in.transferTo(all);
      } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
        // what came before the server closed or went quiet is the answer
      }
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      return new Raw(head.lines().findFirst().orElse(""), head.toLowerCase(java.util.Locale.ROOT), end < 0 ? "" : text.substring(end + 4));
    }
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void jettysOwnErrorsFollowTheAppsRules() throws Exception {
    String huge = "a".repeat(200_000);
    for (Raw r : new Raw[] {
        raw(ascii("GET /?q=" + huge + " HTTP/1.1\r\nHost: x\r\n\r\n")),
        raw(ascii("GET / HTTP/3.7\r\nHost: x\r\n\r\n")),
        raw(ascii("\u0001\u0002 nonsense\r\n\r\n")),
        raw(ascii("GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))}) {
      assertThat(r.status()).matches("HTTP/1.1 4\\d\\d .*|HTTP/1.1 505 .*");
      assertThat(r.headers()).contains("content-type: text/html; charset=utf-8", "content-security-policy:", "x-content-type-options: nosniff");
      assertThat(r.body()).contains("<html lang=\"sv\">").doesNotContain("Jetty", "Powered by");
    }
    Raw api = raw(ascii("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Big: " + huge + "\r\n\r\n"));
    assertThat(api.status()).startsWith("HTTP/1.1 431");
    assertThat(api.headers()).contains("content-type: application/json; charset=utf-8", "content-security-policy:");
    assertThat(JSON.readTree(api.body()).get("error").asText()).isNotBlank();
  }

  @Test
  void aQueryOfTheDocumentedTenThousandCharactersCanBeSentByGet() throws Exception {
    String query = "ö".repeat(10_000); // each sent as six bytes
    HttpResponse<String> r = web.get("/api/search?q=" + WebFixture.enc(query));
    assertEquals(200, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
    assertEquals(query, JSON.readTree(r.body()).get("query").asText());
  }

  @Test
  void otherMethodsAre405AndHeadIsGetWithoutABody() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> delete = http.send(HttpRequest.newBuilder(URI.create(web.url("/api/search?q=skola"))).DELETE().build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(405, delete.statusCode());
    assertThat(delete.headers().firstValue("content-type").orElse("")).startsWith("application/json");
    assertThat(JSON.readTree(delete.body()).get("error").asText()).isEqualTo("Den metoden går inte att använda här.");
    HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create(web.url("/?q=skola"))).method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, head.statusCode());
    assertThat(head.headers().firstValue("content-type").orElse("")).startsWith("text/html");
    assertThat(head.body()).isEmpty();
    HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(web.url("/doc/nope"))).method("HEAD",
        HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, missing.statusCode());
  }

  @Test
  void aBatchAnswersEachQueryOnItsOwnWhateverOneOfThemIs() throws Exception {
    HttpResponse<String> r = web.post("/api/search/batch?size=5",
        "[\"skolan\", \"" + "x".repeat(460) + "\", \"" + "abcdefghijklmnopqrstuvwxyz".repeat(8) + "~2\", \"skola AND (\"]");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answers = JSON.readTree(r.body());
    assertEquals(4, answers.size());
    assertEquals(3, answers.get(0).get("total").asInt());
    assertEquals(0, answers.get(1).get("total").asInt());
    assertThat(answers.get(2).get("error").asText()).isEqualTo("Ett ord med ~ får ha högst 48 bokstäver."); // the API speaks Swedish
    assertThat(answers.get(3).get("error").asText()).isNotBlank();
  }

  @Test
  void aBatchBodyOverTheLimitIsA413InJson() throws Exception {
    String body = "[" + ("\"" + "skola ".repeat(20) + "\",").repeat(20_000) + "\"skola\"]";
    assertThat(body.length()).isGreaterThan((int) WebApp.MAX_BODY_BYTES);
    HttpResponse<String> r = web.post("/api/search/batch", body);
    assertEquals(413, r.statusCode());
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json").containsIgnoringCase("utf-8");
    assertThat(r.headers().firstValue("x-content-type-options")).hasValue("nosniff");
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("Förfrågan är för stor: högst 2 MB.");
  }
}
