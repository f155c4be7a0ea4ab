package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.TestIndex;
import se.debattsok.model.Kind;

/** End to end on a real on-disk index of the default corpus and a few council documents written here. */
class SearchServiceTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("stockholm.txt"));
    TestIndex.write(corpus, "goteborg.txt",
        "Interpellation av Anna Ek (V) till kommunstyrelsens ordförande Jonas Attenius (S) om skolan",
        "Dnr 0123/24",
        "Segregation i skolan ökar. Vi har inte gjort nog för fritidsgårdarna.",
        "Göteborg den 3 februari 2023",
        "Anna Ek");
    TestIndex.write(corpus, "malmo.txt",
        "Motion av Lars Berg (sd) om trygghet",
        "Trygghet i Malmö kräver fler poliser. Skolan nämns inte här, men <script>alert(1)</script> gör det.",
        "Malmö den 1 december 2021",
        "Lars Berg");
    TestIndex.write(corpus, "odaterad.txt", "Anteckning utan datum", "Lodjur i skolan.");
    assertEquals(4, TestIndex.build(dir.resolve("index"), corpus).documents());
    service = SearchService.open(dir.resolve("index"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  static SearchResult search(String query) throws Exception {
    return service.search(SearchRequest.of(query));
  }

  static SearchResult search(String query, Filters filters, SortOrder sort) throws Exception {
    return service.search(SearchRequest.of(query).withFilters(filters).sortedBy(sort));
  }

  static List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchResult.Hit::id).toList();
  }

  @Test
  void fokusJarvaFindsTheStockholmAnswerWithMarkedSnippet() throws Exception {
    SearchResult result = search("Fokus Järva");
    assertEquals(1, result.total());
    SearchResult.Hit hit = result.hits().get(0);
    assertEquals("stockholm.txt", hit.id());
    assertEquals("2024-03-20", hit.date());
    assertEquals("KS 2024/142", hit.reference());
    assertEquals("answer", hit.kind());
    assertThat(hit.people()).contains(new SearchResult.HitPerson("Emilia Bjuggren", "S", "answerer", "emilia-bjuggren"));
    assertThat(Marked.tagged(hit.snippets())).anyMatch(s -> s.contains("<mark>Fokus</mark> <mark>Järva</mark>"));
    assertThat(Marked.tagged(hit.snippets())).hasSizeBetween(1, 3);
  }

  @Test
  void inflectedFormsMatch() throws Exception {
    // "segregationen" is only in Stockholm; "Segregation" only in Göteborg: the stem finds both.
    assertThat(ids(search("segregationen"))).containsExactlyInAnyOrder("stockholm.txt", "goteborg.txt");
    assertThat(Marked.tagged(search("segregationen").hits().get(0).snippets())).anyMatch(s -> s.contains("<mark>"));
  }

  @Test
  void allWordsMustMatchByDefault() throws Exception {
    assertEquals(List.of("goteborg.txt"), ids(search("segregation fritidsgårdarna")));
    // No document has both: loosened to all words but one (NothingFoundTest), or as written none.
    assertEquals(Boolean.TRUE, search("segregation poliser").relaxed());
    assertEquals(0, service.search(SearchRequest.of("segregation poliser").asWritten()).total());
  }

  @Test
  void orExclusionPhraseAndGrouping() throws Exception {
    assertThat(ids(search("poliser OR fritidsgårdarna"))).containsExactlyInAnyOrder("malmo.txt", "goteborg.txt");
    assertEquals(List.of("stockholm.txt"), ids(search("segregation -fritidsgårdarna")));
    assertEquals(List.of("goteborg.txt"), ids(search("\"inte gjort nog\"")));
    assertEquals(0, search("\"gjort inte nog\"").total());
    assertThat(ids(search("(poliser OR fritidsgårdarna) skolan"))).containsExactlyInAnyOrder("malmo.txt", "goteborg.txt");
    assertEquals(3, search("-Järva").total());
  }

  @Test
  void prefixFuzzyAndRegexQueriesSearchEveryDefaultField() throws Exception {
    assertThat(ids(search("segregati*"))).containsExactlyInAnyOrder("stockholm.txt", "goteborg.txt");
    assertThat(ids(search("fritidsgårdrna~"))).containsExactly("goteborg.txt");
    assertThat(ids(search("/fritidsg.rdarna/"))).containsExactly("goteborg.txt");
    assertThat(ids(search("titel:interpellation*"))).contains("goteborg.txt");
  }

  @Test
  void fieldsCanBeNamedInEnglishOrSwedish() throws Exception {
    assertEquals(List.of("malmo.txt"), ids(search("parti:SD")));
    assertEquals(List.of("malmo.txt"), ids(search("party:sd")));
    assertEquals(List.of("stockholm.txt"), ids(search("talare:Bjuggren")));
    assertEquals(List.of("stockholm.txt"), ids(search("dnr:\"ks 2024/142\"")));
    assertEquals(List.of("goteborg.txt"), ids(search("år:2023")));
    assertEquals(List.of("malmo.txt"), ids(search("typ:motion")));
    assertEquals(List.of("goteborg.txt"), ids(search("title:skolan")));
  }

  @Test
  void filtersNarrow() throws Exception {
    Filters sd = new Filters(List.of("sd"), null, List.of(), List.of(), null, null);
    assertEquals(List.of("malmo.txt"), ids(search("skolan", sd, SortOrder.RELEVANCE)));
    Filters since2023 = new Filters(List.of(), null, List.of(), List.of(), LocalDate.of(2023, 1, 1), null);
    assertThat(ids(search("skolan", since2023, SortOrder.RELEVANCE))).containsExactlyInAnyOrder("goteborg.txt", "stockholm.txt");
    Filters answers = new Filters(List.of(), null, List.of(Kind.ANSWER), List.of(), null, null);
    assertEquals(List.of("stockholm.txt"), ids(search("skolan", answers, SortOrder.RELEVANCE)));
    Filters speaker = new Filters(List.of(), "anna ek", List.of(), List.of(), null, null);
    assertEquals(List.of("goteborg.txt"), ids(search("skolan", speaker, SortOrder.RELEVANCE)));
  }

  @Test
  void sortsByDate() throws Exception {
    // The undated note comes last either way.
    assertEquals(List.of("stockholm.txt", "goteborg.txt", "malmo.txt", "odaterad.txt"), ids(search("skolan", Filters.NONE, SortOrder.NEWEST)));
    assertEquals(List.of("malmo.txt", "goteborg.txt", "stockholm.txt", "odaterad.txt"), ids(search("skolan", Filters.NONE, SortOrder.OLDEST)));
  }

  @Test
  void aHitHasTheSameScoreInEveryOrder() throws Exception {
    // By relevance a hit keeps the score it was sorted by; by date it is scored anew.
    Map<String, Float> byRelevance = new HashMap<>();
    for (SearchResult.Hit hit : search("skolan", Filters.NONE, SortOrder.RELEVANCE).hits()) {
      byRelevance.put(hit.id(), hit.score());
    }
    assertEquals(4, byRelevance.size());
    assertThat(byRelevance.values()).allMatch(score -> score > 0 && Float.isFinite(score));
    for (SortOrder order : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      for (SearchResult.Hit hit : search("skolan", Filters.NONE, order).hits()) {
        assertEquals(byRelevance.get(hit.id()), (Float) hit.score(), hit.id() + " " + order);
      }
    }
  }

  @Test
  void pagingSkipsHits() throws Exception {
    SearchResult page2 = service.search(SearchRequest.of("skolan").sortedBy(SortOrder.NEWEST).page(1, 1));
    assertEquals(4, page2.total());
    assertEquals(List.of("goteborg.txt"), ids(page2));
  }

  @Test
  void markupInDocumentsComesBackAsTheirTextWithTheHitsMarkedBeside() throws Exception {
    SearchResult result = search("poliser");
    String snippet = String.join(" ", Marked.tagged(result.hits().get(0).snippets()));
    assertThat(snippet).contains("<script>alert(1)</script>").contains("<mark>").doesNotContain("&lt;");
  }

  @Test
  void mistakesGiveOneLineMessages() {
    for (String bad : List.of("skola AND (", "skola)", "\"skola", "skola AND", "*gation", "typ:tal", "")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> search(bad), bad);
      assertThat(e.getMessage()).as(bad).isNotBlank().doesNotContain("\n");
      assertThat(e.swedish()).as(bad).isNotBlank().doesNotContain("\n").isNotEqualTo(e.getMessage())
          .doesNotContainIgnoringCase("query");
    }
  }

  @Test
  void aColonThatNamesNoFieldIsTextAsPastedTextHasIt() throws Exception {
    // "Unknown field 'Bjuggren:'" was the answer to pasted text.
    long words = search("Emilia Bjuggren Fokus Järva").total();
    assertThat(words).isPositive();
    assertEquals(words, search("Emilia Bjuggren: Fokus Järva").total());
    assertEquals(words, search("Emilia Bjuggren:Fokus Järva").total());
    assertThat(search("kl. 13:00 skolan").query()).isEqualTo("kl. 13:00 skolan"); // searched, not refused
    assertEquals(search("skolan 2020-talet").total(), search("skolan 2020-talet:").total());
    assertEquals(search("till skolan").total(), search("till: skolan").total()); // a field name, but no value after it
    assertThat(search("parti:SD skolan").total()).isLessThan(search("skolan").total()); // a field stays a field
    assertEquals(search("\"Fokus Järva\"").total(), search("\"Fokus: Järva\"").total()); // in quotes, text as ever
  }

  @Test
  void aSlashThatOpensNoPatternIsText() throws Exception {
    // "</script>" had opened a pattern never closed: "the query ends too early".
    assertThat(search("<script>alert(1)</script>").query()).isEqualTo("<script>alert(1)</script>");
    assertEquals(search("Fokus Järva").total(), search("Fokus/Järva").total());
    assertThat(search("/segr.*tion/").total()).isPositive(); // a pattern stays a pattern
    QuerySyntaxException bad = assertThrows(QuerySyntaxException.class, () -> search("/[/"));
    assertThat(bad.swedish()).contains("mönster", "\\/").doesNotContain("unexpected");
  }

  @Test
  void boundsAreEnforced() {
    assertThrows(QuerySyntaxException.class, () -> service.search(SearchRequest.of("skolan").page(0, 0)));
    assertThrows(QuerySyntaxException.class, () -> service.search(SearchRequest.of("skolan").page(10, 9_995)));
    assertThrows(QuerySyntaxException.class, () -> search("skolan ".repeat(3_000)));
  }

  @Test
  void theTimeLimitFiresAndTheResultSaysSo() throws Exception {
    try (SearchService hurried = SearchService.open(dir.resolve("index"), java.time.Duration.ofNanos(1))) {
      SearchResult result = hurried.search(SearchRequest.of("skolan"));
      assertEquals(Boolean.TRUE, result.partial());
    }
    assertThat(search("skolan").partial()).isNull();
  }

  @Test
  void anExpiredDeadlineDoesNotCutLaterWorkOnTheSameThread() throws Exception {
    try (SearchService hurried = SearchService.open(dir.resolve("index"), java.time.Duration.ofMillis(50))) {
      hurried.search(SearchRequest.of("skolan"));
      Thread.sleep(120); // the deadline of that search has long passed
      assertThat(hurried.document("goteborg.txt")).isPresent();
      assertThat(hurried.document("goteborg.txt", "skolan")).isPresent();
      assertEquals(4, hurried.search(SearchRequest.of("skolan")).total());
    }
  }

  @Test
  void onlyFillerWordsStillSearch() throws Exception {
    assertThat(search("och").total()).isGreaterThan(0);
  }

  @Test
  void facetsCountHitsAndStaySidewaysForTheirOwnFilter() throws Exception {
    SearchResult all = service.search(SearchRequest.of("skolan").withoutSnippets().withFacets());
    assertThat(all.facets().get(Facet.PARTY))
        .contains(new SearchResult.FacetCount("SD", 1), new SearchResult.FacetCount("S", 2), new SearchResult.FacetCount("M", 1));
    assertThat(all.facets().get(Facet.KIND)).contains(new SearchResult.FacetCount("answer", 1));
    assertThat(all.facets().get(Facet.YEAR)).contains(new SearchResult.FacetCount("2023", 1));
    assertThat(all.facets().get(Facet.ASSEMBLY)).contains(new SearchResult.FacetCount("Malmö stad, kommunfullmäktige", 1));
    assertThat(all.facets().get(Facet.PERSON)).contains(new SearchResult.FacetCount("Emilia Bjuggren", 1));

    Filters sd = new Filters(List.of("SD"), null, List.of(), List.of(), null, null);
    SearchResult narrowed = service.search(SearchRequest.of("skolan").withFilters(sd).withoutSnippets().withFacets());
    assertEquals(1, narrowed.total());
    // The party facet still offers the other parties; the others count only SD's hits.
    assertThat(narrowed.facets().get(Facet.PARTY)).contains(new SearchResult.FacetCount("S", 2));
    assertEquals(List.of(new SearchResult.FacetCount("motion", 1)), narrowed.facets().get(Facet.KIND));
  }

  @Test
  void assemblyFilter() throws Exception {
    Filters malmo = new Filters(List.of(), null, List.of(), List.of("Malmö stad, kommunfullmäktige"), null, null);
    assertEquals(List.of("malmo.txt"), ids(search("skolan", malmo, SortOrder.RELEVANCE)));
  }

  @Test
  void aDocumentShowsEveryHitOfTheQuery() throws Exception {
    var marked = service.document("stockholm.txt", "segregation").orElseThrow();
    assertEquals(marked.document().paragraphs().size(), marked.paragraphs().size());
    assertThat(marked.hits()).isGreaterThanOrEqualTo(5);
    assertThat(String.join(" ", Marked.tagged(marked.paragraphs()))).contains("<mark>segregationen</mark>", "<mark>Segregation</mark>");
    var plain = service.document("malmo.txt", "").orElseThrow();
    assertEquals(0, plain.hits());
    assertThat(plain.paragraphs().get(0).text()).contains("<script>");
    assertThat(plain.paragraphs().get(0).marks()).isEmpty();
    assertThat(service.document("../../etc/passwd", "x")).isEmpty();
  }

  @Test
  void wordsTypedWithoutSwedishLettersFindThemAndTheRightSpellingRanksFirst() throws Exception {
    SearchResult result = search("forslagen");
    assertEquals(List.of("stockholm.txt"), ids(result));
    assertThat(Marked.tagged(result.hits().get(0).snippets())).anyMatch(s -> s.contains("<mark>förslagen</mark>"));
    // Searched as the texts spell it: no spelling to offer.
    assertNull(result.suggestion());
  }

  @Test
  void anEqualsSignAsksForOneExactWordForm() throws Exception {
    assertThat(ids(search("segregation"))).containsExactlyInAnyOrder("stockholm.txt", "goteborg.txt");
    assertEquals(List.of("stockholm.txt"), ids(search("=segregationen")));
    assertEquals(List.of("goteborg.txt"), ids(search("=fritidsgårdarna")));
    assertEquals(0, search("=fritidsgården").total());
  }

  @Test
  void hitsThroughTheExactCopyAreMarkedInTheText() throws Exception {
    // Marked in the text field although only the exact copy matched: the highlighter masks it onto the text.
    assertThat(Marked.tagged(search("=segregationen").hits().get(0).snippets()))
        .anyMatch(s -> s.contains("<mark>segregationen</mark>"));
    assertThat(Marked.tagged(search("\"segregation i skolan\"").hits().get(0).snippets()))
        .anyMatch(s -> s.contains("<mark>Segregation</mark> <mark>i</mark> <mark>skolan</mark>"));
  }

  @Test
  void quotedPhrasesMatchTheWordsAsWritten() throws Exception {
    assertEquals(List.of("goteborg.txt"), ids(search("\"segregation i skolan\"")));
    assertEquals(0, search("\"segregationen i skolan\"").total());
  }

  @Test
  void aMisspelledQueryIsAnsweredWithItsCorrection() throws Exception {
    SearchResult result = search("segregatoin");
    assertEquals("segregation", result.suggestion());
    assertEquals(Boolean.TRUE, result.suggestionApplied());
    assertEquals("segregatoin", result.query());
    assertThat(ids(result)).containsExactlyInAnyOrder("stockholm.txt", "goteborg.txt");
  }

  @Test
  void withFewHitsACorrectionIsOnlySuggested() throws Exception {
    SearchResult result = search("Järva OR fokuss");
    assertEquals(1, result.total());
    assertEquals("Järva OR fokus", result.suggestion());
    assertEquals(Boolean.FALSE, result.suggestionApplied());
    SearchResult asWritten = service.search(SearchRequest.of("segregatoin").asWritten());
    assertEquals(0, asWritten.total());
    assertEquals("segregation", asWritten.suggestion());
  }

  @Test
  void documentsComeBackWhole() throws Exception {
    var doc = service.document("goteborg.txt").orElseThrow();
    assertEquals("0123/24", doc.reference());
    assertEquals(LocalDate.of(2023, 2, 3), doc.date());
    assertEquals("Göteborgs stad, kommunfullmäktige", doc.assembly());
    assertEquals(List.of("Segregation i skolan ökar. Vi har inte gjort nog för fritidsgårdarna."), doc.paragraphs());
    assertThat(service.document("../../etc/passwd")).isEmpty();
  }
}
