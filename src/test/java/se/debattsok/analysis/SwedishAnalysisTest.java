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
public class SwedishAnalysisTest {

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return terms(analyzer, "text", text);
  }

  /** The terms an analyzer makes of a text for a field (a per-field analyzer picks by it). */
  public static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
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
  void definiteFormsSnowballLeavesWholeShareTheStemOfTheirBase() throws IOException {
    Analyzer text = SwedishAnalysis.text();
    // -an and -et are no Snowball endings: "skola" did not find "skolan", nor "fråga" "frågan".
    assertEquals(List.of("skol"), terms(text, "skolan"));
    assertEquals(List.of("skol"), terms(text, "skolans"));
    assertEquals(List.of("fråg"), terms(text, "frågan"));
    assertEquals(terms(text, "utskott"), terms(text, "utskottet"));
    assertEquals(terms(text, "samhälle"), terms(text, "samhället"));
    assertEquals(terms(text, "samhälle"), terms(text, "samhällets"));
    assertEquals(terms(SwedishAnalysis.textQuery(), "skola"), terms(text, "skolan")); // the query meets it
    // Look-alikes without the plural their base would have stay whole: no "annor", "sammor", "internen".
    assertEquals(List.of("annan"), terms(text, "annan"));
    assertEquals(List.of("samman"), terms(text, "samman"));
    assertEquals(List.of("internet"), terms(text, "internet"));
    assertEquals(List.of("sudan"), terms(text, "Sudan"));
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
  void aFillerWordTypedWithoutSwedishLettersIsAFillerWhereItCanBeNoOtherWord() throws IOException {
    // "for" is "för", "pa" "på", "nar" "när" (the verb "når" is rare beside it), "sa" "så".
    assertEquals(List.of("bostad", "ung"), terms(SwedishAnalysis.textQuery(), "bostader for unga"));
    assertEquals(List.of("skatt", "bensin"), terms(SwedishAnalysis.foldedQuery(), "skatt pa bensin"));
    assertThat(SwedishAnalysis.droppedQueryWords()).contains("for", "pa", "nar", "sa", "da", "nagot", "varfor")
        // "ar" is "är" or "år", and a year is no filler; "over" as "över" is meaningful, as "mot" is.
        .doesNotContain("ar", "over");
    assertEquals(List.of("sa", "så", "sä"), Spellings.of("sa"));
  }

  @Test
  void namesAreFoldedNotStemmed() throws IOException {
    Analyzer names = SwedishAnalysis.names();
    assertEquals(List.of("jan", "bjorklund"), terms(names, "Jan Björklund"));
    assertEquals(terms(names, "Björklund"), terms(names, "bjorklund"));
    assertEquals(List.of("andersson"), terms(names, "Andersson"));
  }

  @Test
  void compoundHeadsAreIndexedMarkedWhereTheHeadIs() throws IOException {
    Analyzer text = SwedishAnalysis.text();
    assertEquals(List.of("skolsegregation", TermMarks.compoundHead("segregation")), terms(text, "skolsegregationen"));
    assertEquals(List.of("regering"), terms(text, "regeringen"));
    // The head sits at the compound's position, and its offsets cover "segregationen" only.
    assertEquals(List.of("om@0-2+1", "skolsegregation@3-20+1", ">segregation@7-20+0", "end@20+0"),
        TokenLines.of(text.tokenStream("text", "Om skolsegregationen")));
  }

  @Test
  void theFoldedCopyHoldsOnlyTheWordsFoldingChanges() throws IOException {
    // "kommunerna" is in the text field as it is; only "äldreomsorgen" needs a folded term.
    // Its folded stem, and its form folded with that stem, marked: what a query typed without
    // å, ä, ö looks up to learn which words it may stand for.
    assertEquals(List.of("aldreomsorg", "=aldreomsorgen=aldreomsorg"), terms(SwedishAnalysis.folded(), "Äldreomsorgen i kommunerna"));
    // A query is folded whole: a word typed without å, ä, ö looks for the folded term.
    assertEquals(List.of("aldreomsorg", "kommun"), terms(SwedishAnalysis.foldedQuery(), "aldreomsorgen i kommunerna"));
  }

  @Test
  void theFoldedCopyHasTheHeadsOfCompoundsWhereTheyFold() throws IOException {
    assertEquals(List.of("maktovergrepp", "=maktovergreppen=maktovergrepp", TermMarks.compoundHead("overgrepp")),
        terms(SwedishAnalysis.folded(), "maktövergreppen"));
    // A head without å, ä, ö is in the text field already ("fjällsegregationen" → >segregation).
    assertEquals(List.of("fjallsegregation", "=fjallsegregationen=fjallsegregation"), terms(SwedishAnalysis.folded(), "fjällsegregationen"));
    assertEquals(List.of(), terms(SwedishAnalysis.folded(), "skolsegregationen"));
    // Titles have no heads, folded or not.
    assertEquals(List.of("maktovergrepp", "=maktovergreppen=maktovergrepp"), terms(SwedishAnalysis.foldedTitle(), "maktövergreppen"));
  }

  @Test
  void theWordsLeftInTheFoldedCopyKeepTheirPositions() throws IOException {
    assertEquals(List.of("forskol@15-26+3", "=forskolorna=forskol@15-26+0", "end@26+0"),
        TokenLines.of(SwedishAnalysis.folded().tokenStream("text_folded", "kommunerna och förskolorna")));
  }

  @Test
  void aNameThatMayBeAGenitiveIsAlsoLookedForWithoutItsS() throws IOException {
    assertEquals(List.of("reinfeldts", "reinfeldt", "axens", "axen"), terms(SwedishAnalysis.namesQuery(), "Reinfeldts Axéns"));
    // Too short, or a double s: no genitive.
    assertEquals(List.of("lars", "ross", "andersson"), terms(SwedishAnalysis.namesQuery(), "Lars Ross Andersson"));
    // Names are indexed as written.
    assertEquals(List.of("reinfeldts"), terms(SwedishAnalysis.names(), "Reinfeldts"));
  }

  @Test
  void queriesAreNeverSplit() throws IOException {
    // Split at query time, "skolsegregation" would find every document about schools.
    assertEquals(List.of("skolsegregation"), terms(SwedishAnalysis.textQuery(), "skolsegregationen"));
    assertEquals(List.of("skolsegregationen"), terms(SwedishAnalysis.exact(), "skolsegregationen"));
  }
}
