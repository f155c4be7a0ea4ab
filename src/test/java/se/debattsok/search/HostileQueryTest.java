package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;
import se.debattsok.TestData;

/**
 * Thousands of odd and hostile queries: each gives results or a {@link QuerySyntaxException} with a
 * one-line message, and none takes long. A fixed seed makes a failure reproducible.
 */
public class HostileQueryTest {
  private static final long SEED = 20261125L;
  private static final String SYNTAX = "+-&|!(){}[]^\"~*?:\\/ ";
  private static final List<String> PIECES = List.of(
      "skola", "segregation", "AND", "OR", "NOT", "(", ")", "\"", "*", "?", "~", "~2", "^3", ":", "title:", "nofield:",
      "år:", "år:[2010 TO", "parti:", "/.*.*.*/", "/[a-z]{1,30}(x|y)*/", "*tion", "?kola", "skol*", "\\", "{", "}", "[", "]",
      "&&", "||", "!", "-", "+", "=", "=förskolan", "\u202Eשלום\u202C", "😀", "\u0000", "\u0007", "\t", "\n", "ä", "ﬁ", "A\u0308");

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("stockholm.txt"));
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  public static List<String> queries() {
    Random random = new Random(SEED);
    List<String> queries = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      StringBuilder q = new StringBuilder();
      int parts = 1 + random.nextInt(8);
      for (int p = 0; p < parts; p++) {
        q.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextBoolean() ? " " : "");
      }
      queries.add(q.toString());
    }
    for (int i = 0; i < 4_000; i++) {
      StringBuilder q = new StringBuilder();
      int length = 1 + random.nextInt(40);
      for (int c = 0; c < length; c++) {
        q.append(random.nextInt(3) == 0 ? SYNTAX.charAt(random.nextInt(SYNTAX.length())) : (char) (0x20 + random.nextInt(0x2FF)));
      }
      queries.add(q.toString());
    }
    queries.add("skola ".repeat(5_000));
    queries.add("(".repeat(3_000) + "skola" + ")".repeat(3_000));
    queries.add("\"" + "skola ".repeat(1_000) + "\"");
    queries.add("skola~ ".repeat(300));
    queries.add("s* ".repeat(2_000));
    // Hundreds of different words: more clauses than Lucene rewrites (a one-line refusal, not
    // Lucene's message), or, below that, too many unknown words to look each up for a correction.
    queries.add(differentWords(700));
    queries.add(differentWords(120));
    // Long runs of one letter and long words: automata for them could not be built, or took
    // seconds (a 500; 2.8 s for ten fuzzy words of 150 letters; 2.1 s to correct ten of 300).
    for (int i = 0; i < 40; i++) {
      String letter = Character.toString("xaöesz".charAt(random.nextInt(6)));
      queries.add(letter.repeat(50 + random.nextInt(2_000)));
      queries.add(words(random, 10, 150 + random.nextInt(150), "~2"));
      queries.add(words(random, 10, 300, ""));
      queries.add(words(random, 10, 20, "~2"));
      queries.add(words(random, 3, 40 + random.nextInt(60), "*"));
      queries.add("\"" + letter.repeat(300) + "\"~5 " + letter.repeat(100) + "~1");
    }
    return queries;
  }

  @Tag("slow")
  @Test
  void everyQueryGivesResultsOrAOneLineMistakeQuickly() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String query : queries()) {
      long start = System.nanoTime();
      try {
        SearchResult result = service.search(SearchRequest.of(query));
        if (result.tookMs() > SearchService.DEFAULT_TIME_LIMIT.toMillis() + 150 && !Boolean.TRUE.equals(result.partial())) {
          failures.add(result.tookMs() + " ms, not flagged partial, for " + printable(query));
        }
      } catch (QuerySyntaxException e) {
        for (String message : java.util.Arrays.asList(e.getMessage(), e.swedish())) {
          if (message == null || message.isBlank() || message.contains("\n")) {
            failures.add("bad message for " + printable(query) + ": " + message);
          }
        }
      } catch (RuntimeException e) {
        failures.add(e + " for " + printable(query));
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (ms > 1_000) {
        failures.add(ms + " ms for " + printable(query));
      }
    }
    assertThat(failures).isEmpty();
  }

  /** Well-formed queries of every kind of syntax must search, not be refused. */
  @Test
  void wellFormedSyntaxIsNeverRefused() throws Exception {
    for (String query : List.of("skol*", "segregaton~", "segregaton~1", "/seg.*/", "\"segregation och\"~3", "skola AND (vård OR omsorg)",
        "+skola -vård", "title:svar", "år:[2020 TO 2024]", "=segregationen", "skola^2 vård", "Järva && fokus", "!vård skola")) {
      service.search(SearchRequest.of(query));
    }
  }

  /** Words of random letters: a 20-letter word that no text holds, ten of them. */
  private static String words(Random random, int count, int length, String suffix) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < count; i++) {
      for (int c = 0; c < length; c++) {
        q.append("abcdefghijklmnopqrstuvwxyzåäö".charAt(random.nextInt(29)));
      }
      q.append(suffix).append(' ');
    }
    return q.toString();
  }

  private static String differentWords(int count) {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < count; i++) {
      q.append("ordet").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26)).append(' ');
    }
    return q.toString();
  }

  static String printable(String query) {
    String shown = query.length() > 80 ? query.substring(0, 80) + "…" : query;
    return "'" + shown.codePoints().collect(StringBuilder::new,
        (b, c) -> b.append(Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "\\u%04x", c) : Character.toString(c)),
        StringBuilder::append) + "'";
  }
}
