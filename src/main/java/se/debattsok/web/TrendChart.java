package se.debattsok.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.debattsok.search.SearchResult;

/**
 * The trend of a search as an SVG drawn on the server (no script, nothing fetched): a bar per year
 * with the matching documents, each a link that narrows the search to that year, and a line per
 * party for the parties with most matches.
 */
final class TrendChart {
  static final int WIDTH = 720;
  static final int HEIGHT = 200;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 10;
  private static final int BOTTOM = 24;
  /** Parties drawn as lines: more would be a tangle. */
  static final int PARTY_LINES = 5;
  /** The parties' own colours, where known; others grey. */
  private static final Map<String, String> COLOURS = Map.ofEntries(
      Map.entry("S", "#e8112d"), Map.entry("M", "#1b49dd"), Map.entry("SD", "#c7b300"), Map.entry("V", "#8b0000"),
      Map.entry("C", "#009933"), Map.entry("L", "#00a3e0"), Map.entry("FP", "#00a3e0"), Map.entry("KD", "#231977"),
      Map.entry("MP", "#53a045"), Map.entry("NYD", "#ffa500"));
  /** Parties that changed their abbreviation are one line: "FP" became "L" in 2015, "KDS" "KD" in 1996. */
  private static final Map<String, String> RENAMED = Map.of("FP", "L", "KDS", "KD");
  /** Each line its own dash, so that lines that coincide still show as two. */
  private static final List<String> DASHES = List.of("", "8 4", "2 3", "10 3 2 3", "1 5");
  /** Bars no wider than this: one year's result is a bar, not the whole chart. */
  private static final double MAX_BAR = 48;

  private TrendChart() {}

  /**
   * The chart's geometry for the {@code trend} template, which draws it as SVG (and escapes every
   * text): the view box, where the axis labels and the plot go, a bar and a label per year, a line
   * per party. Numbers are text with one decimal.
   */
  record Chart(int width, int height, int left, int plotLeft, int plotRight, int top, int base, int labelY, String max,
      int first, int last, List<Bar> bars, List<YearLabel> labels, List<PartyLine> lines) {}

  /** A year's bar, a link that narrows the search to that year. */
  record Bar(String href, String x, String y, String width, String height, String tooltip) {}

  /** @param minor every other label, which a phone's narrow chart leaves out to draw the rest larger */
  record YearLabel(String x, String year, boolean minor) {}

  record PartyLine(String party, String colour, String dash, String points) {}

  /**
   * The chart; null when no match has a date.
   *
   * @param documentsPerYear all the index's documents per year, for each bar's share of its year
   */
  static Chart of(SearchResult.Trend trend, Links links, Map<Integer, Long> documentsPerYear) {
    List<SearchResult.YearCount> years = merged(trend.years());
    if (years.isEmpty()) {
      return null;
    }
    int first = years.get(0).year();
    int last = years.get(years.size() - 1).year();
    int span = last - first + 1;
    Map<Integer, SearchResult.YearCount> byYear = new HashMap<>();
    years.forEach(y -> byYear.put(y.year(), y));
    long max = years.stream().mapToLong(SearchResult.YearCount::count).max().orElse(1);
    double plotWidth = WIDTH - LEFT - RIGHT;
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = plotWidth / span;

    List<Bar> bars = new ArrayList<>();
    List<YearLabel> labels = new ArrayList<>();
    int labelEvery = Math.max(1, (int) Math.ceil(span / 16.0));
    for (int year = first; year <= last; year++) {
      double x = LEFT + (year - first) * slot;
      SearchResult.YearCount count = byYear.get(year);
      if (count != null) {
        double height = Math.max(1, plotHeight * count.count() / max);
        double width = Math.min(slot * 0.8, MAX_BAR);
        bars.add(new Bar("/" + links.replacing("from", Integer.toString(year), "to", Integer.toString(year)),
            num(x + (slot - width) / 2), num(HEIGHT - BOTTOM - height), num(width), num(height),
            tooltip(count, documentsPerYear.get(year))));
      }
      if ((year - first) % labelEvery == 0) {
        labels.add(new YearLabel(num(x + slot / 2), Integer.toString(year), labels.size() % 2 == 1));
      }
    }
    List<PartyLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    trend.years().forEach(y -> seen.addAll(y.parties().keySet()));
    for (String party : topParties(years)) {
      List<String> points = new ArrayList<>();
      for (int year = first; year <= last; year++) {
        SearchResult.YearCount count = byYear.get(year);
        long n = count == null ? 0 : count.parties().getOrDefault(party, 0L);
        points.add(num(LEFT + (year - first + 0.5) * slot) + "," + num(HEIGHT - BOTTOM - plotHeight * n / max));
      }
      lines.add(new PartyLine(label(party, seen), colour(party), DASHES.get(lines.size() % DASHES.size()), String.join(" ", points)));
    }
    return new Chart(WIDTH, HEIGHT, LEFT - 6, LEFT, WIDTH - RIGHT, TOP + 10, HEIGHT - BOTTOM, HEIGHT - 6, Labels.number(max),
        first, last, bars, labels, lines);
  }

  /** The years with each renamed party counted under its present name. */
  private static List<SearchResult.YearCount> merged(List<SearchResult.YearCount> years) {
    List<SearchResult.YearCount> merged = new ArrayList<>();
    for (SearchResult.YearCount year : years) {
      Map<String, Long> parties = new TreeMap<>();
      year.parties().forEach((party, n) -> parties.merge(RENAMED.getOrDefault(party.toUpperCase(Locale.ROOT), party), n, Long::sum));
      merged.add(new SearchResult.YearCount(year.year(), year.count(), parties));
    }
    return merged;
  }

  /** "L (FP)" where the older name occurs among the hits too. */
  private static String label(String party, Set<String> seen) {
    List<String> former = RENAMED.entrySet().stream().filter(e -> e.getValue().equals(party) && seen.contains(e.getKey()))
        .map(Map.Entry::getKey).toList();
    return former.isEmpty() ? party : party + " (" + String.join(", ", former) + ")";
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static List<String> topParties(List<SearchResult.YearCount> years) {
    Map<String, Long> totals = new HashMap<>();
    years.forEach(y -> y.parties().forEach((party, n) -> totals.merge(party, n, Long::sum)));
    return totals.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(PARTY_LINES)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String tooltip(SearchResult.YearCount count, Long documentsThatYear) {
    StringBuilder text = new StringBuilder().append(count.year()).append(": ").append(Labels.number(count.count()))
        .append(count.count() == 1 ? " träff" : " träffar");
    if (documentsThatYear != null && documentsThatYear > 0) {
      text.append(String.format(Locale.ROOT, ", %s %% av årets %s dokument",
          String.format(Locale.ROOT, "%.1f", 100.0 * count.count() / documentsThatYear).replace('.', ','),
          Labels.number(documentsThatYear)));
    }
    List<String> parties = count.parties().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .map(e -> e.getKey() + " " + e.getValue())
        .toList();
    return parties.isEmpty() ? text.toString() : text.append(" (").append(String.join(", ", parties)).append(")").toString();
  }

  /** A fixed colour per known party; a grey for the rest. */
  static String colour(String party) {
    return COLOURS.getOrDefault(party.toUpperCase(Locale.ROOT), "#777777");
  }
}
