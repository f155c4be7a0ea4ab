package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;

/**
 * An interpellation filed twice, or put to two ministers in the same words: the copy lower on the
 * page names the hit above it with the same text.
 */
class SameTextTest {
  @TempDir static Path dir;
  static SearchService service;

  /** About 120 words on elderly care, in the words of one asker. */
  static final String TEXT = """
      Äldreomsorgen i landets kommuner står inför stora utmaningar. Allt fler äldre behöver hjälp \
      i hemmet, samtidigt som personalen i hemtjänsten har för lite tid för varje besök. Många \
      undersköterskor vittnar om scheman där tjugo minuter ska räcka till både dusch, frukost och \
      medicin. Anhöriga tar ett allt större ansvar, ofta kvinnor som går ned i arbetstid för att \
      hinna hjälpa sina föräldrar. Det är inte rimligt att kvaliteten i äldreomsorgen avgörs av \
      var man bor eller av hur mycket de anhöriga orkar. Regeringen har aviserat en \
      äldreomsorgslag men har ännu inte lagt fram något förslag. Min fråga till ministern är \
      därför: vilka åtgärder avser ministern att vidta för att säkerställa en likvärdig och \
      värdig äldreomsorg i hela landet, och när kommer förslaget om en äldreomsorgslag?""";

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    TestIndex.write(corpus, "a-filed.txt", "Värdig äldreomsorg", TEXT);
    // Filed again a month later: another title, quotes and a date, one word more.
    TestIndex.write(corpus, "b-filed-again.txt", "En värdig äldreomsorg i hela landet",
        TEXT.replace("Min fråga", "\"Min fråga").replace("landet?", "landet?\" Stockholm den 3 mars 2024.")
            .replace("allt större", "allt mycket större"));
    // On the same subject in other words.
    TestIndex.write(corpus, "c-other.txt", "Hemtjänsten",
        "Hemtjänsten och äldreomsorgen behöver mer personal. " + "Tiden för varje besök i hemmet är för kort. ".repeat(3)
            + "Kommunerna måste få bättre förutsättningar att anställa undersköterskor, och de anhöriga "
            + "som hjälper sina föräldrar behöver stöd. Vad gör regeringen för äldreomsorgen i kommunerna?");
    // Short and formulaic: the same words, no copy of a text.
    TestIndex.write(corpus, "d-short.txt", "Bifall", "Jag yrkar bifall till förslaget om äldreomsorgen.");
    TestIndex.write(corpus, "e-short.txt", "Bifall igen", "Jag yrkar bifall till förslaget om äldreomsorgen.");
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static Map<String, SearchResult.Hit> hits(SearchResult result) {
    return result.hits().stream().collect(Collectors.toMap(SearchResult.Hit::id, Function.identity()));
  }

  @Test
  void theCopyLowerOnThePageNamesTheOneAbove() throws Exception {
    SearchResult result = service.search(SearchRequest.of("äldreomsorgslag"));
    assertThat(SearchServiceTest.ids(result)).containsExactlyInAnyOrder("a-filed.txt", "b-filed-again.txt");
    SearchResult.Hit first = result.hits().get(0);
    SearchResult.Hit second = result.hits().get(1);
    assertNull(first.sameTextAs());
    assertEquals(first.id(), second.sameTextAs());
    assertEquals(first.id(), result.originalOf(second)); // text files have no reference to name them by
    assertThat(Marked.tagged(second.snippets())).isNotEmpty(); // still there for API users
  }

  @Test
  void textsOnTheSameSubjectAndShortFormulasAreNotCopies() throws Exception {
    SearchResult result = service.search(SearchRequest.of("äldreomsorgen"));
    Map<String, SearchResult.Hit> hits = hits(result);
    assertThat(hits).containsOnlyKeys("a-filed.txt", "b-filed-again.txt", "c-other.txt", "d-short.txt", "e-short.txt");
    assertNull(hits.get("c-other.txt").sameTextAs());
    assertNull(hits.get("d-short.txt").sameTextAs());
    assertNull(hits.get("e-short.txt").sameTextAs());
    // Of the two copies, the lower names the higher.
    assertThat(List.of(String.valueOf(hits.get("a-filed.txt").sameTextAs()), String.valueOf(hits.get("b-filed-again.txt").sameTextAs())))
        .containsExactlyInAnyOrder("null", result.hits().stream().map(SearchResult.Hit::id)
            .filter(id -> id.equals("a-filed.txt") || id.equals("b-filed-again.txt")).findFirst().orElseThrow());
  }

  @Test
  void onlyAHitOnTheSamePageIsNamed() throws Exception {
    // The second page starts with the copy: its original is on the first page, not on this one.
    SearchResult first = service.search(SearchRequest.of("äldreomsorgslag"));
    SearchResult second = service.search(SearchRequest.of("äldreomsorgslag").page(1, 1));
    assertEquals(first.hits().get(1).id(), second.hits().get(0).id());
    assertNull(second.hits().get(0).sameTextAs());
  }
}
