package se.debattsok;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.debattsok.index.Indexer;
import se.debattsok.search.SearchService;

/**
 * An index of the documents a test names: written as files into a corpus folder, indexed as
 * {@code debattsok index} does (a real Lucene index on disk) and opened for searching. Every test
 * that needs "an index of these documents" makes it here.
 */
public final class TestIndex {
  private TestIndex() {}

  /** A text file of the corpus: its first paragraph is the title, paragraphs apart by a blank line. */
  public static Path write(Path corpus, String name, String... paragraphs) throws IOException {
    Path file = corpus.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n\n", paragraphs), StandardCharsets.UTF_8);
    return file;
  }

  /** Indexes the folders into {@code index} (new, or updated as a re-run would), on one thread. */
  public static Indexer.Summary build(Path index, Path... corpora) throws IOException {
    return new Indexer(1).index(List.of(corpora), index, new Indexer.Listener() {});
  }

  /** Indexes a corpus folder into {@code dir/index} and opens it for searching. */
  public static SearchService open(Path corpus, Path dir) throws IOException {
    build(dir.resolve("index"), corpus);
    return SearchService.open(dir.resolve("index"));
  }
}
