package se.debattsok.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import se.debattsok.analysis.TextFields;
import se.debattsok.analysis.TokenLines;

/** The recorded tokens play back what the analyzer gave: terms, offsets, positions and the end. */
class PreAnalyzedTest {
  private static final String TEXT = "Skolsegregationen i Malmö ökar, och inte gjort nog för fritidsgårdarna. ";

  @Test
  void everyTextFieldPlaysBackWhatItsAnalyzerGives() throws IOException {
    Analyzer analyzer = Fields.indexAnalyzer();
    for (String field : List.of(Fields.TEXT, Fields.TEXT_EXACT, Fields.TEXT_FOLDED, Fields.TITLE)) {
      Document doc = new Document();
      doc.add(new Field(field, TEXT, Fields.STORED_TEXT_WITH_OFFSETS));
      Document analysed = PreAnalyzed.of(doc, analyzer, new TextFields());
      List<String> expected = TokenLines.of(analyzer.tokenStream(field, TEXT));
      IndexableField indexed = analysed.getFields().stream()
          .filter(f -> f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE)
          .findFirst()
          .orElseThrow();
      assertNull(indexed.stringValue()); // the tokens, not the text
      assertFalse(indexed.fieldType().stored());
      assertEquals(expected, TokenLines.of(indexed.tokenStream(analyzer, null)), field);
      assertEquals(TEXT, analysed.get(field)); // and the text stored beside them, as before
    }
  }

  /** A paragraph's three copies, as the mapper adds them, analysed in one pass: the same tokens. */
  @Test
  void aParagraphsThreeCopiesPlayBackWhatTheirAnalyzersGive() throws IOException {
    Analyzer analyzer = Fields.indexAnalyzer();
    Document doc = new Document();
    List<String> paragraphs = List.of(TEXT, "Maktövergreppen i äldreomsorgen.", TEXT);
    for (String paragraph : paragraphs) {
      doc.add(new Field(Fields.TEXT, paragraph, Fields.STORED_TEXT_WITH_OFFSETS));
      doc.add(new Field(Fields.TEXT_EXACT, paragraph, Fields.UNSTORED_TEXT_WITH_OFFSETS));
      doc.add(new Field(Fields.TEXT_FOLDED, paragraph, Fields.UNSTORED_TEXT_WITH_OFFSETS));
    }
    List<IndexableField> indexed = PreAnalyzed.of(doc, analyzer, new TextFields()).getFields().stream()
        .filter(f -> f.fieldType().indexOptions() != org.apache.lucene.index.IndexOptions.NONE)
        .toList();
    assertEquals(9, indexed.size());
    for (int i = 0; i < indexed.size(); i++) {
      IndexableField field = indexed.get(i);
      String text = paragraphs.get(i / 3);
      assertEquals(TokenLines.of(analyzer.tokenStream(field.name(), text)), TokenLines.of(field.tokenStream(analyzer, null)), field.name());
    }
  }

  @Test
  void fieldsThatAreNotAnalysedStayAsTheyAre() {
    Document doc = new Document();
    StringField id = new StringField(Fields.ID, "ipq-202324--0001", Field.Store.YES);
    doc.add(id);
    assertEquals(List.of(id), PreAnalyzed.of(doc, Fields.indexAnalyzer(), new TextFields()).getFields());
  }
}
