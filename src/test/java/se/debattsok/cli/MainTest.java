package se.debattsok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;

/** The command as a user runs it, without a subprocess: arguments in, output and exit code out. */
class MainTest {
  @TempDir static Path dir;
  static Path index;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @BeforeAll
  static void index() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("svar.txt"));
    Files.writeString(corpus.resolve("trasig.xml"), "<TEI>");
    index = dir.resolve("index");
    Run run = run("index", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, run.code(), run.err());
    assertThat(run.out()).startsWith("Built index of 1 document in").contains("1 skipped");
    assertThat(run.err()).contains("trasig.xml: malformed XML");
  }

  @Test
  void runningOutOfMemoryIsOneLineThatSaysWhatToDo() {
    // It printed "java.lang.OutOfMemoryError: Java heap space", or the JVM's stack trace.
    String direct = Main.describe(new OutOfMemoryError("Java heap space"));
    assertThat(direct).startsWith("out of memory (Java heap space)").contains("JAVA_TOOL_OPTIONS=-Xmx");
    String onAThread = Main.describe(new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space")));
    assertEquals(direct, onAThread);
    assertThat(Main.describe(new java.io.IOException("disk full"))).isEqualTo("disk full");
  }

  @Test
  void theServerSaysHowManyDocumentsInWords() {
    // It said "serves 1 documents" for the default corpus of one document.
    assertThat(ServeCommand.banner(1, "index", "127.0.0.1", 7070))
        .isEqualTo("Debattsök serves 1 document from index at http://127.0.0.1:7070/ (Ctrl-C stops it)");
    assertThat(ServeCommand.banner(15_669, "index", "::1", 7070)).contains("serves 15,669 documents", "http://[::1]:7070/");
  }

  @Test
  void anExportIsIndexedAgainAsItCameIn(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("svar.txt"));
    Files.copy(TestData.interpellation("ipq-199495--0001"), corpus.resolve("ipq.xml"));
    Files.copy(TestData.interpellation("ipq-200506--0002"), corpus.resolve("ipq2.xml"));
    Path speeches = Path.of("src/test/resources/parlamint").toAbsolutePath(); // speeches, with debates
    Run export = run("export", "--corpus", corpus.toString(), "--corpus", speeches.toString());
    assertEquals(0, export.code(), export.err());
    assertThat(export.out()).contains("\"debate\":{\"id\":");

    Path again = Files.createDirectories(tmp.resolve("again"));
    Files.writeString(again.resolve("all.jsonl"), export.out());
    // Read back, the documents are exactly what they were: exported again, the lines are the same.
    assertEquals(export.out(), run("export", "--corpus", again.toString()).out());

    Path index = tmp.resolve("index");
    Run indexed = run("index", "--corpus", again.toString(), "--index", index.toString());
    assertEquals(0, indexed.code(), indexed.err());
    long documents = export.out().lines().count();
    assertThat(indexed.out()).startsWith("Built index of " + documents + " documents").contains("0 skipped");
    Run search = run("search", "--index", index.toString(), "--json", "Gahrton");
    assertThat(search.out()).contains("\"id\":\"ipq-199495--0001\"");
  }

  @Test
  void strictIndexingFailsOnSkippedFiles() {
    Run run = run("index", "--corpus", dir.resolve("corpus").toString(), "--index", index.toString(), "--strict");
    assertEquals(1, run.code());
  }

  @Test
  void jsonHasTheStableShape() throws Exception {
    Run run = run("search", "--index", index.toString(), "--json", "Fokus Järva");
    assertEquals(0, run.code(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals("Fokus Järva", json.get("query").asText());
    assertEquals(1, json.get("total").asInt());
    assertThat(json.has("tookMs")).isTrue();
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.fieldNames()).toIterable()
        .containsExactlyInAnyOrder("id", "title", "kind", "date", "assembly", "reference", "people", "score", "snippets");
    assertEquals("2024-03-20", hit.get("date").asText());
    assertEquals("KS 2024/142", hit.get("reference").asText());
    assertThat(hit.get("people").toString()).contains("{\"name\":\"Emilia Bjuggren\",\"party\":\"S\",\"role\":\"answerer\",\"key\":\"emilia-bjuggren\"}");
    assertThat(hit.get("snippets").toString()).contains("<mark>Fokus</mark> <mark>Järva</mark>");
  }

  @Test
  void humanOutputIsPlainWhenPiped() {
    Run run = run("search", "--index", index.toString(), "Fokus", "Järva");
    assertEquals(0, run.code());
    assertThat(run.out())
        .contains("  1. Svar på Interpellation av Per Rosencrantz (M)")
        .contains("2024-03-20 · answer · Stockholms stad, kommunfullmäktige · KS 2024/142")
        .contains("Per Rosencrantz (M, asker) · Emilia Bjuggren (S, answerer)")
        .contains("id: svar.txt")
        .contains("beslutet om Fokus Järva.")
        .contains("1 hit, showing 1–1")
        .doesNotContain("\u001B", "<mark>");
  }

  @Test
  void aCopyOfATextAboveIsNamedInsteadOfItsSnippets(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Path copies = tmp.resolve("index");
    Files.copy(TestData.STOCKHOLM, corpus.resolve("svar.txt"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("svar-igen.txt")); // filed twice
    assertEquals(0, run("index", "--corpus", corpus.toString(), "--index", copies.toString()).code());
    Run run = run("search", "--index", copies.toString(), "Fokus", "Järva");
    assertEquals(0, run.code(), run.err());
    assertThat(run.out()).containsOnlyOnce("beslutet om Fokus Järva.")
        .contains("The same text, nearly word for word, as KS 2024/142 above.")
        .contains("2 hits, showing 1–2");
    assertThat(run("search", "--index", copies.toString(), "--json", "Fokus", "Järva").out())
        .containsOnlyOnce("\"sameTextAs\":\"svar");
  }

  @Test
  void aCorrectionIsSaid() {
    assertThat(run("search", "--index", index.toString(), "segregatoin").out())
        .startsWith("No hits for \"segregatoin\"; showing hits for \"segregation\" instead.");
    assertThat(run("search", "--index", index.toString(), "--no-correct", "segregatoin").out())
        .startsWith("Did you mean: segregation?").contains("0 hits");
  }

  @Test
  void colourOnRequest() {
    Run run = run("search", "--index", index.toString(), "--color", "always", "Järva");
    assertThat(run.out()).contains("\u001B[1mJärva\u001B[22m");
  }

  @Test
  void aSyntaxErrorIsOneLineAndStatusTwo() {
    Run run = run("search", "--index", index.toString(), "skola AND (");
    assertEquals(2, run.code());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertThat(run.err()).startsWith("debattsok: ").doesNotContain("Exception", "\tat ");
    assertEquals("", run.out());
  }

  @Test
  void wrongFlagsAndDatesAreUsageErrors() {
    assertEquals(2, run("search", "--index", index.toString(), "--nope", "x").code());
    assertEquals(2, run("search", "--index", index.toString(), "--from", "2023-13-01", "x").code());
    assertEquals(2, run("search", "--index", index.toString(), "--kind", "tal", "x").code());
    assertEquals(2, run("search", "--index", index.toString(), "--limit", "0", "x").code());
    assertEquals(2, run("search").code());
  }

  @Test
  void aMissingIndexIsAFailureWithAHint() {
    Run run = run("search", "--index", dir.resolve("nowhere").toString(), "x");
    assertEquals(1, run.code());
    assertThat(run.err()).contains("No index at").contains("debattsok index").doesNotContain("Exception");
  }

  @Test
  void filtersFromTheCommandLine() {
    assertThat(run("search", "--index", index.toString(), "--party", "m", "Järva").out()).contains("1 hit");
    assertThat(run("search", "--index", index.toString(), "--party", "SD", "Järva").out()).contains("0 hits");
    assertThat(run("search", "--index", index.toString(), "--speaker", "Bjuggren", "--from", "2024", "--to", "2024-03", "Järva").out())
        .contains("1 hit");
    assertThat(run("search", "--index", index.toString(), "--kind", "interpellation", "Järva").out()).contains("0 hits");
  }

  @Test
  void bulkWritesOneLinePerQueryInInputOrder() throws Exception {
    Path queries = dir.resolve("queries.tsv");
    Files.writeString(queries, "q1\tJärva\nq2\tskola AND (\nsegregation\nq4\tzzyzx\n");
    Run run = run("bulk", "--index", index.toString(), "--threads", "2", queries.toString());
    assertEquals(0, run.code(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(4, lines.size());
    ObjectMapper json = new ObjectMapper();
    assertEquals("q1", json.readTree(lines.get(0)).get("qid").asText());
    assertEquals(1, json.readTree(lines.get(0)).get("total").asInt());
    assertThat(json.readTree(lines.get(0)).get("hits").get(0).get("snippets").toString()).contains("<mark>");
    assertThat(json.readTree(lines.get(1)).get("error").asText()).contains("'('");
    assertEquals("3", json.readTree(lines.get(2)).get("qid").asText()); // the line number
    assertEquals(0, json.readTree(lines.get(3)).get("total").asInt());
    assertThat(run.err()).contains("4 queries, 1 error,").contains("queries/s");
  }

  @Test
  void bulkCsvHasAHeaderAndARowPerHit() throws Exception {
    Path queries = dir.resolve("csv.tsv");
    Files.writeString(queries, "a\tJärva\n");
    Run run = run("bulk", "--index", index.toString(), "--format", "csv", "--no-snippets", queries.toString());
    List<String> lines = run.out().lines().toList();
    assertEquals("qid,rank,id,score,title,date", lines.get(0));
    assertThat(lines.get(1)).startsWith("a,1,svar.txt,").endsWith(",2024-03-20");
    assertEquals(1, run("bulk", "--index", index.toString(), dir.resolve("missing.tsv").toString()).code());
    assertEquals(2, run("bulk", "--index", index.toString(), "--limit", "10001", queries.toString()).code());
  }

  @Test
  void evalPrintsMetricsPerCategoryAndARunFile() throws Exception {
    Path runFile = dir.resolve("run.txt");
    Run run = eval("t-known-1\tFokus Järva\nt-known-2\tzzyzx\n", "--run", runFile.toString());
    assertEquals(0, run.code(), run.err());
    assertThat(run.out()).contains("| known | 2 | **0.500** |");
    assertThat(Files.readString(runFile)).startsWith("t-known-1 Q0 svar.txt 1 ");
  }

  @Test
  void evalTriesAnotherRankingFromAFileAndRefusesABadOne() throws Exception {
    Path ranking = dir.resolve("ranking.properties");
    Files.writeString(ranking, "# less length normalisation\nb = 0.2\ntitle=2\n");
    Run tried = eval("t-known-1\tFokus Järva\n", "--ranking", ranking.toString());
    assertEquals(0, tried.code(), tried.err());
    assertThat(tried.err()).contains("b=0.2", "title=2.0", "k1=1.2");
    Files.writeString(ranking, "bm25_b=0.2\n");
    Run unknown = eval("t-known-1\tFokus Järva\n", "--ranking", ranking.toString());
    assertEquals(2, unknown.code());
    assertThat(unknown.err()).contains("unknown setting 'bm25_b'").doesNotContain("Exception");
    Files.writeString(ranking, "b=1.5\n");
    Run outOfRange = eval("t-known-1\tFokus Järva\n", "--ranking", ranking.toString());
    assertEquals(2, outOfRange.code());
    assertThat(outOfRange.err()).contains("b must be between 0 and 1");
  }

  /** eval of these topics, each judged to be answered by svar.txt. */
  private Run eval(String topicLines, String... options) throws Exception {
    Path topics = dir.resolve("topics.tsv");
    Files.writeString(topics, topicLines);
    Path qrels = dir.resolve("qrels");
    StringBuilder judged = new StringBuilder();
    topicLines.lines().forEach(line -> judged.append(line.split("\t")[0]).append(" 0 svar.txt 2\n"));
    Files.writeString(qrels, judged);
    List<String> args = new java.util.ArrayList<>(List.of("eval", "--index", index.toString(), "--topics", topics.toString(),
        "--qrels", qrels.toString()));
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  @Test
  void exportWritesTheDocumentsAsJsonLines() throws Exception {
    Run run = run("export", "--corpus", dir.resolve("corpus").toString());
    assertEquals(0, run.code());
    List<String> lines = run.out().lines().toList();
    assertEquals(1, lines.size());
    JsonNode doc = new ObjectMapper().readTree(lines.get(0));
    assertEquals("svar.txt", doc.get("id").asText());
    assertEquals(12, doc.get("paragraphs").size());
    assertThat(run.err()).contains("trasig.xml: malformed XML").contains("Exported 1 document; 1 file skipped.");
  }

  @Test
  void wordsCountsTheDocumentsEachWordFormIsIn() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("words"));
    Files.writeString(corpus.resolve("a.txt"), "Anteckning\n\nSkolan och skolan, 2024.");
    Files.writeString(corpus.resolve("b.txt"), "Anteckning\n\nSkolan i staden.");
    Run run = run("words", "--corpus", corpus.toString(), "--min-docs", "2");
    assertEquals(0, run.code(), run.err());
    assertEquals("anteckning\t2\nskolan\t2\n", run.out()); // no numbers, once per document
    assertThat(run.err()).contains("Counted 2 words in at least 2 of 2 documents");
    assertEquals(2, run("words", "--corpus", corpus.toString(), "--min-docs", "0").code());
  }

  @Test
  void speechesGroupedByDebateWithTheTrendPerYear() throws Exception {
    Path resources = TestData.PROJECT.resolve("src/test/resources");
    Path debates = dir.resolve("debates-index");
    assertEquals(0, run("index", "--corpus", resources.resolve("parlamint").toString(),
        "--corpus", resources.resolve("riksdagen-speeches").toString(), "--index", debates.toString()).code());
    Run text = run("search", "--index", debates.toString(), "--group", "--trend", "segregationen");
    assertEquals(0, text.code(), text.err());
    assertThat(text.out())
        .contains("  1. Svar på interpellation 2020/21:257 om skolsegregationen")
        .contains("2021-01-12 · 4 matching speeches") // one only through "skolsegregationen"
        .contains("       Speech 3 · Svar på interpellation 2020/21:257 om skolsegregationen")
        .contains("       Robert Stenkvist (SD, speaker)")
        .contains("Per year:")
        .contains("  2021      4 ")
        .contains("4 hits, showing debates 1–1");
    Run json = run("search", "--index", debates.toString(), "--group", "--trend", "--json", "segregationen");
    JsonNode result = new ObjectMapper().readTree(json.out());
    assertEquals(0, result.get("hits").size());
    JsonNode group = result.get("groups").get(0);
    assertEquals("ParlaMint-SE_2021-01-12-prot-202021--60-d1", group.get("debateId").asText());
    assertEquals(4, group.get("matches").asInt());
    assertEquals(4, group.get("hits").get(0).get("debate").get("position").asInt());
    assertEquals("{\"year\":2021,\"count\":4,\"parties\":{\"M\":1,\"S\":2,\"SD\":1}}", result.get("trend").get("years").get(0).toString());
  }

  @Test
  void fewHitsForAllWordsOfferASearchForAnyOfThem() {
    Run run = run("search", "--index", index.toString(), "--no-correct", "Fokus", "Malmö");
    assertEquals(0, run.code());
    assertThat(run.out()).contains("0 hits").contains("Few documents hold all the words; for any of them: debattsok search 'Fokus OR Malmö'");
    // Without --no-correct, the documents with all words but one are shown instead.
    run = run("search", "--index", index.toString(), "Fokus", "Malmö");
    assertThat(run.out()).startsWith("No document holds all the words of \"Fokus Malmö\"; showing those that hold all but one.")
        .contains("1 hit, showing 1–1").doesNotContain("Few documents");
    assertThat(run("search", "--index", index.toString(), "Fokus").out()).doesNotContain("Few documents"); // one word
    assertThat(run("search", "--index", index.toString(), "skolsegregation").out())
        .contains("For the words inside the compounds: debattsok search 'skola segregation'");
  }

  @Test
  void anIndexOfAnOlderVersionIsNamedWithWhatToDo() throws Exception {
    Path old = dir.resolve("old-index");
    assertEquals(0, run("index", "--corpus", dir.resolve("corpus").toString(), "--index", old.toString()).code());
    try (var directory = org.apache.lucene.store.FSDirectory.open(old);
        var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig())) {
      writer.setLiveCommitData(java.util.Map.of("schema", "1").entrySet());
      writer.commit();
    }
    Run run = run("search", "--index", old.toString(), "Fokus Järva");
    assertEquals(0, run.code()); // it still answers
    assertThat(run.err()).contains("was built by an older version of Debattsök").contains("debattsok index --index " + old);
    assertThat(run("search", "--index", index.toString(), "Fokus Järva").err()).doesNotContain("older version");
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, run("--help").code());
    assertThat(run("search", "--help").out()).contains("--party", "--speaker", "--json");
    assertEquals(0, run("--version").code());
  }

  @Test
  void theUsageListsEveryCommandAndAMistypedOneIsSuggested() {
    assertThat(run().out()).contains("index", "search", "bulk", "serve", "eval", "export", "inspect", "words", "fetch",
        "solr", "watch", "help");
    assertThat(run("help", "bulk").out()).contains("Usage: debattsok bulk");
    Run typo = run("serach", "skola");
    assertEquals(2, typo.code());
    assertThat(typo.err()).contains("Did you mean", "search");
    assertThat(Main.commandsFor(new String[] {"search", "skola"})).containsExactly(SearchCommand.class);
    assertThat(Main.commandsFor(new String[] {"skola"})).hasSizeGreaterThan(10);
  }

  @Test
  void theTrainingRunSearchesAndServesTheCorpusAndLeavesNothingBehind(@TempDir Path tmp) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.copy(TestData.STOCKHOLM, corpus.resolve("svar.txt"));
    long before;
    try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      before = temp.filter(p -> p.getFileName().toString().startsWith("debattsok-train")).count();
    }
    Run run = run("train", "--corpus", corpus.toString(), "--rounds", "1");
    assertEquals(0, run.code(), run.err());
    assertThat(run.out()).isEqualTo("trained: indexing, searching, web pages\n");
    Run cli = run("train", "--corpus", corpus.toString(), "--rounds", "1", "--no-web");
    assertEquals(0, cli.code(), cli.err());
    assertThat(cli.out()).isEqualTo("trained: indexing, searching\n");
    try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      assertEquals(before, temp.filter(p -> p.getFileName().toString().startsWith("debattsok-train")).count());
    }
  }
}
