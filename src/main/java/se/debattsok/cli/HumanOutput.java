package se.debattsok.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    int rank = offset;
    for (SearchResult.Hit hit : result.hits()) {
      rank++;
      out.printf(Locale.ROOT, "%3d. %s%n", rank, emphasise(hit.title() == null ? hit.id() : hit.title()));
      out.println("     " + join(hit.date(), hit.kind(), hit.assembly(), hit.reference()));
      String people = people(hit.people());
      if (!people.isEmpty()) {
        out.println("     " + people);
      }
      out.println("     id: " + hit.id());
      for (String snippet : hit.snippets()) {
        out.println("     " + snippetText(snippet));
      }
      out.println();
    }
    long shown = result.hits().size();
    String range = shown == 0 ? "" : String.format(Locale.ROOT, ", showing %,d–%,d", offset + 1, offset + shown);
    out.printf(Locale.ROOT, "%,d hit%s%s (%d ms)%n", result.total(), result.total() == 1 ? "" : "s", range, result.tookMs());
    if (Boolean.TRUE.equals(result.partial())) {
      out.println("The search took too long and was stopped: these are the hits found until then.");
    }
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

  /** The snippet's HTML made terminal text: marks become bold (or nothing), entities characters. */
  private String snippetText(String html) {
    String text = html.replace("<mark>", bold ? BOLD : "").replace("</mark>", bold ? NORMAL : "");
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }
}
