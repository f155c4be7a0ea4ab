package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;

/** A document's heading line is searched with its title; hits show the title and the text. */
class HeadingSearchTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("docs.jsonl"), """
        {"id":"i1","kind":"interpellation","title":"Sjöfartens villkor",\
        "heading":"2024/25:1 av Anna Andersson (S) till näringsministern om sjöfartens villkor",\
        "paragraphs":["Sjöfarten behöver bättre villkor i hela landet.","Vad avser ministern att göra?"]}
        """);
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void wordsOfTheHeadingFindTheDocument() throws Exception {
    SearchResult result = service.search(SearchRequest.of("näringsministern sjöfarten"));
    assertEquals(List.of("i1"), SearchServiceTest.ids(result));
    SearchResult.Hit hit = result.hits().get(0);
    assertEquals("Sjöfartens villkor", hit.title());
    // The snippets come from the text, not from the heading again.
    assertThat(Marked.tagged(hit.snippets())).isNotEmpty().noneMatch(s -> s.contains("näringsministern") || s.contains("2024/25:1"));
  }
}
