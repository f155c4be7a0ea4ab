package se.debattsok.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import se.debattsok.model.Document;

/**
 * The file a document was read from, served as it is ({@code /original/{id}}): the council's PDF or
 * text, the TEI or JSON as published. Only the file the index names for an indexed document, and
 * only of the kinds the readers read; a file gone from this machine (an index built elsewhere) is
 * said to be so.
 */
final class OriginalFile {
  private static final Map<String, String> TYPES = Map.of(
      "pdf", "application/pdf",
      "xml", "application/xml; charset=utf-8",
      "txt", "text/plain; charset=utf-8",
      "md", "text/plain; charset=utf-8",
      "json", "application/json; charset=utf-8",
      "jsonl", "application/x-ndjson; charset=utf-8");

  private OriginalFile() {}

  /** The file, when it is on this machine and of a kind served; else null. */
  static Path of(Document doc) {
    if (doc.source() == null || type(doc.source()) == null) {
      return null;
    }
    Path path = Path.of(doc.source());
    return path.isAbsolute() && Files.isRegularFile(path) && Files.isReadable(path) ? path : null;
  }

  /** @return false, having sent nothing, when the file is not served */
  static boolean serve(Context ctx, Document doc) throws IOException {
    Path path = of(doc);
    if (path == null) {
      return false;
    }
    ctx.contentType(type(doc.source()));
    // Shown in the browser where it can be; saved under its own name otherwise.
    ctx.header("Content-Disposition", "inline; filename=\"" + path.getFileName().toString().replaceAll("[^\\w.-]", "_") + "\"");
    ctx.header("Content-Length", Long.toString(Files.size(path)));
    try (InputStream in = Files.newInputStream(path)) {
      in.transferTo(ctx.outputStream());
    }
    return true;
  }

  private static String type(String source) {
    int dot = source.lastIndexOf('.');
    return dot < 0 ? null : TYPES.get(source.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}
