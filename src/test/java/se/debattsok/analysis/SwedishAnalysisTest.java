package se.debattsok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** One word in, the expected term out, as Lucene's own Swedish analyzer tests do. */
class SwedishAnalysisTest {

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  @Test
  void inflectedFormsShareAStem() throws IOException {
    Analyzer text = SwedishAnalysis.text();
    assertEquals(terms(text, "segregation"), terms(text, "segregationen"));
    assertEquals(terms(text, "kommun"), terms(text, "kommunerna"));
    assertEquals(terms(text, "skatt"), terms(text, "skatten"));
    assertEquals(List.of("segregation"), terms(text, "Segregationen"));
  }

  @Test
  void negationsAreNeverDropped() throws IOException {
    assertThat(terms(SwedishAnalysis.text(), "det är inte gjort")).contains("int");
    assertThat(terms(SwedishAnalysis.textQuery(), "inte ej icke")).hasSize(3);
  }

  @Test
  void queriesDropFillerWordsButTheIndexKeepsThem() throws IOException {
    assertEquals(List.of("skol", "segregation"), terms(SwedishAnalysis.textQuery(), "skola och segregation"));
    assertEquals(3, terms(SwedishAnalysis.text(), "skola och segregation").size());
    assertThat(SwedishAnalysis.droppedQueryWords()).contains("och", "att").doesNotContain("inte", "vi", "man");
  }

  @Test
  void namesAreFoldedNotStemmed() throws IOException {
    Analyzer names = SwedishAnalysis.names();
    assertEquals(List.of("jan", "bjorklund"), terms(names, "Jan Björklund"));
    assertEquals(terms(names, "Björklund"), terms(names, "bjorklund"));
    assertEquals(List.of("andersson"), terms(names, "Andersson"));
  }
}
