package se.debattsok.search;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import se.debattsok.index.Fields;

/**
 * A searcher of one index version with what is costly to make and safe to share, built once per
 * reader and dropped with it: the facet ordinals and the two highlighters.
 */
final class VersionSearcher extends IndexSearcher {
  /** Null for an index where no document has facet values (an empty one). */
  final SortedSetDocValuesReaderState facets;
  final Highlighter snippets;
  final Highlighter paragraphs;
  /** What the version holds, counted on first asking (a front page, a trend's shares). */
  private volatile Map<Facet, List<SearchResult.FacetCount>> overview;

  VersionSearcher(IndexReader reader, Analyzer indexAnalyzer, Ranking ranking, Deadline deadline) throws IOException {
    super(reader);
    setSimilarity(ranking.similarity());
    setTimeout(deadline);
    snippets = Highlighter.snippets(this, indexAnalyzer);
    paragraphs = Highlighter.wholeParagraphs(this, indexAnalyzer);
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
    } catch (IllegalArgumentException e) { // no document has facet values
      state = null;
    }
    this.facets = state;
  }

  /** Its documents per kind, assembly and year (about 10 ms for 15,000 documents), once per version. */
  Map<Facet, List<SearchResult.FacetCount>> overview() throws IOException {
    Map<Facet, List<SearchResult.FacetCount>> counted = overview;
    if (counted == null) {
      Map<Facet, List<SearchResult.FacetCount>> all = new EnumMap<>(Facet.class);
      all.putAll(FacetCounter.count(this, facets, new MatchAllDocsQuery(), Map.of()));
      all.remove(Facet.PERSON);
      overview = counted = Collections.unmodifiableMap(all);
    }
    return counted;
  }
}
