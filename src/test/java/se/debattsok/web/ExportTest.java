package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.render.HitRows;
import se.debattsok.search.SearchService;

/** "Ladda ner": every hit of a search, with its filters, as CSV and JSON lines that open elsewhere. */
class ExportTest {
  @TempDir static Path dir;
  static WebFixture web;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, List.of(TestData.threadQuestions(dir.resolve("fixtures"))));
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  static List<CSVRecord> csv(String body) throws Exception {
    return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).getRecords();
  }

  @Test
  void theCsvHasEveryHitInRankOrderWithPeopleAndLinks() throws Exception {
    HttpResponse<String> response = web.get("/api/search/export?q=" + WebFixture.enc("skolan OR interpellation") + "&format=csv");
    assertEquals(200, response.statusCode());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"debattsok-skolan-or-interpellation.csv\"");
    assertThat(response.body()).startsWith(String.join(",", HitRows.COLUMNS) + "\n");
    List<CSVRecord> rows = csv(response.body());
    JsonNode api = JSON.readTree(web.get("/api/search?size=100&q=" + WebFixture.enc("skolan OR interpellation")).body());
    assertEquals(api.get("total").asInt(), rows.size());
    assertEquals(response.headers().firstValue("X-Total-Count").orElseThrow(), api.get("total").asText());
    List<String> apiIds = new ArrayList<>();
    api.get("hits").forEach(hit -> apiIds.add(hit.get("id").asText()));
    assertEquals(apiIds, rows.stream().map(r -> r.get("id")).toList());
    CSVRecord question = rows.stream().filter(r -> r.get("id").equals("ipq-202122--0439")).findFirst().orElseThrow();
    assertEquals("Anders Åkesson (C, asker); Annika Strandhäll (S, answerer)", question.get("people"));
    assertEquals("https://data.riksdagen.se/dokument/H910439", question.get("link"));
    assertEquals(web.url("/doc/ipq-202122--0439"), question.get("page"));
    assertEquals("2021/22:439", question.get("reference"));
    assertThat(rows).extracting(r -> Integer.parseInt(r.get("rank"))).isSorted().startsWith(1);
  }

  @Test
  void jsonLinesCarryTheSameHitsAndFiltersAndSortApply() throws Exception {
    String body = web.get("/api/search/export?q=skolan&party=V&format=jsonl").body();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : body.split("\n")) {
      lines.add(JSON.readTree(line));
    }
    assertThat(lines).hasSize(1);
    assertEquals("goteborg.txt", lines.get(0).get("id").asText());
    assertEquals("V", lines.get(0).get("people").get(0).get("party").asText());
    List<CSVRecord> oldest = csv(web.get("/api/search/export?q=" + WebFixture.enc("skolan OR interpellation") + "&sort=oldest").body());
    assertThat(oldest).extracting(r -> r.get("date")).filteredOn(d -> !d.isEmpty()).isSorted();
    assertThat(csv(web.get("/api/search/export?q=" + WebFixture.enc("skolan OR interpellation") + "&max=2").body())).hasSize(2);
  }

  @Test
  void badRequestsAreSaidAndNothingIsStreamed() throws Exception {
    assertThat(web.get("/api/search/export?format=csv").body()).contains("Parametern q saknas");
    HttpResponse<String> format = web.get("/api/search/export?q=skolan&format=xlsx");
    assertEquals(400, format.statusCode());
    assertThat(format.body()).contains("'format' ska vara csv eller jsonl");
    HttpResponse<String> syntax = web.get("/api/search/export?q=" + WebFixture.enc("skolan AND ("));
    assertEquals(400, syntax.statusCode());
    assertThat(syntax.body()).contains("är inte stängd");
    assertEquals(400, web.get("/api/search/export?q=skolan&max=10001").statusCode());
  }

  @Test
  void theSearchPageOffersTheDownloadOfItsSearch() throws Exception {
    String page = web.get("/?q=skolan&party=V&page=1").body();
    assertThat(page).contains("Ladda ner träffen: <a href=\"/api/search/export?q=skolan&amp;party=V&amp;format=csv\" download>CSV</a>");
  }

  /** A real corpus: more hits than one page of the export, and more than it gives. */
  @Test
  @Tag("slow")
  void thousandsOfHitsArriveWholeAndTheExportStopsAtTenThousand() throws Exception {
    try (SearchService service = SearchService.open(TestData.interpellationIndex().dir());
        WebServer server = WebServer.start(service, "127.0.0.1", 0)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port() + "/api/search/export?format=csv&q=";
      List<CSVRecord> school = csv(http.send(HttpRequest.newBuilder(URI.create(base + "skola")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      long total = service.search(se.debattsok.search.SearchRequest.of("skola").asWritten()).total();
      assertThat(total).isGreaterThan(ExportEndpoint.PAGE);
      assertEquals(total, school.size());
      assertThat(school.stream().map(r -> r.get("id")).distinct().count()).isEqualTo(total);
      HttpResponse<String> all = http.send(HttpRequest.newBuilder(URI.create(base + "och")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(Long.parseLong(all.headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThan(ExportEndpoint.MAX_ROWS);
      assertEquals(ExportEndpoint.MAX_ROWS, csv(all.body()).size());
    }
  }
}
