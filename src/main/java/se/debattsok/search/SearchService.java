package se.debattsok.search;


import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import se.debattsok.index.SolrCluster;
import se.debattsok.model.Document;

/**
 * What the front ends search through: one time limit per request over everything done for it, the
 * request's bounds checked, the plan of {@link QueryPlanner} run on a {@link SearchBackend}, and the
 * index's health. Safe to share between threads; {@link #refresh()} picks up what a re-index
 * committed, while searches under way finish on the version they began on.
 */
public final class SearchService implements Closeable {
  /** Most searches take milliseconds; this stops the rare pathological one well within a second. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(700);

  private final SearchBackend backend;
  private final Deadline deadline;
  private final QueryPlanner planner;
  private final long timeLimitNanos;
  private volatile String damage;

  /** A service over a backend made with this deadline. */
  public SearchService(SearchBackend backend, Deadline deadline, Duration timeLimit) {
    this.backend = backend;
    this.deadline = deadline;
    this.planner = new QueryPlanner(backend, deadline);
    this.timeLimitNanos = timeLimit.toNanos();
  }

  /** Opens the Lucene index in a folder read-only, with the default time limit and ranking. */
  public static SearchService open(Path indexDir) throws IOException {
    return open(indexDir, DEFAULT_TIME_LIMIT, Ranking.DEFAULT);
  }

  /**
   * @param timeLimit how long one request may take; past it the hits found so far come back,
   *     flagged as partial
   */
  public static SearchService open(Path indexDir, Duration timeLimit) throws IOException {
    return open(indexDir, timeLimit, Ranking.DEFAULT);
  }

  public static SearchService open(Path indexDir, Duration timeLimit, Ranking ranking) throws IOException {
    Deadline deadline = new Deadline();
    return new SearchService(LuceneBackend.open(indexDir, ranking, deadline), deadline, timeLimit);
  }

  /** Searches a SolrCloud collection instead of a local index; closing the service closes the client. */
  public static SearchService open(SolrCluster cluster, Duration timeLimit, Ranking ranking) throws IOException {
    Deadline deadline = new Deadline();
    try {
      return new SearchService(SolrBackend.open(cluster, ranking, deadline), deadline, timeLimit);
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  public static boolean indexExists(Path indexDir) throws IOException {
    return LuceneBackend.exists(indexDir);
  }

  /**
   * Searches; when the query finds few documents because a word is misspelled, the result carries
   * a corrected query, and when it finds none the hits are those of the corrected query. When
   * neither finds anything, the hits are the documents that hold all words of the query but one.
   * A request that must not be corrected is answered as written.
   */
  public SearchResult search(SearchRequest request) throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    deadline.start(timeLimitNanos);
    try {
      checkBounds(request);
      SearchResult shown = planner.answer(request);
      if (request.snippets()) { // what a page of hits shows: which are part of a thread
        shown = ThreadSizes.add(shown, backend);
      }
      long ms = (System.nanoTime() - start) / 1_000_000;
      return shown.timed(ms, deadline.passed() || ms > timeLimitNanos / 1_000_000);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryMistakes.tooComplex();
    } finally {
      deadline.stop(); // a pooled thread must not carry this deadline into its next search
    }
  }

  /** The document with the given id, with the hits of the query (if not blank) marked. */
  public Optional<MarkedDocument> document(String id, String query) throws IOException, QuerySyntaxException {
    return backend.marked(id, query);
  }

  /** The whole document with the given id, if the index has it; no hits marked. */
  public Optional<Document> document(String id) throws IOException {
    return backend.document(id);
  }

  /** The other documents with nearly word for word this document's text; empty for an unknown id. */
  public List<TextCopy> copies(String id) throws IOException {
    return backend.copies(id);
  }

  /** The thread of a document (question, answer, debate) in order; empty when it stands alone. */
  public List<ThreadPart> thread(String id) throws IOException {
    return backend.thread(id);
  }

  /** The documents closest in content to this one, each with the words they share; empty for an unknown id. */
  public List<RelatedDocument> related(String id) throws IOException {
    return related(id, copies(id), thread(id));
  }

  /** The same, for a page that has looked up the document's copies and thread already. */
  public List<RelatedDocument> related(String id, List<TextCopy> copies, List<ThreadPart> thread) throws IOException {
    java.util.Set<String> excluded = new java.util.HashSet<>();
    copies.forEach(copy -> excluded.add(copy.id()));
    thread.forEach(part -> excluded.add(part.id()));
    return backend.related(id, excluded);
  }

  /** The speeches of a debate in order; empty for an unknown id or a document that is no speech. */
  public List<DebateSpeech> debate(String debateId) throws IOException {
    return backend.debate(debateId);
  }

  /** What the index knows about a person, by {@code Person.key()}. */
  public Optional<PersonSummary> person(String key) throws IOException {
    return backend.person(key);
  }

  public int documentCount() throws IOException {
    return backend.documentCount();
  }

  /** Gives every document's id, in no particular order: what a saved search counts as not new. */
  public void forEachId(java.util.function.Consumer<String> ids) throws IOException {
    backend.forEachId(ids);
  }

  /** What the index holds: documents per kind, assembly and year, for a front page to say so. */
  public Map<Facet, List<SearchResult.FacetCount>> overview() throws IOException {
    return backend.overview();
  }

  /**
   * Checks the index for damage on disk: about 0.2 s for 110 MB read from disk, tens of milliseconds
   * when cached.
   *
   * @return null when the index is sound, else what is wrong, in a few words
   */
  public String verify() throws IOException {
    String found = backend.verify();
    damage = found;
    return found;
  }

  /** What {@link #verify} found last: null when sound, or not yet checked. */
  public String damage() {
    return damage;
  }

  /** Verifies the index on another thread, so that a server answers while it is checked. */
  public void verifyInBackground() {
    Thread.ofVirtual().name("index-check").start(() -> {
      try {
        verify();
      } catch (IOException e) {
        damage = "the index cannot be read (" + e.getMessage() + ")";
      }
    });
  }

  /** Makes the latest commit visible to new searches, and checks it when it is new. */
  public void refresh() throws IOException {
    if (backend.refresh()) {
      verifyInBackground();
    }
  }

  private static void checkBounds(SearchRequest request) throws QuerySyntaxException {
    if (request.limit() < 1 || request.limit() > SearchRequest.MAX_LIMIT) {
      throw new QuerySyntaxException("The number of hits must be between 1 and " + SearchRequest.MAX_LIMIT + ".",
          "Antalet träffar måste vara mellan 1 och " + SearchRequest.MAX_LIMIT + ".");
    }
    if (request.offset() < 0) {
      throw new QuerySyntaxException("The offset cannot be negative.", "Var träffarna börjar kan inte vara negativt.");
    }
    if ((long) request.offset() + request.limit() > SearchRequest.MAX_DEPTH) {
      throw new QuerySyntaxException(
          "Results can be paged through to hit " + SearchRequest.MAX_DEPTH + "; narrow the search to see further.",
          "Träffarna kan bläddras fram till träff " + SearchRequest.MAX_DEPTH + "; smalna av sökningen för att se fler.");
    }
    Filters f = request.filters();
    if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
      throw new QuerySyntaxException("The start date " + f.from() + " is after the end date " + f.to() + ".",
          "Startdatumet " + f.from() + " ligger efter slutdatumet " + f.to() + ".");
    }
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
