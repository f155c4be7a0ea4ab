package se.debattsok.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.SearchService;

/** The metrics on hand-made rankings, where the right answer is plain to see. */
class EvaluationTest {
  private static final Map<String, Integer> JUDGED = Map.of("a", 2, "b", 1, "c", 2);

  @Test
  void reciprocalRankOfTheFirstRelevantHit() {
    assertEquals(1.0, Evaluation.mrr10(List.of("a", "x"), JUDGED));
    assertEquals(1.0 / 3, Evaluation.mrr10(List.of("x", "y", "b"), JUDGED), 1e-9);
    assertEquals(0.0, Evaluation.mrr10(List.of("x", "y", "z", "w", "v", "u", "t", "s", "r", "q", "a"), JUDGED));
  }

  @Test
  void precisionSuccessAndMatchRecall() {
    List<String> ids = List.of("x", "a", "b", "y");
    assertEquals(0.2, Evaluation.precision10(ids, JUDGED), 1e-9);
    assertEquals(1.0, Evaluation.success10(ids, JUDGED));
    assertEquals(0.5, Evaluation.matchRecall(ids, JUDGED), 1e-9); // a of {a, c}; b is grade 1
    assertEquals(0.0, Evaluation.success10(List.of("x"), JUDGED));
  }

  @Test
  void precisionIsOverTheQueriesThatFindAnythingAndJudgesProx(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    TestIndex.write(corpus, "a.txt", "Hyror", "Många inte har råd med hyran.");
    TestIndex.write(corpus, "b.txt", "Bidrag", "Bidraget räcker inte, och den som har barn får ett råd.");
    List<BatchSearcher.Query> topics = List.of(new BatchSearcher.Query("t-prox-1", "inte har råd"),
        new BatchSearcher.Query("t-prox-2", "ingenting alls finns"));
    Map<String, Map<String, Integer>> qrels = Map.of("t-prox-1", Map.of("a.txt", 2), "t-prox-2", Map.of("a.txt", 2));
    Map<String, Evaluation.Scores> scores;
    try (SearchService service = TestIndex.open(corpus, dir)) {
      scores = Evaluation.run(service, topics, qrels, 1, null);
    }
    Evaluation.Scores prox = scores.get("prox");
    assertEquals(2, prox.queries());
    assertEquals(0.1, prox.precision10(), 1e-9); // a.txt in the first ten of the one query with hits
    assertEquals(0.5, prox.matchRecall(), 1e-9); // over both queries
    StringWriter table = new StringWriter();
    Evaluation.print(scores, new PrintWriter(table, true));
    assertThat(table.toString()).contains("| prox | 2 | 0.500 | **0.100** | 0.500 | 0.500 |");
  }

  @Test
  void categoryIsTheQidWithoutItsNumber() {
    assertEquals("known2", Evaluation.category("dev-known2-017"));
    assertEquals("typo", Evaluation.category("test-typo-1"));
    assertEquals("42", Evaluation.category("42"));
  }

  @Test
  void topicsWithAndWithoutQids() {
    byte[] input = "dev-1\tskola segregation\n\nbara ord\n\uFEFFq3\t  mellanslag  \n".getBytes(StandardCharsets.UTF_8);
    List<BatchSearcher.Query> topics = new ArrayList<>();
    Topics.stream(new ByteArrayInputStream(input)).forEachRemaining(topics::add);
    assertEquals(
        List.of(new BatchSearcher.Query("dev-1", "skola segregation"), new BatchSearcher.Query("3", "bara ord"),
            new BatchSearcher.Query("q3", "mellanslag")),
        topics);
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersNotAnError() {
    byte[] input = {'a', (byte) 0xff, 'b', '\n'};
    BatchSearcher.Query only = Topics.stream(new ByteArrayInputStream(input)).next();
    assertEquals("a\uFFFDb", only.text());
  }
}
