package se.debattsok.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.index.Indexer;

/** Words typed without å, ä, ö are no typos; real typos are corrected from the documents' own words. */
class SpellingTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    SearchServiceTest.write(corpus, "right.txt", "Om kommissionen", "En hållbarhetskommission tillsattes av regeringen.");
    // A document with a misspelling one edit closer to the query than the right word.
    SearchServiceTest.write(corpus, "misspelled.txt", "Om stavning", "Hållbarhetskommisionen har ännu inte rapporterat.");
    SearchServiceTest.write(corpus, "youth.txt", "Om unga", "Fritidsgårdarna behöver mer pengar.");
    new Indexer(1).index(List.of(corpus), dir.resolve("index"), new Indexer.Listener() {});
    service = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void aWordTypedWithoutSwedishLettersIsNotCorrectedToAnotherWord() throws Exception {
    SearchResult result = service.search(SearchRequest.of("hallbarhetskommissionen"));
    assertEquals(List.of("right.txt"), SearchServiceTest.ids(result)); // found through folding
    assertNull(result.suggestion()); // not "hållbarhetskommisionen", the misspelling
  }

  @Test
  void itsOwnSpellingWithSwedishLettersIsOffered() throws Exception {
    SearchResult result = service.search(SearchRequest.of("fritidsgardarna"));
    assertEquals(List.of("youth.txt"), SearchServiceTest.ids(result));
    assertEquals("fritidsgårdarna", result.suggestion());
  }

  @Test
  void aRealTypoIsStillCorrected() throws Exception {
    SearchResult result = service.search(SearchRequest.of("fritidsgårdrna"));
    assertEquals("fritidsgårdarna", result.suggestion());
    assertEquals(Boolean.TRUE, result.suggestionApplied());
  }
}
