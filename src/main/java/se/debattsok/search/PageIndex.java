package se.debattsok.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.model.Document;

/**
 * A few documents fetched from a Solr collection (a page of hits, one debate), indexed in memory
 * exactly as the local index holds them: the local code then marks their hits, picks their snippets
 * and finds their copies, so the two backends show the same. Doc ids follow the list's order.
 */
final class PageIndex {
  private PageIndex() {}

  /** A searcher of the documents; closing its reader frees them. */
  static VersionSearcher of(List<Document> docs, Analyzer indexAnalyzer, Ranking ranking, Deadline deadline)
      throws IOException {
    return of(docs, null, indexAnalyzer, ranking, deadline);
  }

  /**
   * The same, with each document's stored text sketch as the collection holds it (for documents
   * fetched without their text, whose sketch could not be made again); null entries for none.
   */
  static VersionSearcher of(List<Document> docs, List<byte[]> sketches, Analyzer indexAnalyzer, Ranking ranking,
      Deadline deadline) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer).setRAMBufferSizeMB(256).setMergePolicy(
        org.apache.lucene.index.NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      for (int i = 0; i < docs.size(); i++) {
        var lucene = DocumentMapper.toLucene(docs.get(i), "");
        byte[] sketch = sketches == null ? null : sketches.get(i);
        if (sketch != null && lucene.getField(Fields.TEXT_SKETCH) == null) {
          lucene.add(new StoredField(Fields.TEXT_SKETCH, sketch));
        }
        writer.addDocument(lucene);
      }
    }
    return new VersionSearcher(DirectoryReader.open(dir), indexAnalyzer, ranking, deadline);
  }
}
