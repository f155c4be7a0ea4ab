import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.SourceFile;
import se.debattsok.index.Fields;

/**
 * What indexing could cost at best on this machine: the texts of an export held in memory and
 * indexed on two threads, three rounds in one JVM (the first one cold, as `debattsok index` always
 * is), with Lucene's StandardAnalyzer in one field, with our text field only, or with our three text
 * fields; or only reading the corpus files, without indexing. A measurement, not part of the product.
 *
 * <pre>
 * ./debattsok export --corpus ../shared/corpus/riksdagen-interpellations > /tmp/docs.jsonl
 * JAVA=...jdk-25.../bin/java
 * $JAVA -cp target/debattsok.jar bench/IndexCeiling.java standard|text|all /tmp/docs.jsonl
 * $JAVA -cp target/debattsok.jar bench/IndexCeiling.java read ../shared/corpus/riksdagen-interpellations
 * </pre>
 */
public class IndexCeiling {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    if (mode.equals("read")) {
      read(Path.of(args[1]));
    } else {
      index(mode, paragraphs(Path.of(args[1])));
    }
    System.exit(0);
  }

  static void read(Path corpus) throws Exception {
    List<SourceFile> files = Corpus.scan(List.of(corpus)).files();
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Integer>> read = new ArrayList<>();
      for (SourceFile file : files) {
        read.add(pool.submit(() -> Corpus.read(file).documents().size()));
      }
      int documents = 0;
      for (Future<Integer> f : read) {
        documents += f.get();
      }
      pool.shutdown();
      System.out.printf(Locale.ROOT, "read, round %d: %d documents in %.2f s%n", round, documents, (System.nanoTime() - start) / 1e9);
    }
  }

  static List<List<String>> paragraphs(Path export) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<List<String>> docs = new ArrayList<>();
    for (String line : Files.readAllLines(export)) {
      List<String> paragraphs = new ArrayList<>();
      json.readTree(line).get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
      docs.add(paragraphs);
    }
    return docs;
  }

  static void index(String mode, List<List<String>> docs) throws Exception {
    FieldType stored = withOffsets(TextField.TYPE_STORED);
    FieldType unstored = withOffsets(TextField.TYPE_NOT_STORED);
    for (int round = 1; round <= 3; round++) {
      Path dir = Files.createTempDirectory("ceiling");
      long start = System.nanoTime();
      Analyzer analyzer = mode.equals("standard") ? new StandardAnalyzer() : Fields.indexAnalyzer();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256);
      try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> halves = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int from = t * docs.size() / 2;
          int to = (t + 1) * docs.size() / 2;
          halves.add(pool.submit(() -> {
            for (List<String> paragraphs : docs.subList(from, to)) {
              Document doc = new Document();
              for (String p : paragraphs) {
                if (mode.equals("standard")) {
                  doc.add(new TextField("text", p, Field.Store.YES));
                } else {
                  doc.add(new Field(Fields.TEXT, p, stored));
                  if (mode.equals("all")) {
                    doc.add(new Field(Fields.TEXT_EXACT, p, unstored));
                    doc.add(new Field(Fields.TEXT_FOLDED, p, unstored));
                  }
                }
              }
              writer.addDocument(doc);
            }
            return null;
          }));
        }
        for (Future<?> half : halves) {
          half.get();
        }
        pool.shutdown();
        writer.commit();
      }
      System.out.printf(Locale.ROOT, "%s, round %d: %d documents in %.2f s%n", mode, round, docs.size(), (System.nanoTime() - start) / 1e9);
    }
  }

  static FieldType withOffsets(FieldType base) {
    FieldType type = new FieldType(base);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
