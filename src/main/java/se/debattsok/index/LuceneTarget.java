package se.debattsok.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.analysis.TextFields;
import se.debattsok.model.Document;

/**
 * A Lucene index in a folder. Everything is committed once, at the end: a crash or kill mid-run
 * leaves the previous commit, which Lucene opens as if nothing had happened. The reading threads
 * analyse ({@link PreAnalyzed}); one thread writes, so that a run makes one segment.
 */
final class LuceneTarget implements IndexTarget<org.apache.lucene.document.Document> {
  private final Directory dir;
  private final IndexState.Existing existing;
  private final IndexWriter writer;
  private final Analyzer analyzer;
  /** The one-pass analysis of the text fields, one per reading thread, with the words they share. */
  private final TextFields.Words words = new TextFields.Words();
  private final ThreadLocal<TextFields> textFields = ThreadLocal.withInitial(() -> new TextFields(words));
  private String context = "";

  private LuceneTarget(Directory dir, IndexState.Existing existing, IndexWriter writer) {
    this.dir = dir;
    this.existing = existing;
    this.writer = writer;
    this.analyzer = writer.getConfig().getAnalyzer();
  }

  static LuceneTarget open(Path indexDir) throws IOException {
    Files.createDirectories(indexDir);
    Directory dir = FSDirectory.open(indexDir);
    try {
      IndexState.Existing existing = IndexState.readExisting(dir);
      IndexWriterConfig config = new IndexWriterConfig(Fields.indexAnalyzer());
      config.setOpenMode(existing.files() == null ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCodec(new DebattsokCodec()); // stored fields uncompressed: snippets read them for every hit
      config.setRAMBufferSizeMB(ramBufferMB());
      config.setCommitOnClose(false); // only an explicit, complete run commits
      return new LuceneTarget(dir, existing, new IndexWriter(dir, config));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * How much the writer buffers before it writes a segment. One thread writes, so with room for the
   * whole interpellation corpus (about 600 MB) a run makes one segment; a quarter of the heap at
   * most, so that a small heap is never outgrown.
   */
  private static double ramBufferMB() {
    return Math.min(1024, Runtime.getRuntime().maxMemory() / 4.0 / (1 << 20));
  }

  @Override
  public IndexState.Existing existing() {
    return existing;
  }

  @Override
  public void begin(String context) {
    this.context = context;
  }

  @Override
  public org.apache.lucene.document.Document prepare(Document doc, String fingerprint) throws IOException {
    return PreAnalyzed.of(DocumentMapper.toLucene(doc, fingerprint), analyzer, textFields.get());
  }

  @Override
  public void replace(String source, List<org.apache.lucene.document.Document> docs, IndexState.Indexed old)
      throws IOException {
    // With no documents, the file's old ones are removed. (Lucene asserts that an update brings
    // at least one document.)
    Term term = new Term(Fields.SOURCE, source);
    if (docs.isEmpty()) {
      writer.deleteDocuments(term);
    } else {
      writer.updateDocuments(term, docs);
    }
  }

  @Override
  public void add(List<org.apache.lucene.document.Document> docs) throws IOException {
    writer.addDocuments(docs); // after the file's update: its deletion of the old documents spares these
  }

  @Override
  public void commit() throws IOException {
    writer.setLiveCommitData(Map.of(IndexState.USER_DATA_ANALYSIS, SwedishAnalysis.VERSION,
        IndexState.USER_DATA_SCHEMA, IndexState.SCHEMA_VERSION, IndexState.USER_DATA_CONTEXT, context).entrySet());
    writer.commit();
  }

  @Override
  public void rollback() throws IOException {
    writer.rollback(); // the previous commit stays the index
  }

  @Override
  public int documents() {
    return writer.getDocStats().numDocs;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      dir.close();
    }
  }
}
