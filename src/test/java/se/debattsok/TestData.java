package se.debattsok;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import se.debattsok.index.Indexer;

/** Where tests find real documents: the project's own corpus/, and ../shared where it exists. */
public final class TestData {
  /** Maven runs tests in the project folder. */
  public static final Path PROJECT = Path.of("").toAbsolutePath();
  public static final Path STOCKHOLM = PROJECT.resolve("corpus/svar-interpellation-rosencrantz-ks-2024-142.txt");
  private static final Path SHARED = PROJECT.resolveSibling("shared");

  private TestData() {}

  /** The interpellation corpus; skips the calling test, saying why, where ../shared is absent. */
  public static Path interpellations() {
    Path data = SHARED.resolve("corpus/riksdagen-interpellations/data");
    assumeTrue(Files.isDirectory(data), "../shared/corpus/riksdagen-interpellations is absent: test skipped");
    return data;
  }

  /**
   * An index of all interpellations plus the default corpus, built once per test run (about 20 s)
   * for the tests that only read it; deleted when the JVM exits.
   */
  public static BuiltIndex interpellationIndex() {
    interpellations(); // skips the caller where ../shared is absent
    return SharedIndex.BUILT;
  }

  public record BuiltIndex(Path dir, Indexer.Summary summary) {}

  private static final class SharedIndex {
    static final BuiltIndex BUILT = build();

    private static BuiltIndex build() {
      try {
        Path dir = Files.createTempDirectory("debattsok-interpellations");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        Indexer.Summary summary = new Indexer(Runtime.getRuntime().availableProcessors())
            .index(List.of(interpellations(), PROJECT.resolve("corpus")), dir, new Indexer.Listener() {});
        return new BuiltIndex(dir, summary);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is no failure
    }
  }

  /**
   * Starts {@code debattsok ARGS} as a separate process, with this JVM's java and class path, its
   * output going to a file: for tests that kill a process, or measure one.
   */
  public static Process debattsok(Path output, String... args) throws IOException {
    return debattsok(List.of(), output, args);
  }

  /** The same, run through a command that changes how it runs (e.g. {@code setpriv …}). */
  public static Process debattsok(List<String> prefix, Path output, String... args) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), "se.debattsok.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
  }

  /** One interpellation file, e.g. {@code ipq-199495--0001}. */
  public static Path interpellation(String id) {
    String year = id.substring(4, id.indexOf("--"));
    return interpellations().resolve(year).resolve(id + ".xml");
  }

  /**
   * Five interpellations whose debates the other fixtures hold, copied from ../shared into
   * {@code dir/threads} (the test is skipped where ../shared is absent): 2021/22:439 (answered in
   * the 2022-05-13 sitting of samples/, ParlaMint-SE and Swerik), 2020/21:665 (samples/riksdag-json),
   * 2021/22:239 and 245 (riksdagen-speeches/), 2020/21:257 (parlamint/, 2021-01-12).
   *
   * @return the folder, to index beside those fixtures
   */
  public static Path threadQuestions(Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("threads"));
    for (String id : List.of("ipq-202122--0439", "ipq-202021--0665", "ipq-202122--0239", "ipq-202122--0245",
        "ipq-202021--0257")) {
      Files.copy(interpellation(id), folder.resolve(id + ".xml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return folder;
  }

  /** Copies a folder and everything in it. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
