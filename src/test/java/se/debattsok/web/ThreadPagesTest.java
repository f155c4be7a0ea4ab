package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;

/** A question followed to its debate and back on the pages, its source, its citation and its original file. */
class ThreadPagesTest {
  static final Path RESOURCES = TestData.PROJECT.resolve("src/test/resources");
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, List.of(TestData.threadQuestions(dir.resolve("fixtures")), RESOURCES.resolve("samples")));
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @Test
  void theQuestionsPageListsItsThreadAndEachSpeechLeadsBack() throws Exception {
    String page = web.get("/doc/ipq-202122--0439").body();
    assertThat(page).contains("Tråden: 3 dokument")
        .contains("<strong>Interpellation 2021/22:439</strong>")
        .contains("<a href=\"/doc/i-BQ8dtftkuwhpor9i8CsgBV\">Anförande 1</a>")
        .contains("<a href=\"/doc/i-UzqfQX3esdrPWFE4oPzSRh\">Anförande 2</a>")
        .contains("länkad genom numret 2021/22:439")
        .doesNotContain("gissning");
    String speech = web.get("/doc/i-UzqfQX3esdrPWFE4oPzSRh").body();
    assertThat(speech).contains("<a href=\"/doc/ipq-202122--0439\">Interpellation 2021/22:439</a>")
        .contains("<strong>Anförande 2</strong>");
  }

  @Test
  void aDocumentLinksToItsSourceAndCitesItInOneLineWithoutScript() throws Exception {
    String page = web.get("/doc/ipq-202122--0439").body();
    assertThat(page).contains("<a class=\"source\" href=\"https://data.riksdagen.se/dokument/H910439\"")
        .contains("<textarea id=\"citation\" readonly")
        .contains("Anders Åkesson (C): Hemställan om undantag från biotopskydd i Kalmar län. Interpellation 2021/22:439, "
            + "Riksdagen, 2022-04-04. https://data.riksdagen.se/dokument/H910439</textarea>")
        .contains("id=\"copy-citation\" class=\"button\" hidden"); // shown by the script, which copies
    // A council answer names no page of its own: the citation gives this server's page of it.
    String answer = web.get("/doc/stockholm.txt").body();
    assertThat(answer).contains("Emilia Bjuggren (S): Svar på Interpellation av Per Rosencrantz (M)")
        .contains("Svar KS 2024/142, Stockholms stad, kommunfullmäktige, 2024-03-20. " + web.url("/doc/stockholm.txt"))
        .contains("<a class=\"original\" href=\"/original/stockholm.txt\">Originalfilen</a>");
    // A Swerik record links to the record as its publisher keeps it.
    assertThat(web.get("/doc/prot-202122--113").body()).contains(
        "href=\"https://github.com/swerik-project/riksdagen-records/blob/main/data/202122/prot-202122--113.xml\"");
  }

  @Test
  void theOriginalFileIsServedAsItIsAndOnlyForAnIndexedDocument() throws Exception {
    HttpResponse<byte[]> xml = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(web.url("/original/ipq-202122--0439"))).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xml.statusCode());
    assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
    assertThat(xml.body()).isEqualTo(Files.readAllBytes(TestData.interpellation("ipq-202122--0439")));
    HttpResponse<String> pdfItem = web.get("/original/samples/municipal-pdf/hogsby-kommunstyrelsen-2007-01-08.pdf/s3a");
    assertEquals(200, pdfItem.statusCode()); // an item of minutes: the whole file it is in
    assertThat(pdfItem.headers().firstValue("Content-Type")).hasValue("application/pdf");
    HttpResponse<String> unknown = web.get("/original/..%2F..%2Fetc%2Fpasswd");
    assertEquals(404, unknown.statusCode());
    assertThat(unknown.body()).contains("Dokumentet finns inte i sökindexet.");
  }

  @Test
  void hitsSayTheyArePartOfAThreadAndThePageGroupsByThread() throws Exception {
    String page = web.get("/?q=" + WebFixture.enc("biotopskydd Kalmar")).body();
    assertThat(page).contains(">del av en tråd: 3 dokument</a>").contains("Gruppera per tråd");
    String grouped = web.get("/?q=" + WebFixture.enc("biotopskydd Kalmar") + "&group=tråd").body();
    assertThat(grouped).contains("3 träffar i tråden").contains("Visa varje träff för sig");
  }

  @Test
  void theApiGivesTheThreadTheLinkAndTheCitation() throws Exception {
    JsonNode doc = new ObjectMapper().readTree(web.get("/api/documents/i-BQ8dtftkuwhpor9i8CsgBV").body());
    assertThat(doc.get("thread")).hasSize(3);
    assertEquals("ipq-202122--0439", doc.get("thread").get(0).get("id").asText());
    assertEquals("number", doc.get("thread").get(0).get("linkedBy").asText());
    assertEquals("self", doc.get("thread").get(1).get("linkedBy").asText());
    assertThat(doc.get("link").asText()).startsWith("https://github.com/swerik-project/riksdagen-records/");
    assertThat(doc.get("citation").asText()).startsWith("Annika Strandhäll (S): Svar på interpellation 2021/22:439");
    JsonNode search = new ObjectMapper().readTree(web.get("/api/search?q=biotopskydd&group=thread").body());
    assertEquals("riksdagen|ip 2021/22:439", search.get("groups").get(0).get("threadId").asText());
    assertThat(search.get("groups").get(0).has("debateId")).isFalse();
  }

  @Test
  void relatedDocumentsAreListedWithTheWordsTheyShareOnThePageAndInTheApi() throws Exception {
    JsonNode api = new ObjectMapper().readTree(web.get("/api/documents/ipq-202122--0439/related").body());
    assertEquals("ipq-202122--0439", api.get("id").asText());
    assertThat(api.get("related")).isNotEmpty().allSatisfy(r -> {
      assertThat(r.get("because")).isNotEmpty();
      // Not the question itself, nor its debate's speeches (its thread).
      assertThat(r.get("id").asText()).isNotIn("ipq-202122--0439", "i-BQ8dtftkuwhpor9i8CsgBV", "i-UzqfQX3esdrPWFE4oPzSRh");
    });
    String page = web.get("/doc/ipq-202122--0439").body();
    String first = api.get("related").get(0).get("id").asText();
    assertThat(page).contains("Liknande dokument").contains("href=\"/doc/" + first + "\"").contains("Gemensamma ord: ");
    HttpResponse<String> unknown = web.get("/api/documents/no-such/related");
    assertEquals(404, unknown.statusCode());
    assertThat(unknown.body()).contains("Dokumentet finns inte: no-such");
  }
}
