import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import se.debattsok.index.Fields;

/**
 * The other way to match saved searches against what an index run brings: each new document put
 * in a Lucene MemoryIndex (what Lucene's monitor is built on) and every saved query run on it. A
 * lower bound of its cost: each query is only its words, all required, in the text field (the
 * engine's plan also searches the title, exact and folded forms, so costs more). A measurement, not
 * part of the product; bench/watch.sh measures the way the product matches.
 *
 * <pre>
 * ./debattsok export --corpus ../shared/corpus/riksdagen-interpellations/data/202324 > /tmp/new.jsonl
 * head -1000 ../shared/eval/ipq-perf.topics.tsv > /tmp/searches.tsv
 * JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
 * MEM=$(ls ~/.m2/repository/org/apache/lucene/lucene-memory/10.*&#47;lucene-memory-10.*.jar | grep -v sources | head -1)
 * $JAVA -cp target/debattsok.jar:$MEM bench/WatchMemoryIndex.java /tmp/new.jsonl /tmp/searches.tsv
 * </pre>
 */
public class WatchMemoryIndex {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        docs.add(json.readTree(line));
      }
    }
    Analyzer index = Fields.indexAnalyzer();
    QueryBuilder builder = new QueryBuilder(Fields.queryAnalyzer());
    List<Query> queries = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String text = line.contains("\t") ? line.substring(line.indexOf('\t') + 1) : line;
      Query q = builder.createBooleanQuery(Fields.TEXT, text, BooleanClause.Occur.MUST);
      if (q != null) {
        queries.add(q);
      }
    }
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      long matches = 0;
      long oneDoc = 0;
      for (int d = 0; d < docs.size(); d++) {
        long docStart = System.nanoTime();
        JsonNode doc = docs.get(d);
        MemoryIndex memory = new MemoryIndex();
        memory.addField(Fields.TITLE, doc.path("title").asText(""), index);
        StringBuilder text = new StringBuilder();
        doc.path("paragraphs").forEach(p -> text.append(p.asText()).append('\n'));
        memory.addField(Fields.TEXT, text.toString(), index);
        for (Query q : queries) {
          if (memory.search(q) > 0) {
            matches++;
          }
        }
        if (d == 0) {
          oneDoc = System.nanoTime() - docStart;
        }
      }
      System.out.printf(java.util.Locale.ROOT, "round %d: %d documents x %d queries: %.2f s, %d matches; the first document alone %.1f ms%n",
          round, docs.size(), queries.size(), (System.nanoTime() - start) / 1e9, matches, oneDoc / 1e6);
    }
  }
}
