package se.debattsok.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.debattsok.render.HitRows;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;

/**
 * {@code GET /api/search/export}: every hit of a search and its filters (up to {@value #MAX_ROWS}), in
 * rank order, as CSV or JSON lines to download ({@link HitRows}). Streamed a page of
 * {@value #PAGE} hits at a time, each page a search of its own within the time limit, as paging on
 * the search page is: the same plan, the same order.
 */
final class ExportEndpoint {
  static final int MAX_ROWS = SearchRequest.MAX_DEPTH;
  static final int PAGE = 1_000;
  private static final Logger LOG = LoggerFactory.getLogger(ExportEndpoint.class);

  private final SearchService service;

  ExportEndpoint(SearchService service) {
    this.service = service;
  }

  void handle(Context ctx) throws IOException {
    SearchParams params = SearchParams.from(ctx);
    if (params.query().isEmpty()) {
      throw new BadRequestException("Parametern q saknas: skriv vad du söker efter.");
    }
    HitRows.Format format = HitRows.Format.parse(ctx.queryParam("format"));
    if (format == null) {
      throw new BadRequestException("'format' ska vara csv eller jsonl, inte '" + ctx.queryParam("format") + "'.");
    }
    int max = SearchParams.number(ctx, "max", MAX_ROWS, 1, MAX_ROWS);
    SearchRequest request = SearchRequest.of(params.query()).withFilters(params.filters()).sortedBy(params.sort())
        .withoutSnippets();
    request = params.correct() ? request : request.asWritten();
    SearchResult first;
    try {
      first = service.search(request.page(Math.min(PAGE, max), 0));
    } catch (QuerySyntaxException e) {
      throw new BadRequestException(e.swedish());
    }
    long rows = Math.min(first.total(), max);
    ctx.status(HttpStatus.OK);
    ctx.contentType(format.contentType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName(params.query()) + "." + format.extension + "\"");
    ctx.header("X-Total-Count", Long.toString(first.total()));
    Function<String, String> page = id -> ctx.scheme() + "://" + ctx.host() + Links.document(id, "");
    Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    try (HitRows table = new HitRows(out, format, page)) {
      for (SearchResult.Hit hit : first.hits()) {
        table.write(hit);
      }
      for (int offset = PAGE; offset < rows; offset += PAGE) {
        SearchResult next = service.search(request.page((int) Math.min(PAGE, rows - offset), offset));
        if (next.hits().isEmpty()) {
          break; // the index changed under the export: what there was is written
        }
        for (SearchResult.Hit hit : next.hits()) {
          table.write(hit);
        }
      }
    } catch (QuerySyntaxException e) {
      LOG.warn("export of '{}' stopped: {}", params.query(), e.getMessage()); // the first page parsed: not expected
    }
  }

  /** "debattsok-fokus-jarva": the query in letters a file name keeps everywhere. */
  static String fileName(String query) {
    String ascii = Normalizer.normalize(query, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "debattsok" + (slug.isEmpty() ? "" : "-" + (slug.length() > 40 ? slug.substring(0, 40) : slug));
  }
}
