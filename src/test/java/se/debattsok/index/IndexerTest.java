package se.debattsok.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.corpus.FileProblem;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchService;

class IndexerTest {
  @TempDir Path dir;
  Path corpus;
  Path index;
  final Indexer.Listener quiet = new Indexer.Listener() {};

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(dir.resolve("corpus"));
    index = dir.resolve("index");
    Files.copy(TestData.STOCKHOLM, corpus.resolve("stockholm.txt"));
  }

  private Indexer.Summary run() throws IOException {
    return new Indexer(2).index(List.of(corpus), index, quiet);
  }

  private long hits(String query) throws Exception {
    try (SearchService service = SearchService.open(index)) {
      return service.search(SearchRequest.of(query)).total();
    }
  }

  @Test
  void badFilesAreReportedAndTheRestIsIndexed() throws Exception {
    Files.writeString(corpus.resolve("broken.xml"), "<TEI><unclosed>", StandardCharsets.UTF_8);
    Files.write(corpus.resolve("latin1.txt"), "Äldreomsorg".getBytes(StandardCharsets.ISO_8859_1));
    Files.write(corpus.resolve("empty.md"), new byte[0]);
    Files.writeString(corpus.resolve("notes.docx"), "not a type we read", StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("README.md"), "# About this corpus", StandardCharsets.UTF_8);

    Indexer.Summary summary = run();

    assertEquals(1, summary.documents());
    assertEquals(1, summary.unsupported());
    assertThat(summary.problems()).extracting(FileProblem::path)
        .containsExactlyInAnyOrder(
            corpus.resolve("broken.xml").toString(), corpus.resolve("latin1.txt").toString(), corpus.resolve("empty.md").toString());
    assertThat(summary.problems()).extracting(FileProblem::reason)
        .anyMatch(r -> r.startsWith("malformed XML"))
        .anyMatch(r -> r.contains("not UTF-8"))
        .contains("empty file");
    assertEquals(0, hits("About"));
  }

  @Test
  void aReRunReadsOnlyWhatChangedAndRemovesWhatIsGone() throws Exception {
    Files.writeString(corpus.resolve("extra.txt"), "Om vargar\n\nVargen är fridlyst.", StandardCharsets.UTF_8);
    Indexer.Summary first = run();
    assertEquals(2, first.documents());
    assertEquals(2, first.filesRead());

    Indexer.Summary second = run();
    assertEquals(0, second.filesRead());
    assertEquals(2, second.filesUnchanged());
    assertEquals(2, second.documents());

    Path extra = corpus.resolve("extra.txt");
    Files.writeString(extra, "Om lodjur\n\nLodjuret är fridlyst.", StandardCharsets.UTF_8);
    Files.setLastModifiedTime(extra, FileTime.from(Instant.now().plusSeconds(10)));
    Indexer.Summary third = run();
    assertEquals(1, third.filesRead());
    assertEquals(2, third.documents());
    assertEquals(0, hits("vargen"));
    assertEquals(1, hits("lodjuret"));

    Files.delete(extra);
    Indexer.Summary fourth = run();
    assertEquals(1, fourth.filesRemoved());
    assertEquals(1, fourth.documents());
    assertEquals(0, hits("lodjuret"));
    assertEquals(1, hits("Järva"));
  }

  @Test
  void aChangedListOfPartiesIsReadIntoTheSittingsWhoseFilesDidNotChange() throws Exception {
    Path parlamint = corpus.resolve("ParlaMint-SE");
    TestData.copyTree(TestData.PROJECT.resolve("src/test/resources/parlamint/ParlaMint-SE"), parlamint);
    run();
    long asS = hits("parti:S");
    assertThat(asS).isPositive();
    assertEquals(0, hits("parti:SAP"));

    // The party renames its abbreviation in the list; the sitting's own file stays as it was.
    Path orgs = parlamint.resolve("ParlaMint-SE-listOrg.xml");
    Files.writeString(orgs, Files.readString(orgs, StandardCharsets.UTF_8).replace("<orgName full=\"abb\">S</orgName>",
        "<orgName full=\"abb\">SAP</orgName>"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(orgs, FileTime.from(Instant.now().plusSeconds(10)));
    Indexer.Summary again = run();
    assertEquals(0, again.filesUnchanged()); // every file read again
    // (A speaker the list does not know keeps the "(S)" of the note before the speech.)
    assertThat(hits("parti:SAP")).isPositive();
    assertThat(hits("parti:S")).isLessThan(asS);

    // Then, as before, the files with documents are left alone (the lists give none and are read anew each time).
    assertEquals(2, run().filesUnchanged());
  }

  /** Two threads read and analyse, one writes: a run makes one segment, which searches fastest. */
  @Test
  void aRunOnSeveralThreadsWritesOneSegment() throws Exception {
    for (int i = 0; i < 40; i++) {
      Files.writeString(corpus.resolve("note-" + i + ".txt"), "Anteckning " + i + "\n\nOm vargar och lodjur, del " + i + ".",
          StandardCharsets.UTF_8);
    }
    assertEquals(41, run().documents());
    try (var directory = FSDirectory.open(index);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      assertEquals(1, reader.leaves().size());
    }
    assertEquals(40, hits("vargar"));
  }

  /**
   * The highlighter marks hits of the exact and folded copies from their own postings' offsets;
   * without them it analyses each hit's text again, and search was much slower.
   */
  @Test
  void theTextAndItsCopiesAreIndexedWithOffsets() throws Exception {
    run();
    try (var directory = FSDirectory.open(index);
        var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
      var fields = org.apache.lucene.index.FieldInfos.getMergedFieldInfos(reader);
      for (String field : List.of(Fields.TEXT, Fields.TEXT_EXACT, Fields.TEXT_FOLDED)) {
        assertEquals(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
            fields.fieldInfo(field).getIndexOptions(), field);
      }
    }
  }

  @Test
  void aFailedRunLeavesThePreviousIndexIntact() throws Exception {
    run();
    Files.writeString(corpus.resolve("new.txt"), "Nytt\n\nEtt nytt dokument om vargar.", StandardCharsets.UTF_8);
    Indexer.Listener failing =
        new Indexer.Listener() {
          @Override
          public void written(List<String> ids) {
            throw new IllegalStateException("simulated crash mid-run");
          }
        };
    assertThrows(RuntimeException.class, () -> new Indexer(1).index(List.of(corpus), index, failing));

    assertEquals(1, hits("Järva"));
    assertEquals(0, hits("vargar"));
    try (var directory = FSDirectory.open(index);
        var check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
    assertEquals(2, run().documents()); // and the next run completes
  }

  @Test
  void theSameIdInTwoFilesIsReportedNotDuplicated() throws Exception {
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.copy(TestData.STOCKHOLM, other.resolve("stockholm.txt")); // same relative path → same id
    Indexer.Summary summary = new Indexer(1).index(List.of(corpus, other), index, quiet);
    assertEquals(1, summary.documents());
    assertThat(summary.problems()).isEmpty(); // the file was read: not a file that could not be
    assertThat(summary.passedOver()).singleElement().satisfies(p -> assertThat(p.reason())
        .startsWith("id stockholm.txt already belongs to ").endsWith(": not read"));
  }

  /**
   * An impostor: a JSON-lines file claiming a document's id. The file that had the id keeps it,
   * also when both are read again, whichever sorts first and whatever order threads read them in.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a-impostor.jsonl", "z-impostor.jsonl"})
  void anIdBelongsToTheFileThatHadItAndAnotherClaimingItIsReported(String impostorName) throws Exception {
    String impostor = "{\"id\": \"stockholm.txt\", \"kind\": \"motion\", \"title\": \"Falsk\", \"paragraphs\": [\"vargar överallt\"]}";
    run(); // the real document is indexed first
    Path fake = Files.writeString(corpus.resolve(impostorName), impostor + "\n", StandardCharsets.UTF_8);
    Path real = corpus.resolve("stockholm.txt");
    for (int round = 1; round <= 2; round++) {
      Indexer.Summary summary = new Indexer(4).index(List.of(corpus), index, quiet);
      assertEquals(1, summary.documents());
      assertEquals(1, hits("Järva"));
      assertEquals(0, hits("vargar"));
      assertThat(summary.passedOver()).singleElement().satisfies(p -> {
        assertEquals(fake.toString(), p.path());
        assertEquals("id stockholm.txt already belongs to " + real.toAbsolutePath() + ": not read", p.reason());
      });
      // Both changed: both read again in the next round.
      Instant later = Instant.now().plusSeconds(10L * round);
      Files.setLastModifiedTime(real, FileTime.from(later));
      Files.setLastModifiedTime(fake, FileTime.from(later));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a-first.jsonl", "z-last.jsonl"})
  void ofTwoNewFilesWithOneIdTheFirstInPathOrderKeepsIt(String impostorName) throws Exception {
    String impostor = "{\"id\": \"stockholm.txt\", \"kind\": \"motion\", \"title\": \"Falsk\", \"paragraphs\": [\"vargar överallt\"]}";
    Files.writeString(corpus.resolve(impostorName), impostor + "\n", StandardCharsets.UTF_8);
    Indexer.Summary summary = new Indexer(4).index(List.of(corpus), index, quiet);
    boolean impostorFirst = impostorName.compareTo("stockholm.txt") < 0;
    assertEquals(impostorFirst ? 0 : 1, hits("Järva"));
    assertEquals(impostorFirst ? 1 : 0, hits("vargar"));
    String loser = impostorFirst ? "stockholm.txt" : impostorName;
    String winner = impostorFirst ? impostorName : "stockholm.txt";
    assertThat(summary.passedOver()).singleElement().satisfies(p -> {
      assertEquals(corpus.resolve(loser).toString(), p.path());
      assertThat(p.reason()).contains(corpus.resolve(winner).toAbsolutePath().toString());
    });
  }

  @Test
  void anIdTwiceInOneFileIsReadOnceAndSaidOnce() throws Exception {
    String line = "{\"id\": \"twice\", \"kind\": \"motion\", \"title\": \"Två gånger\", \"paragraphs\": [\"text\"]}\n";
    Files.writeString(corpus.resolve("twice.jsonl"), line + line, StandardCharsets.UTF_8);
    Indexer.Summary summary = new Indexer(1).index(List.of(corpus), index, quiet);
    assertEquals(2, summary.documents());
    assertThat(summary.passedOver()).extracting(FileProblem::reason).containsExactly("the id twice is in this file 2 times: the first is read");
  }

  /**
   * A file of many documents is made ready and written in pieces ({@link Pieces}): every document
   * is written once, an id twice in the file is read once though its two lines are pieces apart,
   * and the file read again replaces all its old documents, those of later pieces too.
   */
  @Test
  void aFileOfManyPiecesIsWrittenWholeAndReplacedWhole() throws Exception {
    int documents = 400;
    String words = "Kommunfullmäktige debatterade äldreomsorgen och förskolans lokaler i stadsdelen. ".repeat(30);
    int pieces = documents * words.length() / Pieces.CHARS;
    assertThat(pieces).as("pieces the file makes").isGreaterThanOrEqualTo(3);
    Path file = corpus.resolve("many.jsonl");
    Files.writeString(file, lines(documents, words, "vargflocken"), StandardCharsets.UTF_8);
    List<Integer> done = new java.util.ArrayList<>();
    List<Long> bytesDone = new java.util.ArrayList<>();
    Indexer.Listener listener = new Indexer.Listener() {
      @Override
      public void written(List<String> ids) {
        done.add(ids.size());
      }

      @Override
      public void bytesDone(long bytes) {
        bytesDone.add(bytes);
      }
    };
    Indexer.Summary first = new Indexer(2).index(List.of(corpus), index, listener);
    assertEquals(documents, first.documents()); // the Stockholm answer and the file's ids, one twice
    assertThat(done).containsExactlyInAnyOrder(1, documents - 1);
    // Progress moves as the pieces are written (a bar in bytes), and comes to the bytes read.
    assertThat(bytesDone).hasSizeGreaterThan(pieces).allMatch(b -> b > 0);
    assertEquals(Files.size(file) + Files.size(corpus.resolve("stockholm.txt")),
        bytesDone.stream().mapToLong(Long::longValue).sum());
    assertThat(first.passedOver()).extracting(FileProblem::reason)
        .containsExactly("the id doc-0 is in this file 2 times: the first is read");
    assertEquals(1, hits("vargflocken"));
    assertEquals(0, hits("dubblett")); // the second doc-0, at the end of the file
    assertEquals(documents - 1, hits("stadsdelen"));
    assertThat(present("doc-" + (documents - 2))).isTrue();

    // Read again with the last hundred documents gone: none is left behind, none is there twice.
    Files.writeString(file, lines(documents - 100, words, "lodjuren"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
    Indexer.Summary second = run();
    assertEquals(documents - 100, second.documents());
    assertEquals(documents - 101, hits("stadsdelen"));
    assertEquals(0, hits("vargflocken"));
    assertEquals(1, hits("lodjuren"));
    assertThat(present("doc-" + (documents - 2))).isFalse();
  }

  private boolean present(String id) throws Exception {
    try (SearchService service = SearchService.open(index)) {
      return service.document(id).isPresent();
    }
  }

  /** JSON lines of documents doc-0 … doc-(n-2), the first marked by {@code word}, and doc-0 again last. */
  private static String lines(int n, String text, String word) {
    StringBuilder lines = new StringBuilder();
    for (int d = 0; d < n - 1; d++) {
      String paragraph = (d == 0 ? word + " " : "") + text;
      lines.append("{\"id\": \"doc-").append(d).append("\", \"kind\": \"motion\", \"title\": \"Motion ").append(d)
          .append("\", \"paragraphs\": [\"").append(paragraph).append("\"]}\n");
    }
    return lines.append("{\"id\": \"doc-0\", \"kind\": \"motion\", \"title\": \"Dubblett\", \"paragraphs\": [\"dubblett\"]}\n")
        .toString();
  }

  @Test
  void aMissingCorpusFolderIsAProblemNotACrash() throws Exception {
    Indexer.Summary summary = new Indexer(1).index(List.of(corpus, dir.resolve("nope")), index, quiet);
    assertEquals(1, summary.documents());
    assertThat(summary.problems()).singleElement().satisfies(p -> assertEquals("no such folder", p.reason()));
  }

  @Test
  void anIndexOfAnOlderVersionIsOutdatedAndTheNextRunRebuildsIt() throws Exception {
    assertThat(IndexState.isOutdated(index)).isFalse(); // no index: nothing outdated
    run();
    assertThat(IndexState.isOutdated(index)).isFalse();
    // Mark the commit as written by an earlier schema, as an index from before an upgrade is.
    try (var directory = FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(java.util.Map.of(IndexState.USER_DATA_ANALYSIS, SwedishAnalysis.VERSION,
          IndexState.USER_DATA_SCHEMA, "1").entrySet());
      writer.commit();
    }
    assertThat(IndexState.isOutdated(index)).isTrue();
    Indexer.Summary summary = run();
    assertThat(summary.rebuilt()).isTrue();
    assertEquals(1, summary.documentsWritten()); // read again, not taken as unchanged
    assertThat(IndexState.isOutdated(index)).isFalse();
  }

  /**
   * The stored fields are written uncompressed by {@link DebattsokCodec}: every text comes back as
   * it went in, documents of a few bytes and one much longer than a chunk (which the format slices)
   * alike, after a merge too, and CheckIndex finds the index clean.
   */
  @Test
  void storedTextsComeBackWholeFromTheUncompressedFormat() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.Map<String, List<String>> texts = new java.util.LinkedHashMap<>();
    java.util.Random random = new java.util.Random(42);
    StringBuilder lines = new StringBuilder();
    for (int d = 0; d < 300; d++) {
      int paragraphs = d == 7 ? 400 : 1 + random.nextInt(5); // document 7: about 100 KB
      List<String> text = new java.util.ArrayList<>();
      for (int p = 0; p < paragraphs; p++) {
        text.add("Stycke " + p + " av dokument " + d + ": äldreomsorg, förskola och " + "ö".repeat(random.nextInt(200)) + ".");
      }
      texts.put("doc-" + d, text);
      lines.append(json.writeValueAsString(java.util.Map.of("id", "doc-" + d, "title", "Dokument " + d, "paragraphs", text)))
          .append('\n');
    }
    Files.writeString(corpus.resolve("many.jsonl"), lines.toString(), StandardCharsets.UTF_8);
    assertEquals(301, run().documents());

    try (var directory = FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(directory,
            new org.apache.lucene.index.IndexWriterConfig(Fields.indexAnalyzer()).setCodec(new DebattsokCodec()))) {
      writer.forceMerge(1); // the merge copies the stored fields through the same format
      writer.commit();
    }
    try (SearchService service = SearchService.open(index)) {
      for (var entry : texts.entrySet()) {
        assertEquals(entry.getValue(), service.document(entry.getKey()).orElseThrow().paragraphs(), entry.getKey());
      }
    }
    try (var directory = FSDirectory.open(index);
        var check = new CheckIndex(directory)) {
      assertThat(check.checkIndex().clean).isTrue();
    }
  }
}
