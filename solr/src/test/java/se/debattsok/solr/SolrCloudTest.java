package se.debattsok.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.util.Utils;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A real SolrCloud cluster (2 nodes, embedded ZooKeeper, a collection of 2 shards × 2 replicas) fed
 * and searched through the engine's command line, beside a local index of the same folders: the
 * same queries give the same hits, scores, snippets and facet counts; a node stopped under a load
 * of searches fails none of them, and catches up when it comes back.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path JAR = PROJECT.resolve("target/debattsok.jar");
  private static final Path SHARED = PROJECT.resolveSibling("shared");
  private static final String COLLECTION = "debattsok";

  private MiniSolrCloudCluster cluster;
  private Path work;
  private String zk;
  private Path localIndex;
  private final List<String> corpus = new ArrayList<>();

  @BeforeAll
  void startClusterAndIndex() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "target/debattsok.jar is missing: the engine module builds it first (mvn verify)");
    work = Files.createTempDirectory("debattsok-solrcloud");
    cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster")).build();
    zk = cluster.getZkServer().getZkAddress();
    corpus.addAll(List.of("--corpus", "corpus", "--corpus", "src/test/resources/samples", "--corpus",
        "src/test/resources/council-minutes")); // the council's debate of the Stockholm answer: a guessed thread
    Path year = SHARED.resolve("corpus/riksdagen-interpellations/data/202122");
    if (Files.isDirectory(year)) { // the interpellations that the sample sitting of 2022-05-13 answers
      corpus.addAll(List.of("--corpus", year.toString()));
    }

    Run push = debattsok("solr", "push", "--zk", zk, "--collection", COLLECTION, "--shards", "2", "--replicas", "2");
    assertThat(push.output()).contains("Created collection debattsok (2 shards × 2 replicas)");
    cluster.waitForActiveCollection(COLLECTION, 2, 4);

    Run solr = debattsok(withCorpus("index", "--solr", zk, "--collection", COLLECTION));
    assertThat(solr.output()).contains("Built index of");
    localIndex = work.resolve("local-index");
    debattsok(withCorpus("index", "--index", localIndex.toString()));
  }

  @AfterAll
  void stop() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
    if (work != null) {
      try (Stream<Path> paths = Files.walk(work)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  @Order(1)
  void theClusterRanksAsTheLocalIndexDoes() throws Exception {
    Path topics = work.resolve("topics.tsv");
    List<String> lines = new ArrayList<>();
    for (String set : List.of("ipq-dev.topics.tsv", "ipq-dev-prox.topics.tsv")) {
      Path file = SHARED.resolve("eval").resolve(set);
      if (Files.exists(file)) {
        lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    // Queries of every kind the planner makes: phrases, folded words, fuzzy and wildcard words,
    // names, fields, exclusions, compounds and the words of the sample sitting.
    lines.addAll(List.of("x1\t\"statsrådet Strandhäll\"", "x2\taldreomsorg", "x3\tskolsegregation", "x4\tsegregaton~",
        "x5\tvård*", "x6\ttalare:Strandhäll", "x7\tpensioner -bostäder", "x8\tJärva Fokus", "x9\tkommunstyrelsen protokoll",
        "x10\tparti:C sjukvård", "x11\tår:2022 interpellation", "x12\tbarnomsorg OR förskola"));
    Files.write(topics, lines, StandardCharsets.UTF_8);

    // Each run warmed up once: a cold process may run past the time limit, and a cut search differs.
    List<Map<String, Object>> local = jsonLines(debattsok("bulk", "--warmup", "1", "--index", localIndex.toString(), "--limit", "10",
        topics.toString()).output());
    List<Map<String, Object>> solr = jsonLines(debattsok("bulk", "--warmup", "1", "--solr", zk, "--collection", COLLECTION, "--limit", "10",
        topics.toString()).output());
    assertThat(solr).hasSameSizeAs(local).hasSizeGreaterThanOrEqualTo(12);
    int compared = 0;
    for (int q = 0; q < local.size(); q++) {
      Map<String, Object> a = local.get(q);
      Map<String, Object> b = solr.get(q);
      String what = a.get("qid") + " " + a.get("query");
      assertThat(b.get("error")).as(what).isNull();
      assertThat(b.get("total")).as(what).isEqualTo(a.get("total"));
      sameRanking(what, hits(a), hits(b));
      compared += hits(a).isEmpty() ? 0 : 1;
    }
    assertThat(compared).isGreaterThan(10);
  }

  /**
   * The same ids with the same scores (to float rounding), in the same order; where scores tie,
   * the order within the tie is free, and at the tenth hit a tie may bring in another document.
   */
  private static void sameRanking(String what, List<Map<String, Object>> local, List<Map<String, Object>> solr) {
    assertThat(solr).as(what).hasSameSizeAs(local);
    for (int i = 0; i < local.size(); i++) {
      float expected = score(local.get(i));
      assertThat(score(solr.get(i))).as(what + " score at " + (i + 1)).isCloseTo(expected,
          org.assertj.core.data.Percentage.withPercentage(0.01));
    }
    float last = local.isEmpty() ? 0 : score(local.get(local.size() - 1));
    List<String> localIds = ids(local, last);
    List<String> solrIds = ids(solr, last);
    assertThat(solrIds).as(what).containsExactlyInAnyOrderElementsOf(localIds);
    for (int i = 0; i < local.size(); i++) {
      if (tiesNone(local, i)) {
        assertThat(solr.get(i).get("id")).as(what + " hit " + (i + 1)).isEqualTo(local.get(i).get("id"));
      }
    }
    for (int i = 0; i < local.size(); i++) {
      if (solr.get(i).get("id").equals(local.get(i).get("id"))) {
        assertThat(solr.get(i).get("snippets")).as(what + " snippets of " + local.get(i).get("id"))
            .isEqualTo(local.get(i).get("snippets"));
      }
    }
  }

  private static boolean tiesNone(List<Map<String, Object>> hits, int i) {
    float s = score(hits.get(i));
    return (i == 0 || !close(score(hits.get(i - 1)), s)) && (i == hits.size() - 1 || !close(score(hits.get(i + 1)), s));
  }

  private static boolean close(float a, float b) {
    return Math.abs(a - b) <= 1e-4f * Math.max(1f, Math.abs(a));
  }

  /** The ids of hits scoring more than the last one (the last one's ties may differ). */
  private static List<String> ids(List<Map<String, Object>> hits, float last) {
    return hits.stream().filter(h -> !close(score(h), last)).map(h -> (String) h.get("id")).toList();
  }

  private static float score(Map<String, Object> hit) {
    return ((Number) hit.get("score")).floatValue();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> hits(Map<String, Object> line) {
    Object hits = line.get("hits");
    return hits == null ? List.of() : (List<Map<String, Object>>) hits;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> jsonLines(String output) {
    return output.lines().filter(l -> l.startsWith("{")).map(l -> (Map<String, Object>) Utils.fromJSONString(l)).toList();
  }

  @Test
  @Order(2)
  void hostileQueriesAreRefusedOrAnsweredAsLocally() throws Exception {
    Path topics = work.resolve("hostile.tsv");
    String many = String.join(" OR ", java.util.stream.IntStream.range(0, 600).mapToObj(i -> "ord" + i).toList());
    Files.write(topics, List.of("h1\t" + many, "h2\ttitle:(skola OR vård", "h3\t" + "x".repeat(60) + "~2", "h4\t*",
        "h5\t/[a-z]{1,40}(ab|ba)*.*x+/", "h6\t\"", "h7\tAND OR NOT", "h8\tår:abc skola", "h9\t<script>alert(1)</script>",
        "h10\tparti:S,M,SD,V,C,L,KD,MP vård"), StandardCharsets.UTF_8);
    List<Map<String, Object>> local = jsonLines(debattsok("bulk", "--index", localIndex.toString(), topics.toString()).output());
    List<Map<String, Object>> solr = jsonLines(debattsok("bulk", "--solr", zk, "--collection", COLLECTION, topics.toString())
        .output());
    assertThat(solr).hasSameSizeAs(local);
    for (int q = 0; q < local.size(); q++) {
      String what = String.valueOf(local.get(q).get("query"));
      assertThat(solr.get(q).get("error")).as(what).isEqualTo(local.get(q).get("error"));
      if (local.get(q).get("error") == null && solr.get(q).get("partial") == null && local.get(q).get("partial") == null) {
        assertThat(solr.get(q).get("total")).as(what).isEqualTo(local.get(q).get("total"));
      }
    }
    assertThat(local.stream().filter(l -> l.get("error") != null).count()).isGreaterThanOrEqualTo(3);
  }

  @Test
  @Order(2)
  void theWebApiAnswersTheSameFromTheCluster() throws Exception {
    Server local = serve("--index", localIndex.toString());
    Server solr = serve("--solr", zk, "--collection", COLLECTION);
    try {
      for (String query : List.of("q=pension", "q=pension&party=S", "q=vård&kind=interpellation&from=2022",
          "q=segregation&group=1", "q=statsrådet&sort=nyast", "q=skola&answered-by=S")) {
        Map<String, Object> a = withoutTimes(local.get("/api/search?" + query));
        Map<String, Object> b = withoutTimes(solr.get("/api/search?" + query));
        assertThat(b.get("facets")).as(query).isEqualTo(a.get("facets"));
        assertThat(b.get("total")).as(query).isEqualTo(a.get("total"));
      }
    } finally {
      local.process().destroy();
      solr.process().destroy();
    }
  }

  @Test
  @Order(2)
  @SuppressWarnings("unchecked")
  void threadsSourcesRelatedDocumentsExportAndFeedsComeFromTheCluster() throws Exception {
    Server local = serve("--index", localIndex.toString(), "--watches", work.resolve("watches-local").toString());
    Server solr = serve("--solr", zk, "--collection", COLLECTION, "--watches", work.resolve("watches-solr").toString());
    try {
      String speech = "i-BQ8dtftkuwhpor9i8CsgBV"; // the 2022-05-13 answer to interpellation 2021/22:439
      Map<String, Object> a = (Map<String, Object>) Utils.fromJSONString(local.get("/api/documents/" + speech));
      Map<String, Object> b = (Map<String, Object>) Utils.fromJSONString(solr.get("/api/documents/" + speech));
      assertThat((List<Object>) b.get("thread")).hasSizeGreaterThanOrEqualTo(2).isEqualTo(a.get("thread"));
      assertThat(b.get("link")).isNotNull().isEqualTo(a.get("link"));
      assertThat(b.get("citation")).isEqualTo(a.get("citation"));
      List<Object> threadIds = ((List<Map<String, Object>>) b.get("thread")).stream().map(p -> p.get("id")).toList();
      String answer = "svar-interpellation-rosencrantz-ks-2024-142.txt";
      Object guessed = ((Map<String, Object>) Utils.fromJSONString(solr.get("/api/documents/" + answer))).get("thread");
      assertThat((List<Object>) guessed).hasSize(4) // the answer and the three speeches of the council's debate
          .isEqualTo(((Map<String, Object>) Utils.fromJSONString(local.get("/api/documents/" + answer))).get("thread"));
      List<Map<String, Object>> related = (List<Map<String, Object>>) ((Map<String, Object>) Utils.fromJSONString(
          solr.get("/api/documents/" + speech + "/related"))).get("related");
      assertThat(related).isNotEmpty().allSatisfy(r -> {
        assertThat(threadIds).doesNotContain(r.get("id"));
        assertThat((List<Object>) r.get("because")).isNotEmpty();
      });
      for (String query : List.of("q=biotopskydd", "q=biotopskydd&group=tråd")) {
        Map<String, Object> x = withoutTimes(local.get("/api/search?" + query));
        Map<String, Object> y = withoutTimes(solr.get("/api/search?" + query));
        assertThat(threads(y)).as(query).isEqualTo(threads(x));
      }
      String csvLocal = local.get("/api/search/export?q=pension&format=csv");
      String csvSolr = solr.get("/api/search/export?q=pension&format=csv");
      assertThat(ids(csvSolr)).hasSize(ids(csvLocal).size()).containsExactlyInAnyOrderElementsOf(ids(csvLocal));
      assertThat(solr.get("/feed?q=pension")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    } finally {
      local.process().destroy();
      solr.process().destroy();
    }
    // A saved search on the cluster: checked, the collection's ids written down, nothing new on a re-run.
    Path watches = work.resolve("watches-cli");
    debattsok("watch", "add", "pension", "pension", "--solr", zk, "--collection", COLLECTION, "--watches", watches.toString());
    Run again = debattsok(withCorpus("index", "--solr", zk, "--collection", COLLECTION, "--watches", watches.toString()));
    assertThat(again.output()).contains("Saved searches: 0 new matches for 0 of 1 search");
    long documents = Files.readAllLines(watches.resolve("documents.txt")).size();
    Server once = serve("--solr", zk, "--collection", COLLECTION);
    try {
      Map<String, Object> health = (Map<String, Object>) Utils.fromJSONString(once.get("/api/health"));
      assertThat(documents).isEqualTo(((Number) health.get("documents")).longValue());
    } finally {
      once.process().destroy();
    }
  }

  /** Per hit (or group) its id and thread: what a page says of threads. */
  @SuppressWarnings("unchecked")
  private static Map<Object, Object> threads(Map<String, Object> result) {
    Map<Object, Object> threads = new java.util.TreeMap<>();
    for (Map<String, Object> hit : (List<Map<String, Object>>) result.get("hits")) {
      threads.put(hit.get("id"), String.valueOf(hit.get("thread")));
    }
    List<Map<String, Object>> groups = (List<Map<String, Object>>) result.getOrDefault("groups", List.of());
    for (Map<String, Object> group : groups) {
      threads.put(group.get("threadId"), group.get("matches"));
    }
    return threads;
  }

  private static List<String> ids(String csv) {
    return csv.lines().skip(1).map(line -> line.substring(line.indexOf(',') + 1, line.indexOf(',', line.indexOf(',') + 1)))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> withoutTimes(String json) {
    Map<String, Object> map = (Map<String, Object>) Utils.fromJSONString(json);
    map.remove("tookMs");
    return map;
  }

  @Test
  @Order(3)
  void aMissingCollectionIsSaidAtOnceWithWhatToDo() throws Exception {
    for (String command : List.of("index", "search")) {
      Path output = Files.createTempFile(work, "missing", ".out");
      long start = System.nanoTime();
      Process process = command.equals("index")
          ? start(output, "index", "--solr", zk, "--collection", "nope", "--corpus", "corpus")
          : start(output, "search", "--solr", zk, "--collection", "nope", "pension");
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      String said = Files.readString(output, StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(said).isEqualTo(1);
      assertThat(said).contains("Collection not found: nope", "debattsok solr push").doesNotContain("Exception", "\tat ");
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("not retried").isLessThan(Duration.ofSeconds(25));
    }
  }

  @Test
  @Order(3)
  void aSecondRunChangesNothingAsOnALocalIndex() throws Exception {
    // Files whose documents another file holds (a sitting in ParlaMint and Swerik both) are read
    // again each run, by either backend: they left nothing in the index to remember them by.
    Pattern summary = Pattern.compile("Updated index of ([\\d,]+ documents) in [\\d.]+ s: (.*?) \\(.*?\\), (.*)");
    Matcher solr = summary.matcher(debattsok(withCorpus("index", "--solr", zk, "--collection", COLLECTION)).output());
    Matcher local = summary.matcher(debattsok(withCorpus("index", "--index", localIndex.toString())).output());
    assertThat(solr.find()).isTrue();
    assertThat(local.find()).isTrue();
    assertThat(solr.group(1)).isEqualTo(local.group(1));
    assertThat(solr.group(2)).isEqualTo(local.group(2)).matches("[0-2] files? read");
    assertThat(solr.group(3)).isEqualTo(local.group(3)).contains(" 0 removed");
  }

  @Test
  @Order(4)
  void noSearchFailsWhileANodeIsStoppedAndItCatchesUpAfter() throws Exception {
    Path topics = work.resolve("load.tsv");
    List<String> lines = new ArrayList<>();
    List<String> words = List.of("pension", "skola", "vård", "bostäder", "polisen", "miljö", "försvaret", "järnväg");
    for (int i = 0; i < 3000; i++) {
      lines.add("l" + i + "\t" + words.get(i % words.size()) + (i % 3 == 0 ? " " + words.get((i / 3) % words.size()) : ""));
    }
    Files.write(topics, lines, StandardCharsets.UTF_8);
    Path output = work.resolve("load.out");
    Process load = start(output, "bulk", "--solr", zk, "--collection", COLLECTION, "--limit", "10", "--threads", "2",
        topics.toString());
    Thread.sleep(4000);
    JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(stopped);

    // While the node is down: a new file is indexed (its shard's leader may have been on that node).
    Path extra = work.resolve("extra");
    Files.createDirectories(extra);
    Files.writeString(extra.resolve("nod-nere.txt"), "Interpellation om reservkraft\n\nFråga om reservkraften när "
        + "en nod går ner mitt i en debatt om reservkraftverk.\n", StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(withCorpus("index", "--solr", zk, "--collection", COLLECTION));
    args.addAll(List.of("--corpus", extra.toString()));
    String indexed = debattsok(args.toArray(String[]::new)).output();
    long before = Long.parseLong(documentsIn(debattsok(withCorpus("index", "--index", localIndex.toString())).output()));
    assertThat(documentsIn(indexed)).isEqualTo(Long.toString(before + 1));

    cluster.startJettySolrRunner(stopped);
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    assertThat(load.waitFor(5, TimeUnit.MINUTES)).isTrue();
    String out = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(load.exitValue()).as(out.lines().filter(l -> !l.startsWith("{")).toList().toString()).isZero();
    assertThat(out).contains("3,000 queries, 0 errors");
    assertThat(out.lines().filter(l -> l.contains("\"error\"")).toList()).isEmpty();

    // Every replica of the new document's shard, asked alone, holds it once it has recovered.
    String id = (String) cluster.getSolrClient().query(COLLECTION, new SolrQuery("text:reservkraft").setFields("id"))
        .getResults().get(0).getFieldValue("id");
    DocCollection collection = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    Slice shard = collection.getRouter().getTargetSlice(id, null, null, null, collection);
    for (Replica replica : shard.getReplicas()) {
      long found = 0;
      for (int tries = 0; tries < 60 && found == 0; tries++) {
        try (Http2SolrClient client = new Http2SolrClient.Builder(replica.getBaseUrl()).build()) {
          SolrQuery query = new SolrQuery("text:reservkraft").setRows(0);
          query.set("distrib", false);
          found = client.query(replica.getCoreName(), query).getResults().getNumFound();
        }
        if (found == 0) {
          Thread.sleep(1000);
        }
      }
      assertThat(found).as(replica.getName() + " on " + replica.getNodeName()).isEqualTo(1);
    }
  }

  private static String documentsIn(String summary) {
    Matcher m = Pattern.compile("index of ([\\d,]+) documents").matcher(summary);
    assertThat(m.find()).as(summary).isTrue();
    return m.group(1).replace(",", "");
  }

  /**
   * A file of several pieces (the indexer makes a large file ready a piece at a time) reaches the
   * collection whole, and read again with fewer documents leaves none of the old ones behind: the
   * first piece replaces the file's documents, the others are added after it.
   */
  @Test
  @Order(5)
  void aFileOfManyPiecesIsWrittenWholeAndReplacedWhole() throws Exception {
    Path folder = Files.createDirectories(work.resolve("pieces"));
    Path file = folder.resolve("many.jsonl");
    Files.writeString(file, pieceLines(400), StandardCharsets.UTF_8);
    debattsok("solr", "push", "--zk", zk, "--collection", "pieces", "--shards", "1", "--replicas", "1");
    cluster.waitForActiveCollection("pieces", 1, 1);
    assertThat(debattsok("index", "--solr", zk, "--collection", "pieces", "--corpus", folder.toString()).output())
        .contains("Built index of 400 documents");
    assertThat(debattsok("search", "--solr", zk, "--collection", "pieces", "--json", "stadsdelen").output())
        .contains("\"total\":400");

    Files.writeString(file, pieceLines(300), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now().plusSeconds(10)));
    assertThat(debattsok("index", "--solr", zk, "--collection", "pieces", "--corpus", folder.toString()).output())
        .contains("Updated index of 300 documents");
    assertThat(debattsok("search", "--solr", zk, "--collection", "pieces", "--json", "stadsdelen").output())
        .contains("\"total\":300");
  }

  /** {@code n} documents of about 2,500 characters each: a million characters make several pieces. */
  private static String pieceLines(int n) {
    String text = "Kommunfullmäktige debatterade äldreomsorgen och förskolans lokaler i stadsdelen. ".repeat(30);
    StringBuilder lines = new StringBuilder();
    for (int d = 0; d < n; d++) {
      lines.append("{\"id\": \"piece-").append(d).append("\", \"kind\": \"motion\", \"title\": \"Motion ").append(d)
          .append("\", \"paragraphs\": [\"").append(text).append("\"]}\n");
    }
    return lines.toString();
  }

  private List<String> withCorpus(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(corpus);
    return all;
  }

  private Run debattsok(List<String> args) throws Exception {
    return debattsok(args.toArray(String[]::new));
  }

  private record Run(int code, String output) {}

  /** Runs the engine's jar to its end; it must succeed. */
  private Run debattsok(String... args) throws Exception {
    Path output = Files.createTempFile(work, "run", ".out");
    Process process = start(output, args);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as(String.join(" ", args)).isTrue();
    String text = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join(" ", args) + "\n" + text).isZero();
    return new Run(process.exitValue(), text);
  }

  private Process start(Path output, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
        JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true)
        .redirectOutput(output.toFile()).start();
  }

  private record Server(Process process, int port) {
    String get(String path) throws Exception {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.replace(" ", "%20"))).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      return response.body();
    }
  }

  private Server serve(String... args) throws Exception {
    Path output = Files.createTempFile(work, "serve", ".out");
    List<String> all = new ArrayList<>(List.of("serve", "--port", "0"));
    all.addAll(List.of(args));
    Process process = start(output, all.toArray(String[]::new));
    Pattern banner = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");
    for (int i = 0; i < 600; i++) {
      Matcher m = banner.matcher(Files.readString(output, StandardCharsets.UTF_8));
      if (m.find()) {
        return new Server(process, Integer.parseInt(m.group(1)));
      }
      assertThat(process.isAlive()).as(Files.readString(output, StandardCharsets.UTF_8)).isTrue();
      Thread.sleep(100);
    }
    throw new AssertionError("the server did not start: " + Files.readString(output, StandardCharsets.UTF_8));
  }
}
