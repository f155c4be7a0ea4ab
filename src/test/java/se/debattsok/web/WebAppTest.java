package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page and the API over real HTTP. */
class WebAppTest {
  @TempDir static java.nio.file.Path dir;
  static WebFixture web;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return web.get(path);
  }

  @Test
  void theStartPageIsAFormWithoutInlineScript() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertThat(page.body()).contains("<form class=\"searchbar\" role=\"search\"", "<label for=\"q\"", "lang=\"sv\"");
    assertThat(page.body()).doesNotContain("<script>", "onclick", "style=\"");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void resultsShowMarkedSnippetsFacetsAndTotals() throws Exception {
    String body = get("/?q=skolan").body();
    assertThat(body).contains("3 träffar, visar 1–3", "<mark>", "Parti", "Typ", "År");
    assertThat(body).contains("href=\"/doc/stockholm.txt?q=skolan\"");
    assertThat(body).contains("<a href=\"/person/emilia-bjuggren\">Emilia Bjuggren</a> (S), svarande");
  }

  @Test
  void fewHitsForAllWordsOffersASearchForAnyOfThem() throws Exception {
    String few = get("/?q=Fokus+Malmö&nocorrect=1").body(); // no document has both; as written
    assertThat(few).contains("Inga träffar").contains("Få dokument innehåller alla orden.")
        .contains("q=Fokus+OR+Malm%C3%B6").contains("<strong>Fokus OR Malmö</strong>");
    assertThat(get("/?q=Fokus+OR+Malmö").body()).contains("2 träffar").doesNotContain("Få dokument innehåller");
    // A rare compound is offered as its parts: Göteborg writes "Segregation i skolan".
    assertThat(get("/?q=skolsegregation").body()).contains("1 träff")
        .contains("Sök på orddelarna i sammansättningarna: <strong>skola segregation</strong>");
    assertThat(get("/?q=skola+segregation").body()).contains("href=\"/doc/goteborg.txt?q=skola+segregation\"")
        .doesNotContain("orddelarna");
    assertThat(get("/?q=skolan").body()).doesNotContain("Få dokument innehåller"); // one word, many hits
    assertThat(get("/?q=%22Fokus+Malmö%22").body()).doesNotContain("Få dokument innehåller"); // a phrase is meant
  }

  @Test
  void whenNoDocumentHoldsAllTheWordsThoseWithAllButOneAreShownWithANotice() throws Exception {
    String page = get("/?q=Fokus+Malmö").body();
    assertThat(page).contains("2 träffar").contains("Inga dokument innehåller alla orden: visar dokument med alla utom ett.")
        .contains("nocorrect=1\">Bara alla orden</a>").doesNotContain("Få dokument innehåller");
    HttpResponse<String> json = get("/api/search?q=Fokus+Malm%C3%B6");
    assertThat(json.body()).contains("\"total\":2").contains("\"relaxed\":true");
    assertThat(get("/api/search?q=skolan").body()).doesNotContain("relaxed");
  }

  @Test
  void aFacetNarrowsAndItsChipRemovesIt() throws Exception {
    String body = get("/?q=skolan&party=SD").body();
    assertThat(body).contains("1 träff,", "Trygghet", "Parti: SD");
    assertThat(body).contains("href=\"/?q=skolan\" aria-label=\"Ta bort filtret Parti: SD\"");
    assertThat(body).contains("href=\"/?q=skolan&amp;party=SD&amp;party_raised=SD\""); // the parties, by role
  }

  @Test
  void partiesAreCountedAndFilteredByWhoRaisesAndWhoAnswers() throws Exception {
    // Göteborg: Anna Ek (V) asks, Jonas Attenius (S) answers; Stockholm: Bjuggren (S) answers Rosencrantz (M).
    String body = get("/?q=skolan").body();
    assertThat(body).contains("<h2>Parti, frågar och talar</h2>", "<h2>Parti, svarar</h2>").doesNotContain("<h2>Parti</h2>");
    String raised = get("/?q=skolan&party_raised=S").body();
    String answered = get("/?q=skolan&party_answered=S").body();
    assertThat(raised).contains("Frågar eller talar: S").doesNotContain("goteborg.txt");
    assertThat(answered).contains("Svarar: S", "goteborg.txt", "stockholm.txt");
    assertThat(get("/api/search?q=skolan&party_raised=V").body()).contains("\"total\":1", "goteborg.txt");
  }

  @Test
  void sortsAndPages() throws Exception {
    String newest = get("/?q=skolan&sort=newest&size=1").body();
    assertThat(newest).contains("Socialdemokraternas integrationspolitik").contains("rel=\"next\"");
    String second = get("/?q=skolan&sort=oldest&size=1&page=2").body();
    assertThat(second).contains("Interpellation av Anna Ek").contains("rel=\"prev\"");
  }

  @Test
  void noHitsAndBadQueriesAreExplainedNotErrors() throws Exception {
    assertThat(get("/?q=zzyzx").body()).contains("Inga dokument matchar");
    HttpResponse<String> bad = get("/?q=" + WebFixture.enc("skola AND ("));
    assertEquals(400, bad.statusCode());
    assertThat(bad.body()).contains("Sökfrågan kunde inte tolkas", "är inte stängd");
    for (String param : List.of("size=1000", "page=0", "page=x", "sort=best", "from=2023-13", "kind=tal")) {
      HttpResponse<String> r = get("/?q=skolan&" + param);
      assertEquals(400, r.statusCode(), param);
      assertThat(r.body()).as(param).doesNotContain("Exception", "at se.debattsok");
    }
  }

  @Test
  void pastedTextWithColonsIsSearchedAndBadAddressesAreNamedAsSuch() throws Exception {
    HttpResponse<String> pasted = get("/?q=" + WebFixture.enc("frågan till borgarrådet Emilia Bjuggren: Fokus Järva"));
    assertEquals(200, pasted.statusCode());
    assertThat(pasted.body()).contains("1 träff").doesNotContain("Okänt fält");
    HttpResponse<String> badPage = get("/?q=skolan&page=x");
    assertEquals(400, badPage.statusCode());
    assertThat(badPage.body()).contains("<title>Adressen innehåller ett fel – Debattsök</title>", "<h1>Adressen innehåller ett fel</h1>")
        .doesNotContain("Sökfrågan kunde inte tolkas");
    assertThat(get("/?q=skolan&sort=best").body()).contains("skriv relevans, nyast eller äldst");
    assertThat(get("/?q=skolan&sort=nyast").body()).contains("3 träffar");
    assertThat(get("/?q=" + WebFixture.enc("typ:tal")).body()).contains("Typer: interpellation, svar, motion, protokoll, anförande");
    assertThat(get("/?q=skolan&kind=tal").body()).contains("Typer: interpellation, svar, motion");
    HttpResponse<String> badQuery = get("/?q=" + WebFixture.enc("skola AND ("));
    assertThat(badQuery.body()).contains("<title>Sökfrågan kunde inte tolkas – Debattsök</title>").doesNotContain("<title>skola");
  }

  @Test
  void aWordStillBeingTypedIsCompletedNotCorrected() throws Exception {
    // As the page's script asks while the user pauses in "segreg": the word begun, not a typo.
    String typing = get("/?q=segreg&typing=1").body();
    assertThat(typing).contains("2 träffar").doesNotContain("Visar resultat för", "Menade du", "typing=1");
    assertThat(get("/?q=skolan+segreg&typing=1").body()).contains("1 träff");
    assertThat(get("/?q=segreg").body()).doesNotContain("2 träffar"); // the same query sent is taken as written
    assertThat(get("/?q=%22skolan+segreg&typing=1").statusCode()).isEqualTo(400); // an open quote stays a mistake
  }

  @Test
  void theFrontPageSaysWhatTheIndexHoldsFromTheIndex() throws Exception {
    String front = get("/").body();
    // (3 documents, or 4 once another test of this class has added one)
    assertThat(front).containsPattern("Sökindexet rymmer <strong>[34] dokument</strong> från 2021–2024:")
        .contains("1 interpellation", "1 motion", "1 svar")
        .contains("Stockholms stad, kommunfullmäktige (1)")
        .contains("<a href=\"/?q=inte+har+r%C3%A5d\">inte har råd</a>")
        .doesNotContain("protokoll"); // none in this index: not promised
  }

  @Test
  void theQuerysWordsAreMarkedInTheHitsTitlesToo() throws Exception {
    assertThat(get("/?q=trygghet").body()).containsPattern("<a href=\"/doc/malmo/motion.md[^\"]*\">Motion av Lars Berg \\(sd\\) om <mark>trygghet</mark></a>");
    assertThat(get("/?q=poliser").body()).contains("\">Motion av Lars Berg (sd) om trygghet</a>"); // a word of the text only
    assertThat(get("/api/search?q=trygghet").body()).contains("\"title\":\"Motion av Lars Berg (sd) om trygghet\"");
  }

  @Test
  void aPhraseFoundOnceIsOneHitOfTheDocument() throws Exception {
    String page = get("/doc/stockholm.txt?q=" + WebFixture.enc("\"Fokus Järva\"")).body();
    assertThat(page).contains("<mark id=\"hit-1\" tabindex=\"-1\">Fokus Järva</mark>").doesNotContain("id=\"hit-2\"");
  }

  @Test
  void pagesAreMadeForKeyboardsAndScreenReaders() throws Exception {
    String front = get("/").body();
    assertThat(front).contains("maxlength=\"10000\" autofocus", "<h1>");
    String results = get("/?q=skolan").body();
    assertThat(results).contains("<a class=\"skip\" href=\"#results\">Hoppa till träffarna</a>", "id=\"results\"",
        "<h1 id=\"results-heading\" class=\"visually-hidden\">Träffar för skolan</h1>", "href=\"#filter\"");
    assertThat(results).doesNotContain("autofocus"); // the user is reading results, not typing
  }

  @Test
  void aCorrectedQueryIsAnnouncedWithAWayBack() throws Exception {
    String body = get("/?q=segregatoin").body();
    assertThat(body).contains("Visar resultat för <a href=\"/?q=segregation\"><strong>segregation</strong></a>");
    assertThat(body).contains("sök i stället efter <a href=\"/?q=segregatoin&amp;nocorrect=1\">segregatoin</a>");
    assertThat(get("/?q=segregatoin&nocorrect=1").body()).contains("Inga träffar", "Menade du");
  }

  @Test
  void markupInDocumentsAndQueriesIsShownAsText() throws Exception {
    assertThat(get("/?q=poliser").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
    String echoed = get("/?q=" + WebFixture.enc("<script>alert(2)</script>")).body();
    assertThat(echoed).doesNotContain("<script>alert(2)").contains("&lt;script&gt;alert(2)");
    assertThat(get("/doc/malmo/motion.md").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
  }

  @Test
  void theDocumentPageMarksAndNumbersEveryHit() throws Exception {
    HttpResponse<String> page = get("/doc/stockholm.txt?q=segregation&party=S");
    assertEquals(200, page.statusCode());
    assertThat(page.body()).contains("<mark id=\"hit-1\" tabindex=\"-1\">", "<mark id=\"hit-5\"", "träffar för <strong>segregation</strong>");
    assertThat(page.body()).contains("href=\"/?q=segregation&amp;party=S\"", "KS 2024/142", "Frågeställare", "Per Rosencrantz (M)");
    assertEquals(200, get("/doc/malmo/motion.md").statusCode()); // an id with a slash
  }

  @Test
  void unknownDocumentsAndPathsAreNotFound() throws Exception {
    assertEquals(404, get("/doc/nope.txt").statusCode());
    assertEquals(404, get("/doc/..%2F..%2Fetc%2Fpasswd").statusCode());
    assertEquals(404, get("/static/..%2F..%2Fpom.xml").statusCode());
    assertEquals(404, get("/nope").statusCode());
    HttpResponse<String> api = get("/api/documents/..%2F..%2Fetc%2Fpasswd");
    assertEquals(404, api.statusCode());
    assertThat(JSON.readTree(api.body()).get("error").asText()).isNotBlank();
    assertEquals(404, get("/api/nope").statusCode());
  }

  @Test
  void apiSearchHasTheCliShapePlusFacets() throws Exception {
    HttpResponse<String> r = get("/api/search?q=" + WebFixture.enc("Fokus Järva"));
    assertEquals(200, r.statusCode());
    assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode json = JSON.readTree(r.body());
    assertThat(json.fieldNames()).toIterable().containsExactly("query", "total", "tookMs", "hits", "facets");
    assertThat(json.get("facets").fieldNames()).toIterable()
        .containsExactly("party", "party_raised", "party_answered", "person", "kind", "assembly", "year");
    JsonNode hit = json.get("hits").get(0);
    assertEquals("stockholm.txt", hit.get("id").asText());
    assertThat(hit.get("snippets").toString()).contains("<mark>Fokus</mark> <mark>Järva</mark>");
  }

  @Test
  void apiFiltersAndErrors() throws Exception {
    JsonNode sd = JSON.readTree(get("/api/search?q=skolan&party=SD&kind=motion&from=2021&to=2021").body());
    assertEquals(1, sd.get("total").asInt());
    assertEquals(400, get("/api/search?q=" + WebFixture.enc("skola AND (")).statusCode());
    assertThat(JSON.readTree(get("/api/search?q=" + WebFixture.enc("skola AND (")).body()).get("error").asText()).contains("'('");
    assertEquals(400, get("/api/search").statusCode());
    assertEquals(400, get("/api/search?q=skolan&size=101").statusCode());
    assertEquals(400, get("/api/search?q=skolan&page=2000").statusCode());
    // Past Jetty's URL limit the answer is 414 before the app sees it: a client error either way.
    assertThat(get("/api/search?q=" + "skolan+".repeat(2000)).statusCode()).isIn(400, 414);
  }

  @Test
  void batchSearchAnswersInOrder() throws Exception {
    HttpResponse<String> r = web.post("/api/search/batch?size=1", "[\"skolan\", {\"qid\": \"j\", \"q\": \"Järva\"}, \"skola AND (\"]");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode answers = JSON.readTree(r.body());
    assertEquals(3, answers.size());
    assertEquals("1", answers.get(0).get("qid").asText());
    assertEquals(3, answers.get(0).get("total").asInt());
    assertEquals(1, answers.get(0).get("hits").size());
    assertEquals("j", answers.get(1).get("qid").asText());
    assertThat(answers.get(2).get("error").asText()).isNotBlank();
    assertEquals(400, web.post("/api/search/batch", "{\"q\": \"skolan\"}").statusCode());
    assertEquals(400, web.post("/api/search/batch", "not json").statusCode());
    assertEquals(400, web.post("/api/search/batch", "[]").statusCode());
    assertEquals(400, web.post("/api/search/batch", "[" + "\"a\",".repeat(1000) + "\"b\"]").statusCode());
  }

  @Test
  void apiDocumentHealthAndOpenApi() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/documents/stockholm.txt").body());
    assertEquals("KS 2024/142", doc.get("reference").asText());
    assertEquals(12, doc.get("paragraphs").size());
    assertThat(doc.has("source")).isFalse(); // no server paths
    JsonNode health = JSON.readTree(get("/api/health").body());
    assertEquals("ok", health.get("status").asText());
    assertEquals(3, health.get("documents").asInt());
    JsonNode openApi = JSON.readTree(get("/api/openapi.json").body());
    assertThat(openApi.get("paths").fieldNames()).toIterable()
        .contains("/api/search", "/api/search/batch", "/api/documents/{id}", "/api/health");
    assertEquals(200, get("/static/app.js").statusCode());
  }

  @Test
  void hostileQueriesNeverGiveAServerError() throws Exception {
    List<String> queries = se.debattsok.search.HostileQueryTest.queries();
    List<String> problems = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String query = queries.get(i);
      // Every other query grouped by debate and with the trend: those paths see hostile input too.
      String extra = i % 2 == 0 ? "" : "&group=1&trend=1";
      for (String path : List.of("/?q=", "/api/search?q=")) {
        HttpResponse<String> r = get(path + WebFixture.enc(query) + extra);
        if (r.statusCode() != 200 && r.statusCode() != 400) {
          problems.add(r.statusCode() + " for " + path + query);
        }
        if (r.body().contains("Exception") || r.body().contains("at se.debattsok")) {
          problems.add("internals shown for " + path + query);
        }
      }
    }
    HttpResponse<String> nested = get("/api/search?q=" + "(".repeat(1_000) + "skola" + ")".repeat(1_000));
    assertEquals(400, nested.statusCode());
    assertThat(problems).isEmpty();
  }

  @Test
  void aReIndexIsPickedUpWithoutARestart() throws Exception {
    web.write("nytt.txt", "Om lodjur", "Lodjuren i Uppland ökar.");
    web.reindex();
    web.service.refresh();
    assertThat(get("/?q=lodjuren").body()).contains("1 träff,");
  }
}
