import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import se.debattsok.index.Fields;

/**
 * What inverting alone costs: the paragraphs of an export analysed beforehand (not timed) into the
 * given text fields' tokens, then indexed on 1 or 2 threads, three rounds in one JVM (the first
 * cold), with offsets in every field or not in those named by $NO_OFFSETS, optionally merged into one
 * segment. A measurement, not part of the product.
 *
 * <pre>
 * ./debattsok export --corpus ../shared/corpus/riksdagen-interpellations > /tmp/docs.jsonl
 * $JAVA -Xmx8g -cp target/debattsok.jar bench/IndexInvert.java /tmp/docs.jsonl text,text_exact,text_folded 1 [merge]
 * </pre>
 */
public class IndexInvert {
  /** One field value's tokens: terms, and per token start, end and increment; then the final offset. */
  record Tokens(String[] terms, int[] ints, int finalOffset) {}

  static final class Playback extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Tokens tokens;
    private int next;

    Playback(Tokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.terms().length) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(tokens.terms()[next]);
      offset.setOffset(tokens.ints()[3 * next], tokens.ints()[3 * next + 1]);
      position.setPositionIncrement(tokens.ints()[3 * next + 2]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(tokens.finalOffset(), tokens.finalOffset());
    }
  }

  static Tokens record(Analyzer analyzer, String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    int[] ints = new int[64];
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int n = terms.size();
        if (3 * n + 3 > ints.length) {
          ints = Arrays.copyOf(ints, ints.length * 2);
        }
        terms.add(term.toString().intern());
        ints[3 * n] = offset.startOffset();
        ints[3 * n + 1] = offset.endOffset();
        ints[3 * n + 2] = position.getPositionIncrement();
      }
      stream.end();
    }
    return new Tokens(terms.toArray(new String[0]), Arrays.copyOf(ints, 3 * terms.size()), text.length());
  }

  public static void main(String[] args) throws Exception {
    String[] fields = args[1].split(",");
    int threads = Integer.parseInt(args[2]);
    boolean merge = args.length > 3 && args[3].equals("merge");
    Set<String> noOffsets = Set.of(System.getenv().getOrDefault("NO_OFFSETS", "").split(","));
    Analyzer analyzer = Fields.indexAnalyzer();
    ObjectMapper json = new ObjectMapper();
    List<List<Tokens[]>> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      List<Tokens[]> paragraphs = new ArrayList<>();
      for (var paragraph : json.readTree(line).get("paragraphs")) {
        Tokens[] perField = new Tokens[fields.length];
        for (int i = 0; i < fields.length; i++) {
          perField[i] = record(analyzer, fields[i], paragraph.asText());
        }
        paragraphs.add(perField);
      }
      docs.add(paragraphs);
    }
    FieldType withOffsets = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    FieldType withoutOffsets = type(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    for (int round = 1; round <= 3; round++) {
      Path dir = Files.createTempDirectory("invert");
      long start = System.nanoTime();
      IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(1024).setUseCompoundFile(false);
      try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config)) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          List<List<Tokens[]>> part = docs.subList(t * docs.size() / threads, (t + 1) * docs.size() / threads);
          parts.add(pool.submit(() -> {
            for (List<Tokens[]> paragraphs : part) {
              Document doc = new Document();
              for (Tokens[] perField : paragraphs) {
                for (int i = 0; i < fields.length; i++) {
                  doc.add(new Field(fields[i], new Playback(perField[i]), noOffsets.contains(fields[i]) ? withoutOffsets : withOffsets));
                }
              }
              writer.addDocument(doc);
            }
            return null;
          }));
        }
        pool.shutdown();
        for (Future<?> part : parts) {
          part.get();
        }
        long flush = System.nanoTime();
        if (merge) {
          writer.forceMerge(1);
        }
        writer.commit();
        System.out.printf(Locale.ROOT, "round %d: %.2f s (of which %s and commit %.2f s)%n", round, (System.nanoTime() - start) / 1e9,
            merge ? "merge" : "flush", (System.nanoTime() - flush) / 1e9);
      }
    }
    System.exit(0);
  }

  static FieldType type(IndexOptions options) {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(options);
    type.freeze();
    return type;
  }
}
