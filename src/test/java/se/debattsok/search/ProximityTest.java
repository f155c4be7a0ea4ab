package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;

/** Words typed together are found together first; a whole title finds its document first. */
class ProximityTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // "råd" the council, many times, with "inte" and "har" far from it.
    TestIndex.write(corpus, "council.txt", "Rådets råd om hyror",
        "Rådet har gett sitt råd. Rådet menar att staten inte ska ändra reglerna, och rådet har fler råd om hyror.");
    TestIndex.write(corpus, "afford.txt", "Hyrorna stiger",
        "Många familjer inte har råd att betala hyran när hyrorna stiger.");
    TestIndex.write(corpus, "near.txt", "Hyror i staden",
        "Många i staden som inte längre har råd med hyran flyttar ut.");
    TestIndex.write(corpus, "apart.txt", "Hyror och bidrag",
        "Bidraget räcker inte. Den som har barn får ett råd av kommunen om hyran.");
    // The thing itself in the title, against a document that says the word more often.
    TestIndex.write(corpus, "title.txt", "Skolsegregation", "Vad gör regeringen mot skolsegregationen?");
    TestIndex.write(corpus, "often.txt", "Det fria skolvalet",
        "Skolsegregation ökar. Skolsegregation i städerna, skolsegregation på landsbygden och skolsegregation överallt.");
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws Exception {
    service.close();
  }

  private static List<String> ids(String query) throws Exception {
    return service.search(SearchRequest.of(query).withoutSnippets()).hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void documentsHoldingTheWordsSideBySideComeFirstAndNearCountsALittle() throws Exception {
    List<String> ids = ids("inte har råd");
    // Every document with all the words is still found; the one with the expression first, though
    // "råd" is five times in the council's.
    assertThat(ids).containsExactlyInAnyOrder("afford.txt", "near.txt", "council.txt", "apart.txt");
    assertThat(ids.get(0)).isEqualTo("afford.txt");
    // The words within a few of each other count for a little: above the same words far apart.
    assertThat(ids.indexOf("near.txt")).isLessThan(ids.indexOf("apart.txt"));
  }

  @Test
  void theWordsInAnotherOrderAreNotTheExpression() throws Exception {
    // "råd har inte" is no expression of any document: the order of the other scores decides.
    assertThat(ids("råd har inte").get(0)).isEqualTo("council.txt");
  }

  @Test
  void aQueryThatIsAWholeTitleFindsThatDocumentFirst() throws Exception {
    assertThat(ids("skolsegregation")).containsExactly("title.txt", "often.txt");
    assertThat(ids("Skolsegregationen").get(0)).isEqualTo("title.txt"); // any form of its words
  }

  @Test
  void quotesAndOperatorsKeepTheirMeaning() throws Exception {
    assertThat(ids("\"inte har råd\"")).containsExactly("afford.txt");
    assertThat(ids("inte har råd -familjer")).doesNotContain("afford.txt").contains("near.txt");
  }
}
