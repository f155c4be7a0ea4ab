package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.grouping.GroupDocs;
import org.apache.lucene.search.grouping.GroupingSearch;
import org.apache.lucene.search.grouping.TopGroups;
import org.apache.lucene.util.BytesRef;
import se.debattsok.index.Fields;

/**
 * One search on one index version: the query parsed and expanded once, the page of hits (or of
 * debates) sorted as asked, and the facets and trend counted, all within the thread's deadline.
 */
final class LuceneSearch {
  /** The speeches a debate shows at most when results are grouped by debate. */
  static final int SPEECHES_PER_GROUP = 3;

  private final UserQueryParser parser;
  private final Ranking ranking;
  private final Deadline deadline;

  LuceneSearch(UserQueryParser parser, Ranking ranking, Deadline deadline) {
    this.parser = parser;
    this.ranking = ranking;
    this.deadline = deadline;
  }

  /** @return the result; null when asked to loosen a query that is no list of plain words */
  SearchResult run(VersionSearcher searcher, SearchRequest request, SearchBackend.Words words)
      throws QuerySyntaxException, IOException {
    long start = System.nanoTime();
    Map<Facet, Query> filters = FilterQueries.of(request.filters());
    try {
      IndexFoldedForms foldedForms = new IndexFoldedForms(searcher.getIndexReader());
      Query userQuery = words == SearchBackend.Words.ALL_BUT_ONE
          ? parser.parseAllButOne(request.query(), foldedForms)
          : parser.parse(request.query(), foldedForms);
      if (userQuery == null) {
        return null; // not a query of plain words: nothing to loosen, and nothing to search
      }
      // The search reads the index through a reader that stops when the time is up, also while it
      // expands fuzzy and pattern words (the collectors alone are timed by Lucene).
      IndexSearcher timed = timed(searcher);
      try {
        // Rewritten once: expanding fuzzy and pattern words is much of their cost, and the search,
        // the scores of the page and the facets would each expand them again. The snippets mark the
        // words of the query as written.
        Query expanded = timed.rewrite(userQuery);
        Query query = FilterQueries.narrow(expanded, FilterQueries.withIds(filters.values(), request.within()));
        if (request.group().grouped()) {
          return grouped(request, searcher, timed, userQuery, expanded, query, filters, start);
        }
        int wanted = request.offset() + request.limit();
        TopDocs top = timed.search(query, new TopFieldCollectorManager(sort(request.sort()), wanted, null, Integer.MAX_VALUE));
        ScoreDoc[] page =
            Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
        scores(page, request.sort(), timed, query);
        List<SearchResult.Hit> hits = HitReader.read(searcher, userQuery, page, request.snippets() && !deadline.expired());
        return result(request, searcher, expanded, query, filters, start, top.totalHits.value(), hits, List.of(),
            deadline.passed());
      } catch (ExitableDirectoryReader.ExitingReaderException e) {
        // Out of time before any hit was counted: nothing found yet, and said so.
        return new SearchResult(request.query(), 0, (System.nanoTime() - start) / 1_000_000, List.of(), Map.of(), null, null,
            null, Boolean.TRUE, List.of(), null);
      }
    } catch (IndexSearcher.TooManyClauses e) {
      // Counted by Lucene when it rewrites the query: hundreds of different words, each looked for
      // in several fields and forms.
      throw QueryMistakes.tooManyParts();
    }
  }

  /** A searcher of the same index version whose reads stop when this thread's time is up. */
  private IndexSearcher timed(VersionSearcher searcher) throws IOException {
    IndexSearcher timed = new IndexSearcher(ExitableDirectoryReader.wrap((DirectoryReader) searcher.getIndexReader(), deadline));
    timed.setSimilarity(ranking.similarity());
    timed.setTimeout(deadline);
    return timed;
  }

  /**
   * Results grouped by debate (or thread): limit and offset count debates, ranked by their best
   * speech; each brings its best {@value #SPEECHES_PER_GROUP} speeches. A document that is no speech
   * is a debate of its own. The total is that of matching documents, as without grouping.
   */
  private SearchResult grouped(SearchRequest request, VersionSearcher searcher, IndexSearcher timed, Query userQuery,
      Query expanded, Query query, Map<Facet, Query> filters, long start) throws IOException {
    GroupingSearch grouping = new GroupingSearch(request.group().field())
        .setGroupSort(sort(request.sort()))
        .setSortWithinGroup(sort(SortOrder.RELEVANCE))
        .setGroupDocsLimit(SPEECHES_PER_GROUP);
    TopGroups<BytesRef> top = grouping.search(timed, query, request.offset(), request.limit());
    boolean partial = deadline.passed();
    List<ScoreDoc> all = new ArrayList<>();
    for (GroupDocs<BytesRef> group : top.groups) {
      all.addAll(List.of(group.scoreDocs()));
    }
    ScoreDoc[] speechesShown = all.toArray(ScoreDoc[]::new);
    TopFieldCollector.populateScores(speechesShown, timed, query); // grouping sorts by score but does not keep it
    List<SearchResult.Hit> hits = HitReader.read(searcher, userQuery, speechesShown,
        request.snippets() && !deadline.expired());
    List<SearchResult.Group> groups = new ArrayList<>();
    int next = 0;
    for (GroupDocs<BytesRef> group : top.groups) {
      List<SearchResult.Hit> speeches = hits.subList(next, next + group.scoreDocs().length);
      next += group.scoreDocs().length;
      SearchResult.Hit best = speeches.get(0);
      String title = best.debate() != null && best.debate().title() != null ? best.debate().title() : best.title();
      String id = group.groupValue() == null ? best.id() : group.groupValue().utf8ToString();
      groups.add(SearchResult.Group.of(request.group(), id, title, best.date(), group.totalHits().value(), List.copyOf(speeches)));
    }
    return result(request, searcher, expanded, query, filters, start, top.totalHitCount, List.of(), groups, partial);
  }

  /** The result of a search, hits or groups, with the facets and the trend it asked for. */
  private SearchResult result(SearchRequest request, VersionSearcher searcher, Query userQuery, Query query,
      Map<Facet, Query> filters, long start, long total, List<SearchResult.Hit> hits, List<SearchResult.Group> groups,
      boolean partial) throws IOException {
    // Counted on the reader the facets were made for, and left out once the time is up.
    boolean late = deadline.expired();
    Map<Facet, List<SearchResult.FacetCount>> facets =
        request.facets() && !late ? FacetCounter.count(searcher, searcher.facets, userQuery, filters) : Map.of();
    SearchResult.Trend trend = request.trend() && !late ? TrendCounter.count(searcher, query) : null;
    partial |= late && (request.facets() || request.trend());
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), total, tookMs, hits, facets, null, null, null, partial ? Boolean.TRUE : null,
        groups, trend);
  }

  /**
   * Gives each hit of a page its score: hits sorted by relevance carry the score they were sorted
   * by; others are scored again, with the query's weight built anew (docs/benchmark.md).
   */
  private static void scores(ScoreDoc[] page, SortOrder order, IndexSearcher searcher, Query query) throws IOException {
    if (order == SortOrder.RELEVANCE) {
      for (ScoreDoc hit : page) {
        hit.score = (Float) ((FieldDoc) hit).fields[0];
      }
    } else {
      TopFieldCollector.populateScores(page, searcher, query);
    }
  }

  private static Sort sort(SortOrder order) {
    // Ties are broken by id, so the same search always lists hits in the same order.
    SortField byId = new SortedSetSortField(Fields.ID, false);
    return switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, byId);
      case NEWEST -> new Sort(byDate(true), SortField.FIELD_SCORE, byId);
      case OLDEST -> new Sort(byDate(false), SortField.FIELD_SCORE, byId);
    };
  }

  /** Documents without a date come last either way. */
  private static SortField byDate(boolean newestFirst) {
    return new SortedNumericSortField(Fields.DATE, SortField.Type.LONG, newestFirst, SortedNumericSelector.Type.MIN,
        newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
  }
}
