package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;

/** Speeches on the web: grouped by debate, the trend chart, a speech in its debate, a person's page. */
class DebatePagesTest {
  static final Path RESOURCES = TestData.PROJECT.resolve("src/test/resources");
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    Path hostile = Files.createDirectories(dir.resolve("hostile"));
    // A speaker and a debate whose names carry markup: shown as text on every page.
    Files.writeString(hostile.resolve("markup.json"), """
        {"anforande": {"dok_id": "H1", "anforande_nummer": "1", "dok_datum": "2023-05-02",
          "avsnittsrubrik": "<img src=x onerror=alert(1)> om segregationen",
          "talare": "Eva <b>Fet</b> (S)", "parti": "S", "intressent_id": "<script>x</script>",
          "anforandetext": "<p>Herr talman! Segregationen &lt;script&gt;alert(2)&lt;/script&gt; ökar.</p>"}}
        """, StandardCharsets.UTF_8);
    web = new WebFixture(dir, List.of(RESOURCES.resolve("parlamint"), RESOURCES.resolve("riksdagen-speeches"), hostile));
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @Test
  void groupedResultsShowEachDebateWithItsBestSpeeches() throws Exception {
    String page = web.get("/?q=segregationen&group=1").body();
    assertThat(page)
        .contains("<ol class=\"debates\"")
        .contains("<h2>Svar på interpellation 2020/21:257 om skolsegregationen</h2>")
        .contains("4 träffar i debatten")
        .contains(">Anförande 3</a>") // under its debate's heading, without repeating it
        .contains("<a href=\"/person/RobertStenkvist\">Robert Stenkvist</a> (SD), talare")
        .contains("Visa varje träff för sig");
    assertThat(web.get("/?q=segregationen").body()).contains("<ol class=\"hits\"").contains("Gruppera per debatt")
        .contains("Anförande 3: Svar på interpellation 2020/21:257 om skolsegregationen");
  }

  @Test
  void theTrendChartHasABarPerYearThatNarrowsToIt() throws Exception {
    String page = web.get("/?q=segregationen").body();
    assertThat(page).contains("<svg class=\"trend\"")
        .containsPattern("<title>2021: 4 träffar, \\d+,\\d % av årets \\d+ dokument \\(S 2, M 1, SD 1\\)</title>");
    String href = page.substring(page.indexOf("href=\"", page.indexOf("<svg class=\"trend\"")) + 6);
    href = href.substring(0, href.indexOf('"')).replace("&amp;", "&");
    assertThat(href).contains("from=2021").contains("to=2021");
    String narrowed = web.get(href).body();
    assertThat(narrowed).contains("4 träffar").contains("Datum: 2021-01-01 – 2021-12-31");
  }

  @Test
  void aSpeechIsShownInItsDebateWithTheSpeechesAround() throws Exception {
    String page = web.get("/doc/i-prot-202021--60-3?q=segregationen").body();
    assertThat(page)
        .contains("I debatten: Svar på interpellation 2020/21:257 om skolsegregationen")
        .contains("<a id=\"previous-speech\" href=\"/doc/i-prot-202021--60-2?q=segregationen\"")
        .contains("<a id=\"next-speech\" href=\"/doc/i-prot-202021--60-4?q=segregationen\"")
        .contains("<li value=\"3\" class=\"current\" aria-current=\"true\"><strong>Robert Stenkvist (SD)</strong>");
    assertThat(web.get("/doc/i-prot-202021--60-1").body()).doesNotContain("previous-speech").contains("next-speech");
  }

  @Test
  void aPersonHasAPageWithPartiesSpeechesAndASearch() throws Exception {
    HttpResponse<String> response = web.get("/person/AmanjAziz");
    assertEquals(200, response.statusCode());
    assertThat(response.body()).contains("<h1>Amanj Aziz</h1>").containsPattern("V \\(2021-\\d\\d-\\d\\d\\)")
        .contains("<dt>Anföranden</dt><dd>1</dd>")
        .contains("<input type=\"hidden\" name=\"person\" value=\"Amanj Aziz\">")
        .contains("<h2>Senaste dokument och anföranden</h2>").containsPattern("<li><a href=\"/doc/[^\"]+\">");
    assertEquals(404, web.get("/person/nobody").statusCode());
    // A council answer's signatory, by name: a document listed, no "Anföranden 0".
    String signatory = web.get("/person/emilia-bjuggren").body();
    assertThat(signatory).contains("<a href=\"/doc/stockholm.txt\">").doesNotContain("<dt>Anföranden</dt>")
        .contains("<span class=\"meta\">2024-03-20 · svar");
  }

  @Test
  void theApiGroupsAndCountsWhenAsked() throws Exception {
    JsonNode json = new ObjectMapper().readTree(web.get("/api/search?q=segregationen&group=1&trend=1").body());
    assertThat(json.get("hits").size()).isZero();
    assertThat(json.get("groups").size()).isGreaterThanOrEqualTo(2);
    assertThat(json.get("trend").get("years").get(0).get("year").asInt()).isEqualTo(2021);
    assertThat(new ObjectMapper().readTree(web.get("/api/search?q=segregationen").body()).has("trend")).isFalse();
    JsonNode speech = new ObjectMapper().readTree(web.get("/api/documents/i-prot-202021--60-3").body());
    assertEquals("ParlaMint-SE_2021-01-12-prot-202021--60-d1", speech.get("debate").get("id").asText());
    assertEquals(3, speech.get("debate").get("position").asInt());
    assertEquals("RobertStenkvist", speech.get("people").get(0).get("key").asText());
    HttpResponse<String> bad = web.get("/api/search?q=segregationen&group=kanske");
    assertEquals(400, bad.statusCode());
    assertThat(bad.body()).contains("'group' ska vara debatt (1), tråd eller 0");
  }

  @Test
  void markupInSpeakersAndDebatesIsText() throws Exception {
    for (String path : List.of("/?q=segregationen", "/?q=segregationen&group=1", "/doc/H1-1", "/person/" + WebFixture.enc("<script>x</script>"))) {
      String page = web.get(path).body();
      assertThat(page).as(path).doesNotContain("<b>Fet</b>").doesNotContain("<img src=x").doesNotContain("<script>x");
    }
    assertThat(web.get("/doc/H1-1").body()).contains("&lt;img src=x onerror=alert(1)&gt; om segregationen");
  }
}
