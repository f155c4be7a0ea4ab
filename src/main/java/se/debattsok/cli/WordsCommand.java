package se.debattsok.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.debattsok.analysis.WordCounts;

@Command(
    name = "words",
    mixinStandardHelpOptions = true,
    description = {
      "Counts in how many documents each word form occurs (word<TAB>documents, sorted).",
      "The compound splitter weighs its splits with such counts; the shipped ones were made with",
      "  debattsok words --corpus ../shared/corpus/riksdagen-interpellations/data --min-docs 3 \\",
      "    --out src/main/resources/se/debattsok/analysis/word-counts.tsv.gz"
    })
final class WordsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR", description = "A folder of documents; several --corpus for several (default: corpus).")
  List<Path> corpora = List.of(Path.of("corpus"));

  @Option(names = "--min-docs", paramLabel = "N", description = "Leave out words found in fewer documents (default: ${DEFAULT-VALUE}).")
  int minDocuments = 3;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output; gzipped when the name ends in .gz.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (minDocuments < 1) {
      throw new ParameterException(spec.commandLine(), "--min-docs must be at least 1.");
    }
    PrintWriter err = spec.commandLine().getErr();
    WordCounts counts = new WordCounts();
    CorpusWalk.Counts read = CorpusWalk.forEach(corpora, err, doc -> {
      List<String> texts = new ArrayList<>(doc.paragraphs());
      texts.add(doc.title());
      counts.addDocument(texts);
    });
    int words;
    if (out == null) {
      words = counts.write(spec.commandLine().getOut(), minDocuments);
    } else {
      try (OutputStream file = Files.newOutputStream(out);
          OutputStream body = out.toString().endsWith(".gz") ? new GZIPOutputStream(file) : file;
          PrintWriter writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8))) {
        words = counts.write(writer, minDocuments);
      }
    }
    err.printf(Locale.ROOT, "Counted %s in at least %d of %s; %s skipped.%n", Plural.count(words, "word"),
        minDocuments, Plural.count(read.documents(), "document"), Plural.count(read.skipped(), "file"));
    return Main.OK;
  }
}
