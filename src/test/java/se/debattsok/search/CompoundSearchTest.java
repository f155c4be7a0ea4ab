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

/** A word finds the compounds it ends ("segregation" → "bostadssegregationen"), ranked after itself. */
class CompoundSearchTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // The compound three times, the word itself once: the word must still rank first.
    SearchServiceTest.write(corpus, "compound.txt", "Anteckning om förorterna",
        "Bostadssegregationen ökar. Bostadssegregationen syns i skolan. Bostadssegregationen måste brytas.");
    SearchServiceTest.write(corpus, "word.txt", "Anteckning om staden", "Segregation är ett problem i staden.");
    SearchServiceTest.write(corpus, "government.txt", "Anteckning om beslut", "Regeringen har beslutat om en ny utredning.");
    service = SearchServiceTest.indexAndOpen(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult search(String query) throws Exception {
    return service.search(new SearchRequest(query, Filters.NONE, SortOrder.RELEVANCE, 10, 0, true, false, false));
  }

  @Test
  void aWordFindsTheCompoundsEndingInItAfterItself() throws Exception {
    SearchResult result = search("segregation");
    assertEquals(List.of("word.txt", "compound.txt"), SearchServiceTest.ids(result));
    // The word inside the compound is marked, not the whole compound.
    assertThat(Marked.tagged(result.hits().get(1).snippets())).anyMatch(s -> s.contains("Bostads<mark>segregationen</mark>"));
  }

  @Test
  void anExactFormLeavesCompoundsOut() throws Exception {
    assertEquals(List.of("word.txt"), SearchServiceTest.ids(search("=segregation")));
    assertEquals(List.of("word.txt"), SearchServiceTest.ids(search("\"segregation är\"")));
  }

  @Test
  void aCompoundIsNotSplitInTheQuery() throws Exception {
    assertEquals(List.of("compound.txt"), SearchServiceTest.ids(search("bostadssegregation")));
  }

  @Test
  void commonWordsAreNotTakenForCompounds() throws Exception {
    assertEquals(0, search("ringen").total()); // "regeringen" is no compound of "ringen"
  }

  @Test
  void onlyTheTextGetsCompoundHeadsNotTheTitle() throws Exception {
    var analyzer = se.debattsok.index.Fields.indexAnalyzer();
    assertThat(se.debattsok.analysis.SwedishAnalysisTest.terms(analyzer, se.debattsok.index.Fields.TEXT, "skolsegregationen"))
        .contains(">segregation");
    assertThat(se.debattsok.analysis.SwedishAnalysisTest.terms(analyzer, se.debattsok.index.Fields.TITLE, "skolsegregationen"))
        .containsExactly("skolsegregation");
  }
}
