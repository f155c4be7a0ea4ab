package se.debattsok.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.debattsok.model.Kind;
import se.debattsok.search.Dates;
import se.debattsok.search.Facet;
import se.debattsok.search.Filters;
import se.debattsok.search.Grouping;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SortOrder;

/**
 * The search parameters shared by the page and the API:
 * {@code q, party, person, kind, assembly, from, to, sort, page, size, group, trend}. Every bad
 * value is a {@link BadRequestException} that names it.
 *
 * @param group what hits are grouped by: {@code group=1} (or {@code debatt}) by debate, {@code
 *     group=tråd} (or {@code thread}) by thread; page and size then count groups
 * @param trend whether the matches are counted per year and party ({@code trend=1})
 */
record SearchParams(String query, Filters filters, SortOrder sort, int page, int size, boolean correct, Grouping group,
    boolean trend) {
  static final int DEFAULT_SIZE = 10;
  /** What a sort may also be called in an address typed by hand: sort=nyast. */
  private static final Map<SortOrder, String> SWEDISH_SORTS =
      Map.of(SortOrder.RELEVANCE, "relevans", SortOrder.NEWEST, "nyast", SortOrder.OLDEST, "äldst");
  static final int MAX_SIZE = 100;

  static SearchParams from(Context ctx) {
    String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    List<Kind> kinds = new ArrayList<>();
    for (String kind : values(ctx, "kind")) {
      kinds.add(Kind.parse(kind).orElseThrow(() -> new BadRequestException(
          "Okänd dokumenttyp '" + kind + "'. Typer: " + Kind.swedishWords() + ".")));
    }
    LocalDate from = date(ctx, "from", true);
    LocalDate to = date(ctx, "to", false);
    String person = ctx.queryParam("person");
    Filters filters = new Filters(values(ctx, "party"), values(ctx, Facet.RAISED_BY.key()), values(ctx, Facet.ANSWERED_BY.key()),
        person, kinds, values(ctx, "assembly"), from, to);
    SortOrder sort = sort(ctx.queryParam("sort"));
    int size = number(ctx, "size", DEFAULT_SIZE, 1, MAX_SIZE);
    int page = number(ctx, "page", 1, 1, SearchRequest.MAX_DEPTH / size);
    boolean correct = !"1".equals(ctx.queryParam("nocorrect"));
    return new SearchParams(query, filters, sort, page, size, correct, grouping(ctx.queryParam("group")), flag(ctx, "trend"));
  }

  /** The search these parameters ask for, without facets (the page and the API add them). */
  SearchRequest request() {
    SearchRequest request = SearchRequest.of(query).withFilters(filters).sortedBy(sort).page(size, (page - 1) * size);
    request = correct ? request : request.asWritten();
    request = request.groupedBy(group);
    return trend ? request.withTrend() : request;
  }

  /** By debate (1, debatt), by thread (tråd), or not at all (0 or absent). */
  static Grouping grouping(String text) {
    if (text == null || text.isBlank()) {
      return Grouping.NONE;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true", "yes", "ja", "debatt", "debate" -> Grouping.DEBATE;
      case "tråd", "trad", "thread" -> Grouping.THREAD;
      case "0", "false", "no", "nej" -> Grouping.NONE;
      default -> throw new BadRequestException("'group' ska vara debatt (1), tråd eller 0, inte '" + text + "'.");
    };
  }

  /** 1, true or yes; 0, false, no or absent. Anything else names the parameter. */
  private static boolean flag(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return false;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true", "yes", "ja" -> true;
      case "0", "false", "no", "nej" -> false;
      default -> throw new BadRequestException("'" + name + "' ska vara 1 eller 0, inte '" + text + "'.");
    };
  }

  private static List<String> values(Context ctx, String name) {
    return ctx.queryParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  private static LocalDate date(Context ctx, String name, boolean start) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate date = start ? Dates.parseFrom(text) : Dates.parseTo(text);
    if (date == null) {
      throw new BadRequestException("'" + text + "' är inget datum (" + name + "): skriv 2023, 2023-05 eller 2023-05-17.");
    }
    return date;
  }

  private static SortOrder sort(String text) {
    if (text == null || text.isBlank()) {
      return SortOrder.RELEVANCE;
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (SortOrder order : SortOrder.values()) {
      if (order.code().equals(wanted) || SWEDISH_SORTS.get(order).equals(wanted)) {
        return order;
      }
    }
    throw new BadRequestException("Okänd sortering '" + text + "': skriv relevans, nyast eller äldst.");
  }

  static int number(Context ctx, String name, int fallback, int min, int max) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new BadRequestException("'" + name + "' ska vara ett heltal från " + min + " till " + max + ".");
  }
}
