package se.debattsok.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * A time limit per search, for everything done for it: parsing, correction, loosening, the search
 * itself and the snippets. Lucene asks one {@link QueryTimeout} per searcher, and the searcher is
 * shared by every thread, so the deadline (and whether it passed) is kept per thread. One deadline
 * is shared by a {@link SearchService} and its backend.
 */
public final class Deadline implements QueryTimeout {
  private static final class State {
    long deadline = Long.MAX_VALUE;
    boolean passed;
  }

  private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

  /** Starts the clock for this thread's search; {@link #stop()} must follow. */
  public void start(long limitNanos) {
    State s = state.get();
    s.deadline = System.nanoTime() + limitNanos;
    s.passed = false;
  }

  /**
   * Ends the timed search. Without this, the thread (a server's pooled thread) would carry the
   * deadline into whatever it searches next, and a later look-up would find nothing.
   */
  public void stop() {
    state.get().deadline = Long.MAX_VALUE;
  }

  /** Whether this thread's search ran out of time (and so returned what it had found by then). */
  public boolean passed() {
    return state.get().passed;
  }

  /**
   * Whether the time is up now: steps that cannot be cut midway (a correction, the snippets) ask
   * before they start, and are left out when it is.
   */
  public boolean expired() {
    return shouldExit();
  }

  /** Milliseconds left of this thread's time (at least 1), or -1 where no clock runs. */
  long remainingMillis() {
    long deadline = state.get().deadline;
    return deadline == Long.MAX_VALUE ? -1 : Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
  }

  /** Notes that the search ran out of time where this clock could not see it (on a Solr node). */
  void markPassed() {
    state.get().passed = true;
  }

  @Override
  public boolean shouldExit() {
    State s = state.get();
    if (System.nanoTime() > s.deadline) {
      s.passed = true;
      return true;
    }
    return false;
  }
}
