package se.debattsok.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import se.debattsok.watch.WatchStore;

/** Where saved searches are kept: an option of index, serve and watch. */
final class WatchOptions {
  @Option(names = "--watches", paramLabel = "DIR", description = "Where saved searches are kept (default: watches).")
  Path watches = Path.of("watches");

  WatchStore store() {
    return new WatchStore(watches);
  }
}
