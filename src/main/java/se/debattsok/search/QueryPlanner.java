package se.debattsok.search;

import java.io.IOException;

/**
 * Decides what to search for a request: the query as written; when that finds few documents and a
 * word is misspelled, the correction (its hits shown when the query found none); when neither finds
 * anything, the documents that hold all words of a plain query but one. Every step after the first
 * is tried only while the request's time lasts.
 */
final class QueryPlanner {
  private final SearchBackend backend;
  private final Deadline deadline;

  QueryPlanner(SearchBackend backend, Deadline deadline) {
    this.backend = backend;
    this.deadline = deadline;
  }

  SearchResult answer(SearchRequest request) throws QuerySyntaxException, IOException {
    SearchResult result = backend.search(request, SearchBackend.Words.ALL);
    if (result.total() > Offers.FEW_HITS || Boolean.TRUE.equals(result.partial()) || deadline.expired()) {
      // A search cut short by the time limit may have found nothing yet: no grounds to correct or
      // loosen it (on a loaded machine "skolsegregation Stockholm" was answered loosened).
      return result;
    }
    String suggestion = backend.correction(request.query());
    boolean loosen = result.total() == 0 && request.correct();
    SearchResult corrected = loosen && suggestion != null && !deadline.expired()
        ? backend.search(request.withQuery(suggestion), SearchBackend.Words.ALL) : null;
    SearchResult shown = corrected != null && corrected.total() > 0 ? corrected : result;
    SearchResult relaxed = loosen && shown.total() == 0 && !deadline.expired()
        ? backend.search(request, SearchBackend.Words.ALL_BUT_ONE) : null;
    if (relaxed != null && relaxed.total() > 0) {
      shown = relaxed;
    } else if (suggestion == null) {
      return result;
    }
    return new SearchResult(request.query(), shown.total(), shown.tookMs(), shown.hits(), shown.facets(), suggestion,
        suggestion == null ? null : shown == corrected, shown == relaxed ? Boolean.TRUE : null, shown.partial(),
        shown.groups(), shown.trend());
  }
}
