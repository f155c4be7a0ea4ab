package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.debattsok.search.SearchResult;

class TrendChartTest {
  private static final Links LINKS = new Links(Map.of("q", List.of("skola")));

  @Test
  void aRenamedPartyIsOneLineAndLinesThatCoincideStillShowAsTwo() {
    SearchResult.Trend trend = new SearchResult.Trend(List.of(
        new SearchResult.YearCount(2014, 4, Map.of("FP", 2L, "S", 2L)),
        new SearchResult.YearCount(2016, 4, Map.of("L", 2L, "S", 2L))));
    TrendChart.Chart chart = TrendChart.of(trend, LINKS, Map.of());
    assertThat(chart.lines()).extracting(TrendChart.PartyLine::party).containsExactly("L (FP)", "S");
    // The same counts, so the same points: told apart by their dashes.
    assertEquals(chart.lines().get(0).points(), chart.lines().get(1).points());
    assertThat(chart.lines().get(0).dash()).isNotEqualTo(chart.lines().get(1).dash());
  }

  @Test
  void oneYearIsABarNotTheWholeChartAndEachBarSaysItsShareOfTheYear() {
    SearchResult.Trend trend = new SearchResult.Trend(List.of(new SearchResult.YearCount(2024, 3, Map.of("S", 3L))));
    TrendChart.Chart chart = TrendChart.of(trend, LINKS, Map.of(2024, 400L));
    TrendChart.Bar bar = chart.bars().get(0);
    assertThat(Double.parseDouble(bar.width())).isLessThanOrEqualTo(48);
    assertThat(bar.tooltip()).isEqualTo("2024: 3 träffar, 0,8 % av årets 400 dokument (S 3)");
  }
}
