package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.index.Indexer;

/** Compounds found from the index's own words, on a real index of a few short documents. */
class CompoundsTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    write(corpus, "ordet.txt", "Om segregation\n\nSegregationen i skolan ökar.");
    write(corpus, "sammansatt.txt", "Om boende\n\nBostadssegregationen växer i förorten.");
    write(corpus, "bostad1.txt", "Om bostäder\n\nEn bostad i staden kostar mycket.");
    write(corpus, "bostad2.txt", "Om hyror\n\nVarje bostad behöver underhåll.");
    write(corpus, "regering.txt", "Om staten\n\nRegeringen beslutade i går. Regeringens förslag.");
    write(corpus, "skrap.txt", "Om inget\n\nQwesegregationen är inget ord.");
    new Indexer(1).index(List.of(corpus), dir.resolve("index"), new Indexer.Listener() {});
    service = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static void write(Path corpus, String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void aWordFindsTheCompoundsEndingInItAfterTheWordItself() throws Exception {
    SearchResult result = service.search(SearchRequest.of("segregation"));
    assertEquals(List.of("ordet.txt", "sammansatt.txt"), result.hits().stream().map(SearchResult.Hit::id).toList());
    assertThat(result.hits().get(1).snippets()).anyMatch(s -> s.contains("<mark>Bostadssegregationen</mark>"));
  }

  @Test
  void onlyCompoundsWhoseFirstPartIsAWord() throws Exception {
    // "qwe" is no word of the index, so "qwesegregationen" is not taken for a compound.
    assertThat(service.search(SearchRequest.of("segregation")).hits()).extracting(SearchResult.Hit::id).doesNotContain("skrap.txt");
    // Short words do not expand at all: "ring" would otherwise find every "regering".
    assertEquals(0, service.search(new SearchRequest("ringen", null, null, 10, 0, false, false, false)).total());
  }

  @Test
  void exactFormsAndPhrasesDoNotExpand() throws Exception {
    assertEquals(1, service.search(SearchRequest.of("=segregationen")).total());
    assertEquals(0, service.search(SearchRequest.of("\"segregationen växer\"")).total());
  }
}
