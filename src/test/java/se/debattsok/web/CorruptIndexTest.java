package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;
import se.debattsok.TestData;
import se.debattsok.cli.Main;
import se.debattsok.index.Indexer;
import se.debattsok.search.SearchService;

/**
 * An index damaged on disk (4 KB of garbage in the middle of its largest file): noticed by the
 * server's health, refused by the command line, and built anew by the next indexing run.
 */
class CorruptIndexTest {
  @TempDir Path dir;
  Path corpus;
  Path index;

  @BeforeEach
  void damagedIndex() throws Exception {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("stockholm.txt"));
    TestData.copyTree(TestData.PROJECT.resolve("src/test/resources/samples/swerik-records"), corpus.resolve("swerik"));
    index = dir.resolve("index");
    TestIndex.build(index, corpus);
    Path largest;
    try (var files = Files.list(index)) {
      largest = files.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
    }
    try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
      byte[] garbage = new byte[(int) Math.min(4096, file.length() / 4)];
      new Random(17).nextBytes(garbage);
      file.seek(file.length() / 2);
      file.write(garbage);
    }
  }

  @Test
  void theServerSaysSoOnItsHealthAndGoesOnAnswering() throws Exception {
    try (SearchService service = SearchService.open(index); WebServer server = WebServer.start(service, "127.0.0.1", 0)) {
      service.verifyInBackground(); // as serve does when it starts
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> health = null;
      for (int i = 0; i < 100 && (health == null || health.statusCode() == 200); i++) {
        Thread.sleep(50);
        health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/health")).build(),
            HttpResponse.BodyHandlers.ofString());
      }
      assertEquals(503, health.statusCode());
      assertThat(health.body()).contains("\"status\":\"corrupt\"", "checksum does not match", "debattsok index");
    }
  }

  @Test
  void theCommandLineRefusesToSearchIt() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"search", "--index", index.toString(), "Järva"}, new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    assertEquals(1, code);
    assertThat(err.toString()).startsWith("debattsok: the index " + index + " is damaged (a checksum does not match in ")
        .contains("build it anew").doesNotContain("Exception");
  }

  @Test
  void theNextIndexingRunBuildsItAnewAndSaysWhy() throws Exception {
    Indexer.Summary summary = TestIndex.build(index, corpus);
    assertThat(summary.damage()).startsWith("a checksum does not match in ");
    assertThat(summary.rebuilt()).isTrue();
    try (var directory = FSDirectory.open(index); var check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    try (SearchService service = SearchService.open(index)) {
      assertThat(service.verify()).isNull();
      assertEquals(4, service.documentCount());
    }
  }
}
