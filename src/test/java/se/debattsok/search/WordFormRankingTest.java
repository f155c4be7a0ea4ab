package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
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
import se.debattsok.TestIndex;
import se.debattsok.index.Fields;

/** Every form of a word is found; the documents with the form typed come first. */
class WordFormRankingTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // Same length, same stem ("dom"), one form each. Indexed first, "a" would win a tie.
    TestIndex.write(corpus, "a.txt", "Anteckning ett", "Domarna i hovrätten är oeniga om detta.");
    TestIndex.write(corpus, "b.txt", "Anteckning två", "Domen i hovrätten är oenig om detta.");
    // "tillstanden" is stemmed to "tillst" ("anden" is an ending), "tillstånden" to "tillstånd".
    TestIndex.write(corpus, "c.txt", "Tre", "Tillstånden gavs i fjol.");
    TestIndex.write(corpus, "d.txt", "Fyra", "Inget tillstånd gavs då.");
    // "mattliga" and "mattas" are stemmed to "matt", "måttliga" to "mått".
    TestIndex.write(corpus, "e.txt", "Fem", "Intresset mattas av bland väljarna.");
    TestIndex.write(corpus, "f.txt", "Sex", "Kraven är måttliga bland väljarna.");
    // "övergrepp" only inside a compound; "äldreomsorg" only in a title.
    TestIndex.write(corpus, "g.txt", "Sju", "Maktövergreppen måste upphöra.");
    TestIndex.write(corpus, "h.txt", "Äldreomsorgens framtid", "Vem ska ta hand om de gamla?");
    // "vald" is a word of its own beside "våld"; "sall" may be "säll" or "såll".
    TestIndex.write(corpus, "i.txt", "Nio", "Våld i hemmet ökar.");
    TestIndex.write(corpus, "j.txt", "Tio", "Hon blev vald till ordförande.");
    TestIndex.write(corpus, "k.txt", "Elva", "Ett säll folk.");
    TestIndex.write(corpus, "l.txt", "Tolv", "Ett såll för sand.");
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void theFormTypedRanksFirst() throws Exception {
    SearchResult result = service.search(SearchRequest.of("domen"));
    assertEquals(List.of("b.txt", "a.txt"), SearchServiceTest.ids(result));
    // Every form is marked, through the stemmed text (the form typed only ranks, see UserQueryParser).
    assertThat(Marked.tagged(result.hits().get(0).snippets())).anyMatch(s -> s.contains("<mark>Domen</mark>"));
    assertThat(Marked.tagged(result.hits().get(1).snippets())).anyMatch(s -> s.contains("<mark>Domarna</mark>"));
    assertEquals(List.of("a.txt", "b.txt"), SearchServiceTest.ids(service.search(SearchRequest.of("domarna"))));
  }

  @Test
  void theFormTypedChangesTheOrderNotWhatIsFound() throws Exception {
    assertEquals(List.of("b.txt", "a.txt"), SearchServiceTest.ids(service.search(SearchRequest.of("domen hovrätten"))));
    assertEquals(List.of("b.txt"), SearchServiceTest.ids(service.search(SearchRequest.of("=domen")))); // that form only
  }

  @Test
  void aWordTypedWithoutSwedishLettersFindsEveryFormOfTheWordItStandsFor() throws Exception {
    SearchResult result = service.search(SearchRequest.of("tillstanden"));
    assertEquals(List.of("c.txt", "d.txt"), SearchServiceTest.ids(result)); // the form typed first
    assertThat(Marked.tagged(result.hits().get(1).snippets())).anyMatch(s -> s.contains("<mark>tillstånd</mark>"));
    // Searched as the texts spell it, "tillstånden": no spelling to offer.
    assertNull(result.suggestion());
  }

  @Test
  void aWordTheTextsOnlySpellWithSwedishLettersIsSearchedAsSpelled() throws Exception {
    // "mattliga" is stemmed to "matt", as "mattas" is; the texts only write "måttliga". Before,
    // "mattas" was found too (and, before its folded form counted, ranked first).
    assertEquals(List.of("f.txt"), SearchServiceTest.ids(service.search(SearchRequest.of("mattliga"))));
    // The same hits with the same scores as the words spelled. (A word no text holds as a word of
    // its own, only in a title, "aldreomsorgens", or inside a compound, "overgreppen", is found
    // through the folded copies: see the test below.)
    for (String[] pair : new String[][] {{"maktovergreppen", "maktövergreppen"}, {"Mattliga valjarna", "måttliga väljarna"}}) {
      SearchResult typed = service.search(SearchRequest.of(pair[0]));
      SearchResult spelled = service.search(SearchRequest.of(pair[1]));
      assertThat(typed.total()).isPositive();
      assertEquals(scores(spelled), scores(typed), pair[0]);
    }
  }

  private static List<String> scores(SearchResult result) {
    return result.hits().stream().map(h -> h.id() + " " + h.score()).toList();
  }

  @Test
  void aWordThatIsAlsoWrittenAsTypedOrSpelledInSeveralWaysIsLookedUpFolded() throws Exception {
    assertEquals(List.of("j.txt", "i.txt"), SearchServiceTest.ids(service.search(SearchRequest.of("vald")))); // as typed first
    assertThat(SearchServiceTest.ids(service.search(SearchRequest.of("sall")))).containsExactlyInAnyOrder("k.txt", "l.txt");
  }

  @Test
  void onlyWordsTypedWithoutSwedishLettersAreLookedUpFolded() throws Exception {
    UserQueryParser parser = new UserQueryParser(Fields.queryAnalyzer(), Fields.indexAnalyzer(), Ranking.DEFAULT);
    assertThat(parser.parse("forskolan", FoldedForms.NONE).toString())
        .contains("text_folded:forskol", "title_folded:forskol");
    assertThat(parser.parse("förskolan", FoldedForms.NONE).toString())
        .doesNotContain("text_folded", "title_folded").contains("text:förskol");
  }

  @Test
  void aWordTypedWithoutSwedishLettersFindsItInsideCompoundsAndTitlesToo() throws Exception {
    // Before, the folded copy had neither compound heads nor titles: "overgrepp" missed 21 of the
    // 409 interpellations "övergrepp" finds ("maktövergrepp"), "aldreomsorg" 5 of 178.
    SearchResult compound = service.search(SearchRequest.of("overgrepp"));
    assertEquals(List.of("g.txt"), SearchServiceTest.ids(compound));
    assertEquals(SearchServiceTest.ids(service.search(SearchRequest.of("övergrepp"))), SearchServiceTest.ids(compound));
    assertThat(Marked.tagged(compound.hits().get(0).snippets())).anyMatch(s -> s.contains("Makt<mark>övergreppen</mark>"));
    assertEquals(List.of("h.txt"), SearchServiceTest.ids(service.search(SearchRequest.of("aldreomsorg"))));
  }
}
