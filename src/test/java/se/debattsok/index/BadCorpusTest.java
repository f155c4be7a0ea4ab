package se.debattsok.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.corpus.FileProblem;

/** A corpus of everything that goes wrong with real files: each is reported, the rest indexed. */
class BadCorpusTest {
  @TempDir Path dir;

  @Tag("slow")
  @Test
  void everyBadFileIsReportedWithItsReasonAndTheRestIsIndexed() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("good.txt"));
    Files.writeString(corpus.resolve("malformed.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text>", StandardCharsets.UTF_8);
    byte[] garbage = new byte[4096];
    new Random(1).nextBytes(garbage);
    Files.write(corpus.resolve("garbage.txt"), garbage);
    Files.write(corpus.resolve("garbage.pdf"), garbage);
    Files.write(corpus.resolve("truncated.pdf"), Arrays.copyOf("%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII), 30));
    Files.write(corpus.resolve("empty.md"), new byte[0]);
    Files.write(corpus.resolve("latin1.txt"), "Svar på interpellation om äldreomsorg".getBytes(StandardCharsets.ISO_8859_1));
    Files.createSymbolicLink(corpus.resolve("loop"), corpus); // a folder that contains itself
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), corpus.resolve("gone.txt"));
    // A 50 MB text file: one enormous "document" must neither stall nor exhaust the run.
    try (Writer w = Files.newBufferedWriter(corpus.resolve("huge.txt"), StandardCharsets.UTF_8)) {
      w.write("Stor fil\n\n");
      String line = "Segregationen i Stockholm har ökat och skolorna påverkas av boendet i staden ";
      for (long written = 0; written < 50_000_000L; written += line.length()) {
        w.write(line);
      }
    }

    long start = System.nanoTime();
    Indexer.Summary summary = new Indexer(2).index(List.of(corpus), dir.resolve("index"), new Indexer.Listener() {});
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertEquals(2, summary.documents()); // good.txt and huge.txt
    assertThat(summary.problems()).extracting(p -> corpus.relativize(Path.of(p.path())).toString())
        .contains("malformed.xml", "garbage.txt", "garbage.pdf", "truncated.pdf", "empty.md", "latin1.txt", "loop", "dangling.txt");
    for (FileProblem problem : summary.problems()) {
      assertThat(problem.reason()).as(problem.path()).isNotBlank().doesNotContain("Exception:").doesNotContain("\tat ");
    }
    assertThat(seconds).as("seconds for a 50 MB file").isLessThan(120);
  }

  /**
   * As root (as in CI), who reads every file whatever its permissions, the indexer runs in a process
   * without the capabilities that let root do so (util-linux's setpriv); skipped only where there is
   * no setpriv.
   */
  @Test
  void aFileWithoutReadPermissionIsReported() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("locked"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("good.txt"));
    Path secret = Files.writeString(corpus.resolve("secret.txt"), "Hemligt\n\nText.", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(secret, Set.of());
    List<String> prefix = List.of();
    if (Files.isReadable(secret)) {
      Path setpriv = Path.of("/usr/bin/setpriv");
      assumeTrue(Files.isExecutable(setpriv), "running as root without /usr/bin/setpriv: file permissions cannot be tested");
      prefix = List.of(setpriv.toString(), "--bounding-set=-dac_override,-dac_read_search");
    }
    Path log = dir.resolve("index.log");
    Process indexer = TestData.debattsok(prefix, log, "index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(indexer.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(log);
    assertEquals(0, indexer.exitValue(), output);
    assertThat(output).contains("secret.txt: permission denied").contains("Built index of 1 document in").contains("1 skipped");
  }
  /**
   * JSON lines many times larger than what is made ready at once index in a heap of a few times
   * their size: one large file, and many files of a few hundred kilobytes. Made ready whole, or
   * too many files at once, their analysed tokens took many times their size and the run ran out
   * of memory.
   */
  @Tag("slow")
  @Test
  void largeJsonLinesFilesIndexInASmallHeap() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("large"));
    Random random = new Random(7);
    String[] words = new String[20_000];
    String[] syllables = {"kom", "mun", "full", "mäk", "ti", "ge", "sko", "lan", "om", "sorg", "för", "valt", "ning", "stad", "del",
        "bo", "en", "de", "rät", "ten", "ar", "be", "te", "lös", "het", "väl", "färd", "å", "tgär", "der"};
    for (int w = 0; w < words.length; w++) {
      StringBuilder word = new StringBuilder();
      for (int n = 2 + random.nextInt(3); n > 0; n--) {
        word.append(syllables[random.nextInt(syllables.length)]);
      }
      words[w] = word.toString();
    }
    int documents = 8_000;
    long bytes = 0;
    Writer w = Files.newBufferedWriter(corpus.resolve("export.jsonl"), StandardCharsets.UTF_8);
    try {
      for (int d = 0; d < documents; d++) {
        if (d >= documents / 2 && d % 100 == 0) { // the second half in files of a hundred documents
          w.close();
          w = Files.newBufferedWriter(corpus.resolve("part-" + d + ".jsonl"), StandardCharsets.UTF_8);
        }
        StringBuilder line = new StringBuilder("{\"id\": \"doc-" + d + "\", \"kind\": \"motion\", \"title\": \"Motion " + d
            + "\", \"paragraphs\": [");
        for (int p = 0; p < 6; p++) {
          line.append(p == 0 ? "\"" : ", \"");
          for (int n = 0; n < 70; n++) {
            // Zipf-like: a few words often, most rarely, as in a language.
            line.append(words[(int) Math.min(words.length - 1, Math.exp(random.nextDouble() * Math.log(words.length)))]).append(' ');
          }
          line.append("slut.\"");
        }
        String text = line.append("]}\n").toString();
        w.write(text);
        bytes += text.length();
      }
    } finally {
      w.close();
    }
    assertThat(bytes).as("characters in the files").isGreaterThan(20_000_000L);

    Path log = dir.resolve("index.log");
    Process indexer = TestData.debattsok(List.of("env", "JAVA_TOOL_OPTIONS=-Xmx192m"), log,
        "index", "--corpus", corpus.toString(), "--index", dir.resolve("index").toString());
    assertThat(indexer.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    String output = Files.readString(log);
    assertEquals(0, indexer.exitValue(), output);
    assertThat(output).contains("Built index of 8,000 documents");
  }
}
