package se.debattsok.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import se.debattsok.model.Kind;
import se.debattsok.search.Dates;
import se.debattsok.search.Filters;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SortOrder;

/** The filters and sort order that search and bulk share. */
final class FilterOptions {
  @Option(names = "--party", paramLabel = "P", split = ",", description = "Only documents by this party (S, M, SD, …); several with commas.")
  List<String> parties = new ArrayList<>();

  @Option(names = "--raised-by", paramLabel = "P", split = ",",
      description = "Only documents asked, signed or spoken by this party (not answered); several with commas.")
  List<String> raisedBy = new ArrayList<>();

  @Option(names = "--answered-by", paramLabel = "P", split = ",", description = "Only documents answered by this party.")
  List<String> answeredBy = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only documents by this person, or a part of the name.")
  String speaker;

  @Option(names = "--kind", paramLabel = "K", split = ",", description = "Only this kind: ${COMPLETION-CANDIDATES}.")
  List<Kind> kinds = new ArrayList<>();

  @Option(names = "--assembly", paramLabel = "A", description = "Only this assembly, e.g. Riksdagen.")
  List<String> assemblies = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE", description = "From this date: 2023, 2023-05 or 2023-05-17.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Up to this date, included: 2024, 2024-06 or 2024-06-30.")
  String to;

  @Option(names = "--sort", paramLabel = "ORDER", description = "${COMPLETION-CANDIDATES} (default: relevance).")
  SortOrder sort = SortOrder.RELEVANCE;

  @Option(names = "--no-correct", description = "Answer the query as written: never with the spelling corrected or with all words but one (a suggestion is still given).")
  boolean noCorrect;

  /** A request for the query with these filters and this order; with --no-correct, as written. */
  SearchRequest request(String query, Filters filters) {
    SearchRequest request = SearchRequest.of(query).withFilters(filters).sortedBy(sort);
    return noCorrect ? request.asWritten() : request;
  }

  /** The filters, or null after telling the user which date is wrong. */
  Filters filters(PrintWriter err) {
    LocalDate fromDate = date("--from", from, true, err);
    LocalDate toDate = date("--to", to, false, err);
    if ((from != null && fromDate == null) || (to != null && toDate == null)) {
      return null;
    }
    return new Filters(parties, raisedBy, answeredBy, speaker, kinds, assemblies, fromDate, toDate);
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
