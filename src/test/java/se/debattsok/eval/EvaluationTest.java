package se.debattsok.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.debattsok.search.BatchSearcher;

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
