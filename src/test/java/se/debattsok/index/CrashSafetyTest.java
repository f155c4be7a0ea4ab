package se.debattsok.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;

/**
 * The indexer as a separate process, killed with SIGKILL at several points of a run over the
 * 15,668 interpellations: each time the previous index opens and answers as before, CheckIndex
 * finds it clean, and a run to the end then holds every document exactly once.
 */
@Tag("slow")
class CrashSafetyTest {
  static final List<String> QUERIES = List.of("Fokus Järva", "skolsegregation", "interpellation", "Rosencrantz");
  /** Seconds after the start of the process: JVM start, reading and writing, and late in the run. */
  static final List<Double> KILL_AFTER = List.of(1.0, 3.0, 6.0, 10.0, 14.0);

  @TempDir Path dir;

  @Test
  void aKilledIndexerLeavesThePreviousIndexAndTheNextRunCompletes() throws Exception {
    Path interpellations = TestData.interpellations();
    Path corpus = TestData.PROJECT.resolve("corpus");
    Path index = dir.resolve("index");
    new Indexer(2).index(List.of(corpus), index, new Indexer.Listener() {});
    Map<String, List<String>> before = answers(index);
    String[] run = {"index", "--corpus", interpellations.toString(), "--corpus", corpus.toString(), "--index", index.toString()};

    int killed = 0;
    for (double seconds : KILL_AFTER) {
      Process indexer = TestData.debattsok(dir.resolve("kill-" + seconds + ".log"), run);
      if (indexer.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS)) {
        break; // finished before this point (a fast machine): later points cannot be reached either
      }
      indexer.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, no closing of files
      indexer.waitFor();
      killed++;
      assertEquals(before, answers(index), "after a kill at " + seconds + " s");
      assertClean(index);
    }
    assertThat(killed).as("kills that hit a running indexer").isGreaterThanOrEqualTo(3);

    Process complete = TestData.debattsok(dir.resolve("complete.log"), run);
    assertThat(complete.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertEquals(0, complete.exitValue(), Files.readString(dir.resolve("complete.log")));
    assertClean(index);
    try (var directory = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(15_669, reader.numDocs());
      Set<String> ids = new HashSet<>();
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ids.add(stored.document(doc, Set.of(Fields.ID)).get(Fields.ID)); // no deletions: one commit
      }
      assertEquals(reader.numDocs(), ids.size(), "every document exactly once");
    }
    assertEquals(before.get("Fokus Järva").get(0), answers(index).get("Fokus Järva").get(0));
  }

  static Map<String, List<String>> answers(Path index) throws Exception {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    try (SearchService service = SearchService.open(index)) {
      for (String query : QUERIES) {
        List<String> ids = new ArrayList<>();
        for (SearchResult.Hit hit : service.search(SearchRequest.of(query)).hits()) {
          ids.add(hit.id());
        }
        answers.put(query, ids);
      }
    }
    return answers;
  }

  static void assertClean(Path index) throws Exception {
    try (var directory = FSDirectory.open(index);
        var check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
  }
}
