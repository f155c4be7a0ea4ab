package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import se.debattsok.index.DocumentMapper;
import se.debattsok.model.Document;

/** A whole document with every hit of a query marked, paragraph by paragraph, for its own page. */
final class DocumentView {
  private DocumentView() {}

  /** @param userQuery the query whose hits to mark, or null for none */
  static MarkedDocument of(VersionSearcher searcher, int docId, Query userQuery) throws IOException {
    Document doc = DocumentMapper.fromStored(searcher.storedFields().document(docId));
    // Every paragraph; those with hits replaced by their marked version, found by offset in the text
    // as the highlighter joins it (paragraphs separated by one character).
    List<MarkedText> paragraphs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int offset = 0;
    for (String paragraph : doc.paragraphs()) {
      paragraphs.add(SnippetFormatter.plain(paragraph));
      starts.add(offset);
      offset += paragraph.length() + 1;
    }
    Object marked = userQuery == null
        ? null
        : searcher.paragraphs.highlight(userQuery, new int[] {docId}, Math.max(1, paragraphs.size()), Map.of(docId, doc))[0];
    if (marked instanceof List<?> passages) {
      for (Object passage : passages) {
        if (passage instanceof SnippetFormatter.Marked m) {
          int index = Collections.binarySearch(starts, m.start());
          if (index >= 0) {
            paragraphs.set(index, m.text());
          }
        }
      }
    }
    return new MarkedDocument(doc, paragraphs);
  }
}
