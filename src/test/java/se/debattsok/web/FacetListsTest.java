package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Facets are complete: every value with a hit is listed, and a list cut on the page says so and opens. */
class FacetListsTest {
  static final int DOCUMENTS = 15;
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(dir, List.of(manyYears(dir)));
  }

  /** A folder of one document a year, 2000-2014, each raised by another member, all on "äldreomsorgen". */
  static Path manyYears(Path dir) throws Exception {
    Path many = Files.createDirectories(dir.resolve("src").resolve("many"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < DOCUMENTS; i++) {
      lines.append(String.format(Locale.ROOT,
          "{\"id\":\"aldre-%02d\",\"kind\":\"interpellation\",\"title\":\"Äldreomsorgen %d\",\"date\":\"%d-05-01\","
              + "\"people\":[{\"name\":\"Ledamot Nummer%s\",\"party\":\"%s\",\"role\":\"asker\"}],"
              + "\"paragraphs\":[\"Hur ska äldreomsorgen bli bättre?\"]}%n",
          i, 2000 + i, 2000 + i, (char) ('A' + i), i % 2 == 0 ? "S" : "M"));
    }
    Files.writeString(many.resolve("docs.jsonl"), lines, StandardCharsets.UTF_8);
    return many;
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @Test
  void theApiListsEveryValueWithAHitTheYearsNewestFirst() throws Exception {
    JsonNode facets = new ObjectMapper().readTree(web.get("/api/search?q=%C3%A4ldreomsorgen").body()).get("facets");
    List<String> years = new ArrayList<>();
    facets.get("year").forEach(v -> years.add(v.get("value").asText()));
    assertEquals(DOCUMENTS, years.size());
    assertThat(years.get(0)).isEqualTo("2014");
    assertThat(years).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertEquals(DOCUMENTS, facets.get("person").size());
    assertThat(facets.get("party").get(0).get("value").asText()).isEqualTo("S"); // 8 of 15: the commonest first
  }

  @Test
  void aCutListSaysHowManyMoreAndOpensWithoutScript() throws Exception {
    String page = web.get("/?q=%C3%A4ldreomsorgen").body();
    String years = section(page, "År");
    assertThat(count(years, "<li>")).isEqualTo(DOCUMENTS);
    assertThat(years).contains("<details class=\"more\">", "<summary>Visa alla 15 (3 till)</summary>");
    // The twelve newest (2014-2003) in view, the rest behind the summary.
    assertThat(years.indexOf(">2003<")).isGreaterThan(years.indexOf(">2004<"));
    assertThat(years.indexOf("<details")).isGreaterThan(years.indexOf(">2003<")).isLessThan(years.indexOf(">2002<"));
    assertThat(section(page, "Person")).contains("Visa alla 15 (3 till)");
    assertThat(section(page, "Parti, frågar och talar")).doesNotContain("<details"); // two values: nothing cut
  }

  @Test
  void aChosenValueStaysInViewThoughItIsNotAmongTheFirst() throws Exception {
    String page = web.get("/?q=%C3%A4ldreomsorgen&from=2000-01-01&to=2000-12-31").body();
    String years = section(page, "År");
    assertThat(years.indexOf("aria-current=\"true\"")).isLessThan(years.indexOf("<details")).isPositive();
  }

  private static String section(String page, String heading) {
    Matcher m = Pattern.compile("<section class=\"facet\">\\s*<h2>" + heading + "</h2>(.*?)</section>", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("a facet headed " + heading).isTrue();
    return m.group(1);
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
