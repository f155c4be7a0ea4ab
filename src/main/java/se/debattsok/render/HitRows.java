package se.debattsok.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.debattsok.search.SearchResult;

/**
 * Hits as rows of a table to take elsewhere (a spreadsheet, pandas): the columns of {@code bulk
 * --format csv} for one query, plus what a reader of the table needs without the server: the kind,
 * body, reference, people, the publisher's link and the document's page here. As CSV (RFC 4180,
 * a header row) or JSON lines (one object per hit, people as objects).
 */
public final class HitRows implements AutoCloseable {
  public static final List<String> COLUMNS =
      List.of("rank", "id", "score", "title", "date", "kind", "assembly", "reference", "people", "link", "page");
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The two forms rows are written in. */
  public enum Format {
    CSV("text/csv; charset=utf-8", "csv"),
    JSONL("application/x-ndjson; charset=utf-8", "jsonl");

    public final String contentType;
    public final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    /** "csv" or "jsonl" (also "json"); null for anything else. */
    public static Format parse(String text) {
      return switch (text == null ? "csv" : text.strip().toLowerCase(Locale.ROOT)) {
        case "csv" -> CSV;
        case "jsonl", "json", "ndjson" -> JSONL;
        default -> null;
      };
    }
  }

  private final Writer out;
  private final CSVPrinter csv;
  private final Function<String, String> pageOf;
  private int rank;

  /** @param pageOf a document's page on this server, from its id */
  public HitRows(Writer out, Format format, Function<String, String> pageOf) throws IOException {
    this.out = out;
    this.pageOf = pageOf;
    this.csv = format == Format.CSV ? CSV.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out) : null;
  }

  public void write(SearchResult.Hit hit) throws IOException {
    rank++;
    String score = Float.isNaN(hit.score()) ? "" : String.format(Locale.ROOT, "%.4f", hit.score());
    if (csv != null) {
      String people = hit.people().stream()
          .map(p -> p.name() + " (" + (p.party() == null || p.party().isEmpty() ? "" : p.party() + ", ") + p.role() + ")")
          .collect(Collectors.joining("; "));
      csv.printRecord(rank, hit.id(), score, hit.title(), hit.date(), hit.kind(), hit.assembly(), hit.reference(), people,
          hit.link(), pageOf.apply(hit.id()));
      return;
    }
    ObjectNode row = JSON.createObjectNode();
    row.put("rank", rank).put("id", hit.id());
    if (!score.isEmpty()) {
      row.put("score", hit.score());
    }
    row.put("title", hit.title()).put("date", hit.date()).put("kind", hit.kind()).put("assembly", hit.assembly())
        .put("reference", hit.reference());
    var people = row.putArray("people");
    for (SearchResult.HitPerson p : hit.people()) {
      people.addObject().put("name", p.name()).put("party", p.party()).put("role", p.role());
    }
    row.put("link", hit.link()).put("page", pageOf.apply(hit.id()));
    out.write(JSON.writeValueAsString(row));
    out.write('\n');
  }

  /** How many rows were written. */
  public int count() {
    return rank;
  }

  @Override
  public void close() throws IOException {
    if (csv != null) {
      csv.flush();
    }
    out.flush();
  }
}
