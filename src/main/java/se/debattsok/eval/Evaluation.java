package se.debattsok.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.debattsok.search.BatchSearcher;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;

/**
 * Runs topics and scores them against judgments, per category (the part of the qid before its
 * number: {@code dev-known-001} is "known"), with the metrics of ../shared/eval/README.md:
 *
 * <ul>
 *   <li>MRR@10: 1 / the rank of the first relevant hit in the top 10 (0 if none);
 *   <li>P@10: the share of the top 10 that is relevant (grade 1 or 2), averaged over the queries
 *       that find anything (a query that finds nothing has no first page to judge);
 *   <li>match recall: the share of the grade-2 documents that are among all hits;
 *   <li>success@10: whether any relevant document is in the top 10.
 * </ul>
 *
 * Every metric is computed for every category; which one matters depends on the category.
 */
public final class Evaluation {
  /** Hits per query: all of them, as far as a search goes, so that recall is measured. */
  static final int DEPTH = SearchRequest.MAX_DEPTH;

  /** Mean figures of one category. */
  public record Scores(int queries, double mrr10, double precision10, double matchRecall, double success10) {}

  private Evaluation() {}

  /** @param run where to write a TREC run (top {@link #DEPTH} per query), or null */
  public static Map<String, Scores> run(
      SearchService service, List<BatchSearcher.Query> topics, Map<String, Map<String, Integer>> qrels, int threads, PrintWriter run)
      throws IOException {
    Map<String, double[]> sums = new TreeMap<>();
    SearchRequest template = SearchRequest.of("").page(DEPTH, 0).withoutSnippets();
    new BatchSearcher(service, threads).run(topics.iterator(), template, outcome -> {
      String qid = outcome.query().qid();
      List<String> ids = outcome.result() == null ? List.of() : outcome.result().hits().stream().map(SearchResult.Hit::id).toList();
      if (run != null && outcome.result() != null) {
        List<SearchResult.Hit> hits = outcome.result().hits();
        for (int i = 0; i < hits.size(); i++) {
          run.printf(Locale.ROOT, "%s Q0 %s %d %.6f debattsok%n", qid, hits.get(i).id(), i + 1, hits.get(i).score());
        }
      }
      double[] s = sums.computeIfAbsent(category(qid), c -> new double[6]);
      Map<String, Integer> judged = qrels.getOrDefault(qid, Map.of());
      s[0]++;
      s[1] += mrr10(ids, judged);
      s[2] += precision10(ids, judged);
      s[3] += matchRecall(ids, judged);
      s[4] += success10(ids, judged);
      s[5] += ids.isEmpty() ? 0 : 1;
    });
    Map<String, Scores> scores = new TreeMap<>();
    sums.forEach((category, s) -> scores.put(category, new Scores((int) s[0], s[1] / s[0], s[5] == 0 ? 0 : s[2] / s[5], s[3] / s[0], s[4] / s[0])));
    return scores;
  }

  /** "dev-known2-017" → "known2"; a qid without a category is its own. */
  static String category(String qid) {
    String[] parts = qid.split("-");
    return parts.length >= 3 ? parts[parts.length - 2] : parts.length == 2 ? parts[0] : qid;
  }

  static double mrr10(List<String> ids, Map<String, Integer> judged) {
    for (int i = 0; i < Math.min(10, ids.size()); i++) {
      if (judged.getOrDefault(ids.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  static double precision10(List<String> ids, Map<String, Integer> judged) {
    long relevant = ids.stream().limit(10).filter(id -> judged.getOrDefault(id, 0) > 0).count();
    return relevant / 10.0;
  }

  static double matchRecall(List<String> ids, Map<String, Integer> judged) {
    long wanted = judged.values().stream().filter(g -> g >= 2).count();
    if (wanted == 0) {
      return 0;
    }
    long found = ids.stream().filter(id -> judged.getOrDefault(id, 0) >= 2).count();
    return (double) found / wanted;
  }

  static double success10(List<String> ids, Map<String, Integer> judged) {
    return ids.stream().limit(10).anyMatch(id -> judged.getOrDefault(id, 0) > 0) ? 1 : 0;
  }

  /** The figures as a Markdown table, the metric each category is judged by in bold. */
  public static void print(Map<String, Scores> scores, PrintWriter out) {
    out.println("| category | queries | MRR@10 | P@10 | match recall | success@10 |");
    out.println("|---|---|---|---|---|---|");
    scores.forEach((category, s) -> out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", category, s.queries(),
        mark(s.mrr10(), category.startsWith("known")), mark(s.precision10(), isRecallCategory(category) || category.equals("prox")),
        mark(s.matchRecall(), isRecallCategory(category)), mark(s.success10(), category.equals("typo"))));
  }

  private static boolean isRecallCategory(String category) {
    return category.equals("compound") || category.equals("fold");
  }

  private static String mark(double value, boolean judgedBy) {
    String text = String.format(Locale.ROOT, "%.3f", value);
    return judgedBy ? "**" + text + "**" : text;
  }
}
