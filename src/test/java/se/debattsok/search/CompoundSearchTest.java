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

/** A word finds the compounds it ends ("segregation" → "bostadssegregationen"), ranked after itself. */
class CompoundSearchTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // The compound three times, the word itself once: the word must still rank first.
    TestIndex.write(corpus, "compound.txt", "Anteckning om förorterna",
        "Bostadssegregationen ökar. Bostadssegregationen syns i skolan. Bostadssegregationen måste brytas.");
    TestIndex.write(corpus, "word.txt", "Anteckning om staden", "Segregation är ett problem i staden.");
    TestIndex.write(corpus, "government.txt", "Anteckning om beslut", "Regeringen har beslutat om en ny utredning.");
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult search(String query) throws Exception {
    return service.search(SearchRequest.of(query).asWritten());
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
