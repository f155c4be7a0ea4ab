package se.debattsok.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.debattsok.analysis.SwedishAnalysisTest.terms;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One text in, the terms of each step out. */
class ChainTest {
  private static final String TEXT = "Skolsegregationen och Äldreomsorgen";

  @Test
  void noStepsLowerCasesOnly() throws Exception {
    assertEquals(List.of("skolsegregationen", "och", "äldreomsorgen"), terms(new Chain(), TEXT));
  }

  @Test
  void eachStepDoesItsOneThing() throws Exception {
    assertEquals(List.of("skolsegregationen", "äldreomsorgen"), terms(new Chain(Chain.Step.DROP_FILLERS), TEXT));
    assertEquals(List.of("skolsegregation", "och", "äldreomsorg"), terms(new Chain(Chain.Step.STEM), TEXT));
    assertEquals(List.of("skolsegregationen", "och", "aldreomsorgen"), terms(new Chain(Chain.Step.FOLD), TEXT));
  }

  @Test
  void compoundHeadsAreAddedMarkedAfterStemming() throws Exception {
    List<String> terms = terms(new Chain(Chain.Step.COMPOUND_HEADS, Chain.Step.STEM), "skolsegregationen");
    assertEquals(List.of("skolsegregation", TermMarks.compoundHead("segregation")), terms);
    assertEquals(true, TermMarks.isCompoundHead(terms.get(1)));
    assertEquals(false, TermMarks.isCompoundHead(terms.get(0)));
  }

  @Test
  void theStepsRunInTheirOwnOrderWhateverOrderTheyAreNamedIn() throws Exception {
    assertEquals(terms(new Chain(Chain.Step.FOLD, Chain.Step.STEM, Chain.Step.DROP_FILLERS), TEXT),
        terms(new Chain(Chain.Step.DROP_FILLERS, Chain.Step.STEM, Chain.Step.FOLD), TEXT));
    assertEquals(List.of("skolsegregation", "aldreomsorg"),
        terms(new Chain(Chain.Step.FOLD, Chain.Step.STEM, Chain.Step.DROP_FILLERS), TEXT));
  }
}
