package se.debattsok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Packages follow the flow of data, forward only: model → corpus → analysis → index → search →
 * render → watch → (eval, web, cli). Lucene stays out of the model, the readers and the search results'
 * users; JSON and HTML stay out of search, whose results are plain records.
 */
class ArchitectureTest {
  private static final Path MAIN = TestData.PROJECT.resolve("src/main/java/se/debattsok");

  /** A Lucene class named in full (a logger's name, all lower case, is not one). */
  private static final java.util.regex.Pattern LUCENE_TYPE = java.util.regex.Pattern.compile("org\\.apache\\.lucene\\.[a-z.]*[A-Z]");

  /** What each package may not import. */
  private static final Map<String, List<String>> FORBIDDEN =
      Map.of(
          "model", List.of("org.apache.lucene", "com.fasterxml", "picocli", "io.javalin", "se.debattsok.corpus",
              "se.debattsok.analysis", "se.debattsok.index", "se.debattsok.search", "se.debattsok.render", "se.debattsok.cli",
              "se.debattsok.web"),
          "corpus", List.of("org.apache.lucene", "picocli", "io.javalin", "se.debattsok.analysis", "se.debattsok.index",
              "se.debattsok.search", "se.debattsok.render", "se.debattsok.cli", "se.debattsok.web"),
          "analysis", List.of("picocli", "io.javalin", "se.debattsok.index", "se.debattsok.search", "se.debattsok.render",
              "se.debattsok.cli", "se.debattsok.web"),
          "index", List.of("picocli", "io.javalin", "se.debattsok.search", "se.debattsok.render", "se.debattsok.cli",
              "se.debattsok.web"),
          "search", List.of("picocli", "io.javalin", "com.fasterxml", "se.debattsok.render", "se.debattsok.eval",
              "se.debattsok.cli", "se.debattsok.web"),
          "render", List.of("org.apache.lucene", "picocli", "io.javalin", "se.debattsok.eval", "se.debattsok.cli",
              "se.debattsok.web"),
          "watch", List.of("org.apache.lucene", "picocli", "io.javalin", "se.debattsok.eval", "se.debattsok.cli",
              "se.debattsok.web"),
          "cli", List.of("org.apache.lucene", "io.javalin"),
          "web", List.of("org.apache.lucene", "picocli", "se.debattsok.cli"),
          "eval", List.of("org.apache.lucene", "picocli", "io.javalin", "se.debattsok.cli", "se.debattsok.web"));

  @Test
  void packagesOnlyDependForward() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String pkg = MAIN.relativize(file).getName(0).toString();
        List<String> forbidden = FORBIDDEN.getOrDefault(pkg, List.of());
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (pkg.equals("cli") && LUCENE_TYPE.matcher(line).find()) {
            violations.add(file.getFileName() + " names a Lucene type: " + line.strip());
          } else if (line.startsWith("import ")) {
            String imported = line.substring(7).replace("static ", "");
            forbidden.stream().filter(imported::startsWith).forEach(f -> violations.add(file.getFileName() + ": " + line));
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theRulesCoverEveryPackage() throws IOException {
    try (Stream<Path> dirs = Files.list(MAIN)) {
      assertThat(dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList())
          .allMatch(FORBIDDEN::containsKey);
    }
  }
}
