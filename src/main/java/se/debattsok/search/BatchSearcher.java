package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs many searches on several threads and hands the outcomes on in the order the queries came,
 * holding only a bounded window of them in memory, so that a file of a million queries streams.
 * A query that fails gives an outcome with an error; the others go on.
 */
public final class BatchSearcher {
  /** One query of a batch; the qid is the caller's name for it (a line number if none was given). */
  public record Query(String qid, String text) {}

  /** A query and its result, or the mistake that gave it none. */
  public record Outcome(Query query, SearchResult result, QuerySyntaxException mistake, long nanos) {

    /** What to fix, in English; null when there is a result. */
    public String error() {
      return mistake == null ? null : mistake.getMessage();
    }
  }

  private final SearchService service;
  private final int threads;

  public BatchSearcher(SearchService service, int threads) {
    this.service = service;
    this.threads = Math.max(1, threads);
  }

  /**
   * @param template everything but the query text: filters, sort, limit, offset, snippets, facets
   */
  public void run(Iterator<Query> queries, SearchRequest template, Consumer<Outcome> sink) throws IOException {
    run(queries, template, outcome -> outcome, sink);
  }

  /**
   * As {@link #run(Iterator, SearchRequest, Consumer)}, with each outcome first turned into what the
   * sink wants (a JSON line, say) on the searching threads: the sink, called in order on this
   * thread, would otherwise be the bottleneck.
   */
  public <T> void run(Iterator<Query> queries, SearchRequest template, Function<Outcome, T> transform, Consumer<T> sink)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("search-", 0).factory());
    Deque<Future<T>> window = new ArrayDeque<>();
    int maxInFlight = threads * 16;
    try {
      while (queries.hasNext()) {
        Query query = queries.next();
        window.add(pool.submit(() -> transform.apply(search(query, template))));
        if (window.size() >= maxInFlight) {
          sink.accept(window.removeFirst().get());
        }
      }
      while (!window.isEmpty()) {
        sink.accept(window.removeFirst().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("the batch was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io; // the index itself failed: no point in going on
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private Outcome search(Query query, SearchRequest t) throws IOException {
    long start = System.nanoTime();
    try {
      SearchRequest request = t.withQuery(query.text());
      SearchResult result = service.search(request);
      return new Outcome(query, result, null, System.nanoTime() - start);
    } catch (QuerySyntaxException e) {
      return new Outcome(query, null, e, System.nanoTime() - start);
    } catch (RuntimeException e) {
      // One query that fails in a way not foreseen is that query's error; the run goes on.
      String what = e.getClass().getSimpleName();
      return new Outcome(query, null, new QuerySyntaxException("The query could not be answered (" + what + ").",
          "Frågan gick inte att besvara (" + what + ")."), System.nanoTime() - start);
    }
  }
}
