package se.debattsok.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import se.debattsok.TestData;
import se.debattsok.corpus.Corpus;
import se.debattsok.corpus.SourceFile;
import se.debattsok.model.Document;

/** The one-pass analysis emits, token for token, what the three chains it stands in for emit. */
class TextFieldsTest {
  private static final Analyzer TEXT = SwedishAnalysis.text();
  private static final Analyzer EXACT = SwedishAnalysis.exact();
  private static final Analyzer FOLDED = SwedishAnalysis.folded();

  private static List<String> chain(Analyzer analyzer, String text) throws IOException {
    return TokenLines.of(analyzer.tokenStream("text", text));
  }

  private static void assertSameAsChains(TextFields fields, String text) throws IOException {
    TokenLines stemmed = new TokenLines();
    TokenLines exact = new TokenLines();
    TokenLines folded = new TokenLines();
    fields.analyse(text, stemmed, exact, folded);
    assertEquals(chain(TEXT, text), stemmed.lines(), text);
    assertEquals(chain(EXACT, text), exact.lines(), text);
    assertEquals(chain(FOLDED, text), folded.lines(), text);
  }

  @Test
  void stemsHeadsExactAndFoldedFormsAsTheChainsDo() throws IOException {
    TextFields fields = new TextFields();
    for (String text : List.of(
        "Skolsegregationen i Malmö ökar, och inte gjort nog för fritidsgårdarna.",
        // heads that fold and heads that do not, after words folding leaves alone
        "Det var maktövergreppen och fjällsegregationen som äldreomsorgens kritiker såg.",
        // letters outside ASCII that do not fold, numbers, e-mail, a word too long for the tokenizer
        "Ζωή och жизнь, 2024/25:142, info@stockholm.se, " + "å".repeat(300) + " sedan ärendet.",
        "",
        "   ",
        "Skolan, skolans och skolorna; utskottet, samhällets; annan och samman.",
        "ÅÄÖ ÉÈ Ü ß Æ Ø — ﬄ ligaturen — KS 2024/142 § 3 a")) {
      assertSameAsChains(fields, text);
      assertSameAsChains(fields, text); // and again, from its table of words
    }
  }

  /** Every paragraph of a few hundred real interpellations, against the chains. */
  @Test
  @Tag("slow")
  void realParagraphsAsTheChainsDo() throws IOException {
    TextFields fields = new TextFields();
    List<SourceFile> files = Corpus.scan(List.of(TestData.interpellations())).files();
    int paragraphs = 0;
    for (int i = 0; i < files.size(); i += 40) { // about 400 files, from every year
      for (Document doc : Corpus.read(files.get(i)).documents()) {
        for (String paragraph : doc.paragraphs()) {
          assertSameAsChains(fields, paragraph);
          paragraphs++;
        }
      }
    }
    assertTrue(paragraphs > 1000, paragraphs + " paragraphs");
  }
}
