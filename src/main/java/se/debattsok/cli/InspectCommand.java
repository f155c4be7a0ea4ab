package se.debattsok.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.FileProblem;
import se.debattsok.corpus.Inspection;
import se.debattsok.corpus.SourceFile;

@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Shows what Debattsök reads from files, before anyone indexes them: the format recognised,",
      "documents and speeches, dates, debates, people with parties and roles, titles, references,",
      "and warnings (\"12 of 119 speeches have no party for their speaker\"). A folder is read as a",
      "corpus folder. Exit status 1 when a file could not be read, 2 when a path does not exist."
    })
final class InspectCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to inspect.")
  List<Path> paths;

  @Option(names = "--json", description = "One JSON object per file (JSON lines), every list in full.")
  boolean json;

  @Option(names = "--all", description = "List every debate, person, title and reference (default: the first 10 of each).")
  boolean all;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Inspection> inspections = new ArrayList<>();
    boolean missing = false;
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        Corpus.Scan scan = Corpus.scan(List.of(path));
        scan.problems().forEach(p -> inspections.add(Inspection.unreadable(p)));
        scan.files().forEach(f -> inspections.add(Inspection.of(f)));
        scan.passedOver().forEach(p -> inspections.add(Inspection.passedOver(p)));
      } else if (Files.isRegularFile(path)) {
        inspections.add(inspectFile(path));
      } else {
        err.println("debattsok: no such file or folder: " + path);
        missing = true;
      }
    }
    for (Inspection inspection : inspections) {
      if (json) {
        out.println(JSON.writeValueAsString(json(inspection)));
      } else {
        print(inspection, out);
      }
    }
    long unreadable = inspections.stream().filter(i -> i.problem() != null).count();
    long warned = inspections.stream().filter(i -> !i.warnings().isEmpty()).count();
    err.printf(Locale.ROOT, "Inspected %s: %s, %s with warnings, %,d unreadable.%n",
        Plural.count(inspections.size(), "file"), Plural.count(inspections.stream().mapToInt(Inspection::documents).sum(), "document"),
        Plural.count(warned, "file"), unreadable);
    out.flush();
    return missing ? Main.USAGE : unreadable > 0 ? Main.FAILURE : Main.OK;
  }

  /**
   * A file on its own is read as it sits in its corpus: lists of people and metadata are looked for
   * in its folder and those above it.
   */
  private static Inspection inspectFile(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    SourceFile file = new SourceFile(absolute, absolute.getRoot().relativize(absolute).toString().replace('\\', '/'));
    if (Corpus.readerFor(file).isEmpty()) {
      return Inspection.unreadable(new FileProblem(path.toString(),
          "not a type Debattsök reads (readable types: " + String.join(", ", Corpus.supportedExtensions()) + ")"));
    }
    return Inspection.of(file);
  }

  private void print(Inspection i, PrintWriter out) {
    out.println(i.path());
    if (i.passedOver() != null) {
      out.println("  passed over: " + i.passedOver());
      out.println();
      return;
    }
    if (i.problem() != null) {
      out.println("  cannot be read: " + i.problem());
      out.println();
      return;
    }
    out.println("  format:     " + i.format());
    List<String> kinds = new ArrayList<>();
    i.kinds().forEach((kind, n) -> kinds.add(Plural.count(n, kind, kind.equals("speech") ? "speeches" : kind)));
    out.println("  documents:  " + i.documents() + (kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ")"));
    if (i.firstDate() != null) {
      out.println("  dates:      " + (i.firstDate().equals(i.lastDate()) ? i.firstDate() : i.firstDate() + " to " + i.lastDate()));
    }
    list(out, "debates", i.debates().stream()
        .map(d -> (d.title() == null ? "(no title)" : "\"" + d.title() + "\"") + " (" + Plural.count(d.speeches(), "speech", "speeches") + ")")
        .toList());
    list(out, "people", i.people().stream()
        .map(p -> p.name() + (p.party() == null ? " (no party)" : " (" + p.party() + ")") + ", " + p.role() + ", "
            + Plural.count(p.documents(), "document"))
        .toList());
    list(out, "titles", i.titles());
    list(out, "references", i.references());
    if (!i.warnings().isEmpty()) {
      out.println("  warnings:");
      i.warnings().forEach(w -> out.println("    " + w));
    }
    out.println();
  }

  private void list(PrintWriter out, String name, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.printf(Locale.ROOT, "  %-11s %,d%n", name + ":", items.size());
    int shown = all ? items.size() : Math.min(10, items.size());
    items.subList(0, shown).forEach(item -> out.println("    " + item));
    if (shown < items.size()) {
      out.printf(Locale.ROOT, "    … and %,d more (--all lists them)%n", items.size() - shown);
    }
  }

  private static ObjectNode json(Inspection i) {
    ObjectNode node = JSON.createObjectNode();
    node.put("path", i.path());
    node.put("format", i.format());
    if (i.problem() != null) {
      node.put("problem", i.problem());
    }
    if (i.passedOver() != null) {
      node.put("passedOver", i.passedOver());
    }
    node.put("documents", i.documents());
    ObjectNode kinds = node.putObject("kinds");
    i.kinds().forEach(kinds::put);
    node.put("firstDate", i.firstDate() == null ? null : i.firstDate().toString());
    node.put("lastDate", i.lastDate() == null ? null : i.lastDate().toString());
    ArrayNode debates = node.putArray("debates");
    i.debates().forEach(d -> debates.addObject().put("title", d.title()).put("speeches", d.speeches()));
    ArrayNode people = node.putArray("people");
    i.people().forEach(p -> people.addObject().put("name", p.name()).put("party", p.party()).put("role", p.role())
        .put("documents", p.documents()));
    i.titles().forEach(node.putArray("titles")::add);
    i.references().forEach(node.putArray("references")::add);
    i.warnings().forEach(node.putArray("warnings")::add);
    return node;
  }
}
