package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.TestIndex;
import se.debattsok.index.Fields;
import se.debattsok.index.Indexer;

/**
 * Question → answer → debate, followed from any of them: real interpellations beside the real
 * debates that answered them (ParlaMint, Swerik, the Riksdag's JSON), and council documents linked
 * by Dnr or, without one, guessed from names and dates.
 */
class ThreadTest {
  static final Path RESOURCES = TestData.PROJECT.resolve("src/test/resources");
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path council = Files.createDirectories(dir.resolve("council"));
    // Three questions by the asker of the Stockholm answer (Dnr KS 2024/142, 2024-03-20) to its answerer:
    // one without a Dnr before the answer (its question, by names and date), one numbered for another
    // case, one after the answer.
    Files.writeString(council.resolve("interpellationer.jsonl"), String.join("\n",
        question("ip-utan-dnr", "2024-02-12", null, "Socialdemokraternas integrationspolitik"),
        question("ip-annat-arende", "2024-02-20", "KS 2023/99", "Bostäder för unga"),
        question("ip-efter-svaret", "2024-04-02", null, "Skolans lokaler")) + "\n", StandardCharsets.UTF_8);
    Indexer.Summary summary = TestIndex.build(dir.resolve("index"), RESOURCES.resolve("samples"),
        TestData.threadQuestions(dir), RESOURCES.resolve("riksdagen-speeches"), RESOURCES.resolve("parlamint"),
        TestData.PROJECT.resolve("corpus"), council, RESOURCES.resolve("council-minutes"));
    assertThat(summary.problems()).isEmpty();
    service = SearchService.open(dir.resolve("index"));
  }

  private static String question(String id, String date, String dnr, String topic) {
    return "{\"id\":\"" + id + "\",\"kind\":\"interpellation\",\"title\":\"" + topic + "\",\"date\":\"" + date
        + "\",\"assembly\":\"Stockholms stad, kommunfullmäktige\"," + (dnr == null ? "" : "\"reference\":\"" + dnr + "\",")
        + "\"people\":[{\"name\":\"Per Rosencrantz\",\"party\":\"M\",\"role\":\"asker\"},"
        + "{\"name\":\"Emilia Bjuggren\",\"party\":\"S\",\"role\":\"answerer\"}],\"paragraphs\":[\"Frågor om " + topic + ".\"]}";
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static List<String> ids(List<ThreadPart> thread) {
    return thread.stream().map(ThreadPart::id).toList();
  }

  @Test
  void theQuestionItsDebateAndEachSpeechLeadToTheSameThreadInOrder() throws Exception {
    // The interpellation, then the answer's debate in order of speaking (the same sitting read from
    // ParlaMint and Swerik: one document per speech id).
    List<String> expected = List.of("ipq-202122--0439", "i-BQ8dtftkuwhpor9i8CsgBV", "i-UzqfQX3esdrPWFE4oPzSRh");
    for (String from : expected) {
      List<ThreadPart> thread = service.thread(from);
      assertEquals(expected, ids(thread), "from " + from);
      assertThat(thread).filteredOn(p -> p.linkedBy().equals(ThreadPart.SELF)).extracting(ThreadPart::id).containsExactly(from);
      assertThat(thread).filteredOn(p -> !p.id().equals(from)).allSatisfy(p -> {
        assertEquals(ThreadPart.NUMBER, p.linkedBy());
        assertEquals("2021/22:439", p.because());
      });
    }
  }

  @Test
  void debatesFromTheRiksdagsJsonAndParlaMintFindTheirQuestions() throws Exception {
    assertEquals(List.of("ipq-202021--0665", "be0c5c85-3a0b-ec11-9160-901b0e9b71a0"),
        ids(service.thread("be0c5c85-3a0b-ec11-9160-901b0e9b71a0")));
    List<ThreadPart> eldercare = service.thread("ipq-202122--0239");
    assertEquals("ipq-202122--0239", eldercare.get(0).id());
    assertThat(eldercare).hasSize(3);
    assertThat(eldercare.subList(1, 3)).allSatisfy(p -> assertEquals("speech", p.kind()));
    assertThat(eldercare.get(1).debate().position()).isLessThan(eldercare.get(2).debate().position());
    assertThat(ids(service.thread("ipq-202021--0257"))).hasSizeGreaterThan(1).first().isEqualTo("ipq-202021--0257");
  }

  @Test
  void aDocumentOfNoThreadStandsAlone() throws Exception {
    assertThat(service.thread("prot-202122--113")).isEmpty(); // the sitting's other business
    assertThat(service.thread("no-such-document")).isEmpty();
  }

  @Test
  void aCouncilAnswerWithoutTheQuestionsNumberIsLinkedByAGuessThatSaysSo() throws Exception {
    // The question (no Dnr), the answer (Dnr KS 2024/142) and the council's debate of 2024-03-18 ("§ 5
    // Svar på interpellation av Per Rosencrantz (M) om integrationspolitiken", the chair closing it), whose minutes number no case.
    List<String> expected = List.of("ip-utan-dnr", "svar-interpellation-rosencrantz-ks-2024-142.txt",
        "protokoll-kf-2024-03-18.txt/s5/1", "protokoll-kf-2024-03-18.txt/s5/2", "protokoll-kf-2024-03-18.txt/s5/3");
    List<ThreadPart> thread = service.thread("svar-interpellation-rosencrantz-ks-2024-142.txt");
    assertEquals(expected, ids(thread));
    ThreadPart question = thread.get(0);
    assertEquals(ThreadPart.GUESS, question.linkedBy());
    assertEquals("Per Rosencrantz och Emilia Bjuggren, 37 dagar isär", question.because());
    assertEquals("Per Rosencrantz om integrationspolitik, 2 dagar isär", thread.get(2).because());
    // From the question and from a speech of the debate, the same thread.
    assertEquals(expected, ids(service.thread("ip-utan-dnr")));
    assertEquals(expected, ids(service.thread("protokoll-kf-2024-03-18.txt/s5/2")));
    // Another case of the same asker, a question after the answer, another item of the sitting: alone.
    assertThat(service.thread("ip-annat-arende")).isEmpty();
    assertThat(service.thread("ip-efter-svaret")).isEmpty();
    assertThat(service.thread("protokoll-kf-2024-03-18.txt/s6/1")).isEmpty();
  }

  @Test
  void aThreadGrownByARunOfIndexIsCountedAnew(@TempDir Path tmp) throws Exception {
    // An open service, refreshed after a re-index that adds to a thread, counts the thread anew.
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.jsonl"), question("ip-1", "2030-01-10", "KS 2030/1", "Tranbärsmos i skolan") + "\n"
        + question("ip-2", "2030-02-10", "KS 2030/1", "Tranbärsmos igen") + "\n", StandardCharsets.UTF_8);
    TestIndex.build(tmp.resolve("index"), corpus);
    try (SearchService grown = SearchService.open(tmp.resolve("index"))) {
      assertThat(grown.search(SearchRequest.of("tranbärsmos")).hits())
          .allSatisfy(h -> assertEquals(new SearchResult.HitThread(2), h.thread()));
      Files.writeString(corpus.resolve("b.jsonl"), question("ip-3", "2030-03-10", "KS 2030/1", "Tranbärsmos en tredje gång")
          + "\n", StandardCharsets.UTF_8);
      TestIndex.build(tmp.resolve("index"), corpus);
      grown.refresh();
      assertThat(grown.search(SearchRequest.of("tranbärsmos")).hits()).hasSize(3)
          .allSatisfy(h -> assertEquals(new SearchResult.HitThread(3), h.thread()));
    }
  }

  @Test
  void aDeletedDocumentIsNoPartOfItsThread(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.jsonl"), question("ip-1", "2030-01-10", "KS 2030/1", "Tranbärsmos i skolan") + "\n"
        + question("ip-2", "2030-02-10", "KS 2030/1", "Tranbärsmos igen") + "\n"
        + question("ip-3", "2030-03-10", "KS 2030/1", "Tranbärsmos en tredje gång") + "\n", StandardCharsets.UTF_8);
    TestIndex.build(tmp.resolve("index"), corpus);
    // Deleted as a writer between merges leaves it: in the segment, marked as gone.
    try (Directory dir = FSDirectory.open(tmp.resolve("index"));
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      writer.deleteDocuments(new Term(Fields.ID, "ip-3"));
      writer.commit();
    }
    try (SearchService shrunk = SearchService.open(tmp.resolve("index"))) {
      assertThat(shrunk.search(SearchRequest.of("tranbärsmos")).hits()).hasSize(2)
          .allSatisfy(h -> assertEquals(new SearchResult.HitThread(2), h.thread()));
    }
  }

  @Test
  void hitsSayTheyArePartOfAThreadAndGroupByIt() throws Exception {
    SearchResult result = service.search(SearchRequest.of("biotopskydd Kalmar"));
    assertThat(result.hits()).filteredOn(h -> h.id().equals("ipq-202122--0439") || h.id().startsWith("i-"))
        .hasSize(3).allSatisfy(h -> assertEquals(new SearchResult.HitThread(3), h.thread()));
    assertThat(result.hits()).filteredOn(h -> h.id().equals("prot-202122--113")).allSatisfy(h -> assertNull(h.thread()));

    SearchResult grouped = service.search(SearchRequest.of("biotopskydd Kalmar").groupedBy(Grouping.THREAD));
    SearchResult.Group first = grouped.groups().get(0);
    assertEquals("riksdagen|ip 2021/22:439", first.threadId());
    assertNull(first.debateId());
    assertEquals(3, first.matches());
    assertThat(first.hits()).extracting(SearchResult.Hit::id)
        .containsExactlyInAnyOrder("ipq-202122--0439", "i-BQ8dtftkuwhpor9i8CsgBV", "i-UzqfQX3esdrPWFE4oPzSRh");
    assertEquals(result.total(), grouped.total());
  }
}
