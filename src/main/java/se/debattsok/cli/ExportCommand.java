package se.debattsok.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.debattsok.model.Document;
import se.debattsok.model.Person;

@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the documents of corpus folders as JSON lines, as Debattsök reads them (no index needed):",
      "id, kind, title, heading, date, assembly, reference, people, addressee, paragraphs, debate, link. For analysis",
      "elsewhere; saved as a .jsonl file in a corpus folder, it is indexed like the files it came from."
    })
final class ExportCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "A folder of documents; several --corpus for several (default: corpus).")
  List<Path> corpora = List.of(Path.of("corpus"));

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CorpusWalk.Counts counts = CorpusWalk.forEach(corpora, err, doc -> {
      try {
        out.println(JSON.writeValueAsString(json(doc)));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e); // plain strings and lists always serialise
      }
    });
    out.flush();
    err.printf(Locale.ROOT, "Exported %s; %s skipped.%n",
        Plural.count(counts.documents(), "document"), Plural.count(counts.skipped(), "file"));
    return Main.OK;
  }

  private static ObjectNode json(Document doc) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", doc.id());
    node.put("kind", doc.kind().code());
    node.put("title", doc.title());
    if (doc.heading() != null) {
      node.put("heading", doc.heading());
    }
    node.put("date", doc.date() == null ? null : doc.date().toString());
    node.put("assembly", doc.assembly());
    node.put("reference", doc.reference());
    var people = node.putArray("people");
    for (Person p : doc.people()) {
      ObjectNode person = people.addObject().put("name", p.name()).put("party", p.party()).put("role", p.role().code());
      if (p.id() != null) {
        person.put("id", p.id());
      }
    }
    node.put("addressee", doc.addressee());
    var paragraphs = node.putArray("paragraphs");
    doc.paragraphs().forEach(paragraphs::add);
    if (doc.debate() != null) {
      node.putObject("debate")
          .put("id", doc.debate().id())
          .put("title", doc.debate().title())
          .put("position", doc.debate().position());
    }
    if (doc.link() != null) {
      node.put("link", doc.link());
    }
    return node;
  }
}
