package se.debattsok.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.debattsok.TestIndex;
import se.debattsok.TestData;
import se.debattsok.search.SearchService;

/** A real index of a few council documents and a real server on a free loopback port. */
final class WebFixture implements AutoCloseable {
  final Path corpus;
  final Path index;
  final SearchService service;
  final WebServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  WebFixture(Path dir) throws IOException {
    this(dir, List.of());
  }

  /** With the files of more folders (e.g. the debate fixtures) copied into the corpus too. */
  WebFixture(Path dir, List<Path> moreFolders) throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    for (Path folder : moreFolders) {
      TestData.copyTree(folder, corpus.resolve(folder.getFileName().toString()));
    }
    Files.copy(TestData.STOCKHOLM, corpus.resolve("stockholm.txt"));
    write("goteborg.txt",
        "Interpellation av Anna Ek (V) till kommunstyrelsens ordförande Jonas Attenius (S) om skolan",
        "Segregation i skolan ökar. Vi har inte gjort nog för fritidsgårdarna.",
        "Göteborg den 3 februari 2023", "Anna Ek");
    Files.createDirectories(corpus.resolve("malmo"));
    write("malmo/motion.md",
        "# Motion av Lars Berg (sd) om trygghet",
        "Trygghet i Malmö kräver fler poliser. Skolan nämns inte här, men <script>alert(1)</script> gör det.",
        "Malmö den 1 december 2021", "Lars Berg");
    index = dir.resolve("index");
    reindex();
    service = SearchService.open(index);
    server = WebServer.start(service, "127.0.0.1", 0);
  }

  void write(String name, String... paragraphs) throws IOException {
    TestIndex.write(corpus, name, paragraphs);
  }

  void reindex() throws IOException {
    TestIndex.build(index, corpus);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    server.close();
    service.close();
  }
}
