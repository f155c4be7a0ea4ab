package se.debattsok.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
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
}
