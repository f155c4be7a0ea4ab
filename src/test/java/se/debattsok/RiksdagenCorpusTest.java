package se.debattsok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.debattsok.eval.Evaluation;
import se.debattsok.eval.Qrels;
import se.debattsok.eval.Topics;
import se.debattsok.index.Indexer;
import se.debattsok.search.Filters;
import se.debattsok.search.Marked;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;

/** Every one of the 15,668 interpellations plus the default corpus, as the issue's checks run them. */
@Tag("slow")
class RiksdagenCorpusTest {
  static SearchService service;

  @BeforeAll
  static void openTheIndexOfEverything() throws Exception {
    service = SearchService.open(TestData.interpellationIndex().dir());
  }

  @AfterAll
  static void close() throws Exception {
    if (service != null) {
      service.close();
    }
  }

  @Test
  void everyFileIsIndexedWithoutErrors() {
    Indexer.Summary summary = TestData.interpellationIndex().summary();
    assertThat(summary.problems()).isEmpty();
    assertEquals(15_669, summary.documents());
  }

  @Test
  void fokusJarvaRanksTheStockholmAnswerFirst() throws Exception {
    SearchResult.Hit first = service.search(SearchRequest.of("Fokus Järva")).hits().get(0);
    assertEquals("svar-interpellation-rosencrantz-ks-2024-142.txt", first.id());
    assertThat(Marked.tagged(first.snippets())).anyMatch(s -> s.contains("<mark>Fokus</mark> <mark>Järva</mark>"));
  }

  @Test
  void partyAndDateFiltersHoldOnEveryHit() throws Exception {
    Filters filters = new Filters(List.of("SD"), null, List.of(), List.of(), LocalDate.of(2023, 1, 1), null);
    SearchResult result = service.search(SearchRequest.of("islamister").withFilters(filters).page(100, 0).withoutSnippets());
    assertThat(result.total()).isPositive();
    for (SearchResult.Hit hit : result.hits()) {
      assertThat(LocalDate.parse(hit.date())).isAfterOrEqualTo(LocalDate.of(2023, 1, 1));
      assertThat(hit.people()).anyMatch(p -> "SD".equals(p.party()) && !p.role().equals("participant"));
    }
  }

  /**
   * The regression check IR toolkits keep: the dev sets' figures may not drop below those recorded
   * in src/test/resources/eval/ipq-dev-floor.tsv.
   */
  @Test
  void relevanceOnTheDevSetHoldsItsRecordedFloor() throws Exception {
    Path eval = TestData.PROJECT.resolveSibling("shared/eval");
    // The dev set and its expressions typed without quotes (category "prox"): their qids differ.
    var topics = new ArrayList<>(Topics.read(eval.resolve("ipq-dev.topics.tsv")));
    topics.addAll(Topics.read(eval.resolve("ipq-dev-prox.topics.tsv")));
    var qrels = new HashMap<>(Qrels.read(eval.resolve("ipq-dev.qrels")));
    qrels.putAll(Qrels.read(eval.resolve("ipq-dev-prox.qrels")));
    Map<String, Evaluation.Scores> scores = Evaluation.run(service, topics, qrels, 2, null);
    List<String> drops = new ArrayList<>();
    for (String line : Files.readAllLines(TestData.PROJECT.resolve("src/test/resources/eval/ipq-dev-floor.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      Evaluation.Scores s = scores.get(f[0]);
      double measured = switch (f[1]) {
        case "mrr10" -> s.mrr10();
        case "precision10" -> s.precision10();
        case "matchRecall" -> s.matchRecall();
        case "success10" -> s.success10();
        default -> throw new IllegalArgumentException("unknown metric " + f[1]);
      };
      if (measured < Double.parseDouble(f[2]) - 0.005) {
        drops.add(f[0] + " " + f[1] + ": " + measured + " < floor " + f[2]);
      }
    }
    assertThat(drops).isEmpty();
  }

  @Test
  void partiesOfEveryPeriodAreUpperCase() throws Exception {
    // The 1990s files write "mp", later ones "MP": one filter finds both.
    Filters mp = new Filters(List.of("mp"), null, List.of(), List.of(), null, LocalDate.of(1995, 12, 31));
    assertThat(service.search(SearchRequest.of("miljö").withFilters(mp).withoutSnippets()).total()).isPositive();
  }
}
