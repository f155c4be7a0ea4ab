package se.debattsok.watch;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import se.debattsok.search.QuerySyntaxException;
import se.debattsok.search.SearchRequest;
import se.debattsok.search.SearchResult;
import se.debattsok.search.SearchService;
import se.debattsok.search.SortOrder;

/**
 * Runs every saved search over the documents an index run wrote (new or changed), and records what
 * each finds that it has not announced before. Each saved search is searched as typed (no correction), among those
 * documents only: the same plan and filters as on the page, so a match here is a hit there. Measured
 * against matching each new document in memory (docs/alerts.md): a thousand saved searches over a
 * run's documents take about a second.
 */
public final class Watcher {
  private final WatchStore store;

  public Watcher(WatchStore store) {
    this.store = store;
  }

  /** What one saved search found in a run. */
  public record Found(SavedSearch search, List<Announcement> documents, String problem) {}

  /**
   * Checks a search before it is saved, and makes sure the documents of the index are known as not
   * new (the first time a search is saved here, every id of the index is written down).
   *
   * @return how many documents match it now: none of them is news
   * @throws QuerySyntaxException when the search has a mistake to fix
   */
  public static long check(SearchService service, WatchStore store, String query, se.debattsok.search.Filters filters)
      throws IOException, QuerySyntaxException {
    long total = service.search(request(query, filters).page(1, 0)).total();
    if (!store.knowsDocuments()) {
      List<String> ids = new ArrayList<>();
      service.forEachId(ids::add);
      store.knowDocuments(ids);
    }
    return total;
  }

  /**
   * Matches the saved searches against the documents written, records what is new to each and
   * returns it per search (searches that found nothing new left out).
   *
   * @param written the ids of the documents the run wrote
   */
  public List<Found> match(SearchService service, Collection<String> written) throws IOException {
    List<Found> found = new ArrayList<>();
    if (written.isEmpty()) {
      return found;
    }
    List<String> ids = List.copyOf(Set.copyOf(written));
    Instant now = Instant.now();
    java.util.Map<String, Set<String>> announced = store.announcedIds();
    for (SavedSearch search : store.searches()) {
      Set<String> known = announced.computeIfAbsent(search.name(), n -> new java.util.HashSet<>());
      List<Announcement> fresh = new ArrayList<>();
      String problem = null;
      try {
        for (int from = 0; from < ids.size(); from += SearchRequest.MAX_LIMIT) {
          List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SearchRequest.MAX_LIMIT));
          SearchResult result = service.search(request(search.query(), search.filters()).within(chunk).page(chunk.size(), 0));
          for (SearchResult.Hit hit : result.hits()) {
            if (known.add(hit.id())) {
              fresh.add(announcement(search.name(), hit, now));
            }
          }
          if (Boolean.TRUE.equals(result.partial())) {
            problem = "the search took too long: some of the new documents may not have been matched";
          }
        }
      } catch (QuerySyntaxException e) {
        problem = e.getMessage();
      }
      store.announce(fresh);
      if (!fresh.isEmpty() || problem != null) {
        found.add(new Found(search, fresh, problem));
      }
    }
    return found;
  }

  private static SearchRequest request(String query, se.debattsok.search.Filters filters) {
    return SearchRequest.of(query).withFilters(filters).asWritten().withoutSnippets().sortedBy(SortOrder.NEWEST);
  }

  /** A hit as a feed entry of any search: dated by its date, not by when a saved search found it. */
  public static Announcement asEntry(SearchResult.Hit hit) {
    return announcement(null, hit, null);
  }

  static Announcement announcement(String search, SearchResult.Hit hit, Instant now) {
    String people = SearchResult.HitPerson.principals(hit.people());
    String title = hit.title() == null ? hit.id() : hit.title();
    if (hit.debate() != null) {
      title = "Anförande " + hit.debate().position() + ": " + title;
    }
    return new Announcement(search, hit.id(), title, hit.kind(), hit.date(), hit.reference(), people, hit.link(), now);
  }
}
