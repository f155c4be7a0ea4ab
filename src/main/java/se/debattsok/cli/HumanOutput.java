package se.debattsok.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.debattsok.search.MarkedText;
import se.debattsok.search.Offers;
import se.debattsok.search.SearchResult;

/** Search results for a person at a terminal: hits in bold there, plain text when piped. */
final class HumanOutput {
  private static final String BOLD = "\u001B[1m";
  private static final String NORMAL = "\u001B[22m";

  private final PrintWriter out;
  private final boolean bold;

  HumanOutput(PrintWriter out, boolean bold) {
    this.out = out;
    this.bold = bold;
  }

  void print(SearchResult result, int offset) {
    if (Boolean.TRUE.equals(result.suggestionApplied())) {
      out.println("No hits for \"" + result.query() + "\"; showing hits for \"" + result.suggestion() + "\" instead.");
      out.println();
    } else if (result.suggestion() != null) {
      out.println("Did you mean: " + result.suggestion() + "?");
      out.println();
    }
    if (Boolean.TRUE.equals(result.relaxed())) {
      out.println("No document holds all the words of \"" + result.query() + "\"; showing those that hold all but one.");
      out.println();
    }
    int rank = offset;
    for (SearchResult.Hit hit : result.hits()) {
      rank++;
      printHit(String.format(Locale.ROOT, "%3d. ", rank), hit, result);
    }
    for (SearchResult.Group group : result.groups()) {
      rank++;
      if (group.hits().size() == 1 && group.hits().get(0).debate() == null) {
        printHit(String.format(Locale.ROOT, "%3d. ", rank), group.hits().get(0), result); // a document, no debate
        continue;
      }
      out.printf(Locale.ROOT, "%3d. %s%n", rank, emphasise(group.title() == null ? group.id() : group.title()));
      String unit = group.threadId() != null ? "document" : "speech";
      out.println("     " + join(group.date(), group.matches() == 1 ? "1 matching " + unit : group.matches() + " matching " + unit
          + (unit.equals("speech") ? "es" : "s")));
      out.println();
      for (SearchResult.Hit hit : group.hits()) {
        printHit("       ", hit, result);
      }
    }
    if (result.trend() != null) {
      printTrend(result.trend());
    }
    long shown = result.hits().size() + result.groups().size();
    String what = result.groups().isEmpty() ? "" : result.groups().get(0).threadId() != null ? " threads" : " debates";
    String range = shown == 0 ? "" : String.format(Locale.ROOT, ", showing%s %,d–%,d", what, offset + 1, offset + shown);
    out.printf(Locale.ROOT, "%s%s (%d ms)%n", Plural.count(result.total(), "hit"), range, result.tookMs());
    String anyWord = Offers.anyWord(result.query(), result);
    if (anyWord != null) {
      out.println("Few documents hold all the words; for any of them: debattsok search '" + anyWord + "'");
    }
    String parts = Offers.compoundParts(result.query(), result);
    if (parts != null) {
      out.println("For the words inside the compounds: debattsok search '" + parts + "'");
    }
    if (Boolean.TRUE.equals(result.partial())) {
      out.println("The search took too long and was stopped: these are the hits found until then.");
    }
  }

  private void printHit(String lead, SearchResult.Hit hit, SearchResult result) {
    String indent = " ".repeat(lead.length());
    String title = hit.title() == null ? hit.id() : hit.title();
    if (hit.debate() != null) {
      title = "Speech " + hit.debate().position() + (hit.title() == null ? "" : " · " + hit.title());
    }
    out.println(lead + emphasise(title));
    out.println(indent + join(hit.date(), hit.kind(), hit.assembly(), hit.reference(),
        hit.thread() == null ? null : "part of a thread of " + hit.thread().size() + " documents"));
    String people = people(hit.people());
    if (!people.isEmpty()) {
      out.println(indent + people);
    }
    out.println(indent + "id: " + hit.id());
    if (hit.sameTextAs() != null) {
      // The snippets would be those of the copy above: the line says where to read them.
      out.println(indent + "The same text, nearly word for word, as " + result.originalOf(hit) + " above.");
    } else {
      for (MarkedText snippet : hit.snippets()) {
        out.println(indent + snippet.wrapped(bold ? BOLD : "", bold ? NORMAL : ""));
      }
    }
    out.println();
  }

  /** One line per year: the count, a bar, and the parties with most documents that year. */
  private void printTrend(SearchResult.Trend trend) {
    long most = trend.years().stream().mapToLong(SearchResult.YearCount::count).max().orElse(1);
    out.println("Per year:");
    for (SearchResult.YearCount year : trend.years()) {
      String bar = "#".repeat((int) Math.max(1, Math.round(30.0 * year.count() / most)));
      List<String> parties = year.parties().entrySet().stream()
          .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
          .limit(4)
          .map(e -> e.getKey() + " " + e.getValue())
          .toList();
      out.printf(Locale.ROOT, "  %d %,6d %-30s %s%n", year.year(), year.count(), bar, String.join(", ", parties));
    }
    out.println();
  }

  private String emphasise(String text) {
    return bold ? BOLD + text + NORMAL : text;
  }

  /** "Per Rosencrantz (M, asker) · Emilia Bjuggren (S, answerer) +3 in the debate". */
  private static String people(List<SearchResult.HitPerson> people) {
    List<String> principals = new ArrayList<>();
    int participants = 0;
    for (SearchResult.HitPerson p : people) {
      if (p.role().equals("participant")) {
        participants++;
      } else {
        principals.add(p.name() + " (" + (p.party() == null ? "" : p.party() + ", ") + p.role() + ")");
      }
    }
    String line = String.join(" · ", principals);
    return participants == 0 ? line : line + " +" + participants + " in the debate";
  }

  private static String join(String... parts) {
    List<String> present = new ArrayList<>();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        present.add(part);
      }
    }
    return String.join(" · ", present);
  }
}
