package se.debattsok.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.debattsok.index.IndexState;
import se.debattsok.search.Ranking;
import se.debattsok.search.SearchService;

/** The index a command uses: the one given, or index/, built from corpus/ on first use. */
final class DefaultIndex {
  static final Path INDEX = Path.of("index");
  static final Path CORPUS = Path.of("corpus");

  private DefaultIndex() {}

  static Path resolve(Path given, PrintWriter err) throws IOException {
    if (given != null) {
      if (IndexState.isOutdated(given)) {
        err.println("debattsok: warning: " + given + " was built by an older version of Debattsök; searches miss what"
            + " this version indexes until you run 'debattsok index --index " + given + " --corpus …' again.");
      }
      return given;
    }
    if (!SearchService.indexExists(INDEX) && Files.isDirectory(CORPUS)) {
      err.println("No index yet: indexing " + CORPUS + "/ into " + INDEX + "/ first.");
      IndexCommand.run(List.of(CORPUS), INDEX, Runtime.getRuntime().availableProcessors(), err, err);
    } else if (IndexState.isOutdated(INDEX) && Files.isDirectory(CORPUS)) {
      err.println("The index was built by an older version of Debattsök: re-indexing " + CORPUS + "/ into " + INDEX + "/ first.");
      IndexCommand.run(List.of(CORPUS), INDEX, Runtime.getRuntime().availableProcessors(), err, err);
    }
    return INDEX;
  }

  /**
   * Opens an index to search and checks every file's checksum first (a few tenths of a second at
   * most): answers from a damaged index would be wrong without saying so.
   */
  static SearchService openVerified(Path indexDir) throws IOException {
    return openVerified(indexDir, Ranking.DEFAULT);
  }

  static SearchService openVerified(Path indexDir, Ranking ranking) throws IOException {
    return openVerified(indexDir, ranking, SearchService.DEFAULT_TIME_LIMIT);
  }

  static SearchService openVerified(Path indexDir, Ranking ranking, java.time.Duration timeLimit) throws IOException {
    SearchService service = SearchService.open(indexDir, timeLimit, ranking);
    String damage;
    try {
      damage = service.verify();
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    if (damage != null) {
      service.close();
      throw new IOException("the index " + indexDir + " is damaged (" + damage + "); run 'debattsok index"
          + (indexDir.equals(INDEX) ? "" : " --index " + indexDir + " --corpus …") + "' to build it anew");
    }
    return service;
  }
}
