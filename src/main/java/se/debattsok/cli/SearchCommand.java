package se.debattsok.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.render.ResultJson;
import se.debattsok.search.Filters;
import se.debattsok.search.Grouping;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;

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
  private static final ObjectMapper JSON = ResultJson.mapper();

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

  @Option(names = "--group", description = "Group the hits by debate: the best speeches of each debate together; --limit and --offset count debates.")
  boolean group;

  @Option(names = "--thread", description = "Group the hits by thread: a question, its answer and its debate together; --limit and --offset count threads.")
  boolean thread;

  @Option(names = "--trend", description = "Also count the matching documents per year and party (a table, or \"trend\" in the JSON).")
  boolean trend;

  @Mixin FilterOptions filterOptions;

  @Mixin BackendOptions backend;

  @Option(names = "--color", paramLabel = "WHEN", description = "Bold hits: auto (on a terminal), always or never.")
  String color = "auto";

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String query = String.join(" ", words);
    Filters filters = filterOptions.filters(err);
    if (filters == null) {
      return Main.USAGE;
    }
    if (!List.of("auto", "always", "never").contains(color)) {
      err.println("debattsok: --color takes auto, always or never, not '" + color + "'.");
      return Main.USAGE;
    }
    SearchRequest request = filterOptions.request(query, filters).page(limit, offset);
    if (group && thread) {
      err.println("debattsok: --group and --thread group the hits two ways; give one of them.");
      return Main.USAGE;
    }
    request = request.groupedBy(thread ? Grouping.THREAD : group ? Grouping.DEBATE : Grouping.NONE);
    request = trend ? request.withTrend() : request;
    SwedishAnalysis.loadInBackground();
    try (SearchService service = backend.open(index, err, Ranking.DEFAULT)) {
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

}
