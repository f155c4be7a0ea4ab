package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.watch.Delivery;
import se.debattsok.watch.WatchStore;

/** "Bevaka sökningen" on the page, a saved search's Atom feed after an index run, and any search's feed. */
class WatchPagesTest {
  @TempDir static Path dir;
  static WebFixture web;
  static WatchStore store;
  static WebServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir);
    store = new WatchStore(dir.resolve("watches"));
    server = WebServer.start(web.service, store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    web.close();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  static HttpResponse<String> post(String path, String form, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  static SyndFeed atom(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml)); // ROME refuses a document that is no feed
  }

  @Test
  void theSearchPageSavesItsSearchAndTheFeedGetsWhatTheNextRunBrings() throws Exception {
    String page = get("/?q=skolan&party=V").body();
    assertThat(page).contains("<summary>Bevaka sökningen</summary>")
        .contains("<form method=\"post\" action=\"/watch?q=skolan&amp;party=V\">")
        .contains("href=\"/feed?q=skolan&amp;party=V\"");

    HttpResponse<String> saved = post("/watch?q=skolan&party=V", "name=skolan-v&email=", url(""));
    assertEquals(201, saved.statusCode(), saved.body());
    assertThat(saved.body()).contains("Bevakningen skolan-v är sparad").contains("href=\"/feed/skolan-v\"");
    assertThat(store.search("skolan-v")).hasValueSatisfying(s -> assertEquals(List.of("V"), s.filters().parties()));
    assertThat(atom(get("/feed/skolan-v").body()).getEntries()).isEmpty(); // what matched when saved is not news

    web.write("ny.txt", "Interpellation av Eva Lind (V) till kommunstyrelsens ordförande Jonas Attenius (S) om skolan",
        "Skolan i Angered saknar lärare.", "Göteborg den 10 mars 2025", "Eva Lind");
    web.write("annan.txt", "Motion av Olle Berg (M) om skolan", "Skolan behöver ordning.", "Göteborg den 11 mars 2025",
        "Olle Berg");
    web.reindex();
    web.service.refresh();
    new Delivery(store).deliver(web.service, List.of("ny.txt", "annan.txt"), false, null, id -> "x");

    HttpResponse<String> feed = get("/feed/skolan-v");
    assertThat(feed.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
    SyndFeed parsed = atom(feed.body());
    assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(parsed.getEntries()).hasSize(1); // the (M) motion is not the party's
    SyndEntry entry = parsed.getEntries().get(0);
    assertThat(entry.getTitle()).startsWith("Interpellation av Eva Lind (V)");
    assertThat(entry.getLink()).isEqualTo(url("/doc/ny.txt"));
  }

  @Test
  void anySearchIsAFeedNewestFirst() throws Exception {
    HttpResponse<String> feed = get("/feed?q=" + WebFixture.enc("skolan OR trygghet"));
    assertEquals(200, feed.statusCode());
    List<SyndEntry> entries = atom(feed.body()).getEntries();
    assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
    assertThat(entries).extracting(SyndEntry::getPublishedDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertEquals(400, get("/feed").statusCode());
    assertEquals(400, get("/feed?q=" + WebFixture.enc("skolan AND (")).statusCode());
  }

  @Test
  void whatCannotBeSavedIsSaidAndAnotherSitesFormIsRefused() throws Exception {
    HttpResponse<String> foreign = post("/watch?q=skolan", "name=spam&email=offer%40example.se", "https://evil.example");
    assertEquals(400, foreign.statusCode());
    assertThat(store.search("spam")).isEmpty();
    HttpResponse<String> badName = post("/watch?q=skolan", "name=tv%C3%A5+ord", null);
    assertEquals(400, badName.statusCode());
    assertThat(badName.body()).contains("Namnet får bara ha bokstäver");
    HttpResponse<String> badMail = post("/watch?q=skolan", "name=ok&email=nej", null);
    assertThat(badMail.body()).contains("ser inte ut som en adress");
    assertEquals(404, get("/feed/finns-inte").statusCode());
    // A server started without a folder for saved searches says so.
    HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(web.url("/watch?q=skolan")))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=x"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(404, none.statusCode());
    assertThat(none.body()).contains("sparar inga bevakningar");
  }
}
