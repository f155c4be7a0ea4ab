package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.LabelledCharArrayMatcher;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PhraseHelper;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class PageOffsetsTest {
  private static final List<String> TEXTS = List.of(
      "skola och vård i kommunen", "vård vård vård", "ingenting här", "skola skola och mer skola",
      "vården och skolan", "en skola", "vård sist");

  @Test
  void aPageGetsTheOffsetsLuceneGivesForEachDocumentInEverySegment() throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
          .setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < TEXTS.size(); i++) {
          Document doc = new Document();
          doc.add(new Field("t", TEXTS.get(i), withOffsets));
          writer.addDocument(doc);
          if (i == 3) {
            writer.commit(); // a second segment: a term's place differs between them
          }
        }
      }
      BytesRef[] terms = {new BytesRef("saknas"), new BytesRef("skola"), new BytesRef("vård")};
      UHComponents components = new UHComponents("t", "t"::equals, new TermQuery(new org.apache.lucene.index.Term("t", "skola")),
          terms, PhraseHelper.NONE, new LabelledCharArrayMatcher[0], false, Set.of());
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(2, reader.leaves().size());
        PageOffsets page = new PageOffsets(components); // one for the whole page, as the highlighter makes it
        int found = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
          int docs = leaf.reader().maxDoc();
          // In the order of ids, as the highlighter asks; then backwards, and each twice running.
          List<Integer> asked = new ArrayList<>();
          IntStream.range(0, docs).forEach(asked::add);
          IntStream.range(0, docs).map(d -> docs - 1 - d).forEach(asked::add);
          IntStream.range(0, docs).forEach(d -> asked.addAll(List.of(d, d)));
          for (int doc : asked) {
            String text = TEXTS.get(leaf.docBase + doc);
            List<String> expected = offsets(new PostingsOffsetStrategy(components).getOffsetsEnum(leaf.reader(), doc, text));
            assertEquals(expected, offsets(page.getOffsetsEnum(leaf.reader(), doc, text)), text);
            found += expected.size();
          }
        }
        assertThat(found).isEqualTo(4 * 10);
      }
    }
  }

  private static List<String> offsets(OffsetsEnum offsets) throws IOException {
    List<String> all = new ArrayList<>();
    try (offsets) {
      while (offsets.nextPosition()) {
        all.add(offsets.getTerm().utf8ToString() + "@" + offsets.startOffset() + "-" + offsets.endOffset());
      }
    }
    return all;
  }
}
