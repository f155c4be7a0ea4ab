package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.SourceFile;
import se.debattsok.model.Document;

/** Reads every document of corpus folders in turn, for commands that need no index; problems go to err. */
final class CorpusWalk {
  record Counts(int documents, int skipped) {}

  private CorpusWalk() {}

  static Counts forEach(List<Path> corpora, PrintWriter err, Consumer<Document> each) throws IOException {
    Corpus.Scan scan = Corpus.scan(corpora);
    scan.problems().forEach(p -> err.println("  " + p));
    int documents = 0;
    int skipped = scan.problems().size();
    for (SourceFile file : scan.files()) {
      Corpus.Read read = Corpus.read(file);
      if (read.problem() != null) {
        err.println("  " + read.problem());
        skipped++;
      }
      for (Document doc : read.documents()) {
        each.accept(doc);
        documents++;
      }
    }
    return new Counts(documents, skipped);
  }
}
