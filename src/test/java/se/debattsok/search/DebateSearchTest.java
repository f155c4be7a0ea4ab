package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.TestIndex;
import se.debattsok.index.Indexer;

/** Speeches from ParlaMint and the Riksdag's open data beside a council document: grouped, and counted per year. */
class DebateSearchTest {
  static final Path RESOURCES = TestData.PROJECT.resolve("src/test/resources");
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Indexer.Summary summary = TestIndex.build(dir.resolve("index"), RESOURCES.resolve("parlamint"),
        RESOURCES.resolve("riksdagen-speeches"), TestData.PROJECT.resolve("corpus"));
    assertThat(summary.problems()).isEmpty();
    assertEquals(10, summary.documents()); // 5 + 4 speeches, 1 council answer
    service = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchRequest request(String query, boolean group, boolean trend) {
    SearchRequest request = SearchRequest.of(query).asWritten();
    request = group ? request.groupedBy(Grouping.DEBATE) : request;
    return trend ? request.withTrend() : request;
  }

  @Test
  void aSpeechKnowsItsDebateSpeakerAndPlace() throws Exception {
    SearchResult.Hit hit = service.search(request("likvärdig", false, false)).hits().get(0);
    assertEquals("i-prot-202021--60-2", hit.id());
    assertEquals("speech", hit.kind());
    assertEquals(new SearchResult.HitDebate("ParlaMint-SE_2021-01-12-prot-202021--60-d1",
        "Svar på interpellation 2020/21:257 om skolsegregationen", 2), hit.debate());
    assertEquals(List.of(new SearchResult.HitPerson("Anna Ekström", "S", "speaker", "AnnaEkstrom")), hit.people());
  }

  @Test
  void groupedResultsPutTheBestSpeechesOfEachDebateTogether() throws Exception {
    SearchResult flat = service.search(request("segregationen OR äldreomsorgen", false, false));
    SearchResult grouped = service.search(request("segregationen OR äldreomsorgen", true, false));
    assertEquals(flat.total(), grouped.total());
    assertThat(grouped.hits()).isEmpty();
    assertThat(grouped.groups()).extracting(SearchResult.Group::debateId)
        .doesNotHaveDuplicates()
        .contains("ParlaMint-SE_2021-01-12-prot-202021--60-d1", "H90960-H910239", "svar-interpellation-rosencrantz-ks-2024-142.txt");
    for (SearchResult.Group group : grouped.groups()) {
      assertThat(group.hits()).hasSizeBetween(1, LuceneSearch.SPEECHES_PER_GROUP);
      assertThat(group.matches()).isGreaterThanOrEqualTo(group.hits().size());
      for (SearchResult.Hit hit : group.hits()) {
        assertEquals(group.debateId(), hit.debate() == null ? hit.id() : hit.debate().id());
      }
    }
    SearchResult.Group sitting = grouped.groups().stream()
        .filter(g -> g.debateId().endsWith("--60-d1")).findFirst().orElseThrow();
    assertEquals(4, sitting.matches()); // four of its speeches mention segregation
    assertEquals("Svar på interpellation 2020/21:257 om skolsegregationen", sitting.title());
    assertEquals("2021-01-12", sitting.date());
  }

  @Test
  void theTrendCountsMatchesPerYearAndParty() throws Exception {
    SearchResult result = service.search(request("segregationen OR äldreomsorgen", false, true));
    Map<Integer, SearchResult.YearCount> years = new java.util.TreeMap<>();
    result.trend().years().forEach(y -> years.put(y.year(), y));
    assertThat(years).containsOnlyKeys(2021, 2022, 2024);
    assertEquals(4, years.get(2021).count());
    assertEquals(Map.of("M", 1L, "S", 2L, "SD", 1L), years.get(2021).parties());
    assertEquals(Map.of("M", 1L, "S", 1L), years.get(2022).parties());
    assertEquals(result.total(), years.values().stream().mapToLong(SearchResult.YearCount::count).sum());
    assertThat(service.search(request("segregationen", false, false)).trend()).isNull();
  }
}
