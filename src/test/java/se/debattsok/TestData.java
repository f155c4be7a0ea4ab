package se.debattsok;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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

  /** One interpellation file, e.g. {@code ipq-199495--0001}. */
  public static Path interpellation(String id) {
    String year = id.substring(4, id.indexOf("--"));
    return interpellations().resolve(year).resolve(id + ".xml");
  }
}
