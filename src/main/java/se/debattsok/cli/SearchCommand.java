package se.debattsok.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.model.Kind;
import se.debattsok.search.Dates;
import se.debattsok.search.Filters;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;
import se.debattsok.search.SortOrder;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches the index.",
      "",
      "Query language: words (all must match)  \"an exact phrase\"  skola OR förskola",
      "  -exclude  (grouping)  skol*  segregaton~  field:value",
      "Fields: title/titel, text, person/talare, party/parti, kind/typ, year/år, id, dnr/reference,",
      "  addressee/till, participant/deltagare.  Example: talare:Bjuggren år:2024 segregation"
    },
    sortOptions = false)
final class SearchCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to search for.")
  List<String> words;

  @Option(names = "--index", paramLabel = "DIR", description = "The index to search (default: index).")
  Path index;

  @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: 10).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Hits to skip, for the next page (default: 0).")
  int offset;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(names = "--party", paramLabel = "P", split = ",", description = "Only documents by this party (S, M, SD, …); several with commas.")
  List<String> parties = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only documents by this person, or a part of the name.")
  String speaker;

  @Option(names = "--kind", paramLabel = "K", split = ",", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
  List<Kind> kinds = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "From this date: 2023, 2023-05 or 2023-05-17.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included: 2024, 2024-06 or 2024-06-30.")
  String to;

  @Option(names = "--sort", paramLabel = "ORDER", description = "${COMPLETION-CANDIDATES} (default: relevance).")
  SortOrder sort = SortOrder.RELEVANCE;

  @Option(names = "--color", paramLabel = "WHEN", description = "Bold hits: auto (on a terminal), always or never.")
  String color = "auto";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String query = String.join(" ", words);
    LocalDate fromDate = date("--from", from, true, err);
    LocalDate toDate = date("--to", to, false, err);
    if ((from != null && fromDate == null) || (to != null && toDate == null)) {
      return Main.USAGE;
    }
    if (!List.of("auto", "always", "never").contains(color)) {
      err.println("debattsok: --color takes auto, always or never, not '" + color + "'.");
      return Main.USAGE;
    }
    Path indexDir = DefaultIndex.resolve(index, err);

    SearchRequest request =
        new SearchRequest(query, new Filters(parties, speaker, kinds, List.of(), fromDate, toDate), sort, limit, offset, true, false);
    try (SearchService service = SearchService.open(indexDir)) {
      SearchResult result = service.search(request);
      if (json) {
        out.println(JSON.writeValueAsString(result));
      } else {
        boolean bold = color.equals("always") || (color.equals("auto") && Terminal.isInteractive());
        new HumanOutput(out, bold).print(result, offset);
      }
      return Main.OK;
    } catch (QuerySyntaxException e) {
      err.println("debattsok: " + e.getMessage());
      return Main.USAGE;
    }
  }

  private static LocalDate date(String option, String text, boolean start, PrintWriter err) {
    if (text == null) {
      return null;
    }
    LocalDate date = start ? Dates.parseFrom(text) : Dates.parseTo(text);
    if (date == null) {
      err.println("debattsok: " + option + " '" + text + "' is not a date; write 2023, 2023-05 or 2023-05-17.");
    }
    return date;
  }
}
