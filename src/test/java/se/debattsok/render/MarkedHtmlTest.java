package se.debattsok.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.debattsok.search.MarkedText;
import se.debattsok.search.SearchResult;

class MarkedHtmlTest {
  private static final MarkedText SCRIPT = new MarkedText("Polisen & <script>alert(1)</script> \"citat\" 'a'",
      List.of(new MarkedText.Span(0, 7), new MarkedText.Span(18, 23)));

  @Test
  void everyCharacterOfTheTextIsEscapedAndOnlyTheMarksAreMarkup() {
    assertEquals("<mark>Polisen</mark> &amp; &lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &quot;citat&quot; &#39;a&#39;",
        MarkedHtml.of(SCRIPT));
    assertEquals("&lt;&gt;&amp;x&quot;", MarkedHtml.escape("<>&x\""));
    assertEquals("", MarkedHtml.escape(""));
  }

  @Test
  void marksCanBeNumberedAcrossTexts() {
    String html = MarkedHtml.of(SCRIPT, 4, n -> "<mark id=\"hit-" + n + "\">");
    assertThat(html).contains("<mark id=\"hit-4\">Polisen</mark>", "<mark id=\"hit-5\">alert</mark>");
    assertEquals("a &lt; b", MarkedHtml.of(MarkedText.plain("a < b"), 1, n -> "never"));
  }

  @Test
  void theJsonCarriesSnippetsAsEscapedHtmlAndLeavesOutWhatDoesNotApply() throws Exception {
    SearchResult.Hit hit = new SearchResult.Hit("a", "Titel", "answer", "2024-03-20", null, null, List.of(), 1.5f,
        List.of(SCRIPT), null, null, new MarkedText("Titel", List.of(new MarkedText.Span(0, 5))), null, null);
    SearchResult result = new SearchResult("polisen", 1, 3, List.of(hit), Map.of(), null, null, null, null, List.of(), null);
    JsonNode json = ResultJson.mapper().valueToTree(result);
    assertEquals(MarkedHtml.of(SCRIPT), json.get("hits").get(0).get("snippets").get(0).asText());
    assertThat(json.has("facets") || json.has("suggestion") || json.has("partial") || json.has("groups") || json.has("trend"))
        .isFalse();
    assertThat(json.get("hits").get(0).has("debate") || json.get("hits").get(0).has("sameTextAs")).isFalse();
    assertThat(json.get("hits").get(0).has("markedTitle")).isFalse(); // the title stays text
    assertEquals("Titel", json.get("hits").get(0).get("title").asText());
    assertThat(json.get("hits").get(0).has("assembly")).isTrue(); // null, and written so, as before
  }
}
