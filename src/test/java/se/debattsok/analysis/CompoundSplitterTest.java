package se.debattsok.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One word in, its heads out: with the shipped word counts, and with counts made up to show a rule. */
class CompoundSplitterTest {
  static final CompoundSplitter SHIPPED = new CompoundSplitter(WordCounts.load());

  static List<String> heads(CompoundSplitter splitter, String word) {
    return splitter.heads(word.toCharArray(), word.length());
  }

  static CompoundSplitter with(String counts) throws IOException {
    return new CompoundSplitter(new WordCounts.Table(
        WordCounts.read(new ByteArrayInputStream(counts.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void compoundsOfTheDebatesSplitIntoTheirHeads() {
    assertThat(heads(SHIPPED, "skolsegregationen")).contains("segregationen");
    assertThat(heads(SHIPPED, "bostadssegregationen")).contains("segregationen");
    assertThat(heads(SHIPPED, "äldreomsorgen")).contains("omsorgen");
    assertThat(heads(SHIPPED, "arbetsmarknadspolitiken")).contains("politiken");
    assertThat(heads(SHIPPED, "uppehållstillstånd")).contains("tillstånd");
    assertThat(heads(SHIPPED, "socialtjänstens")).contains("tjänstens");
  }

  @Test
  void aRareCompoundIsOfferedAsItsFirstPartAsAWordAndItsLastHead() {
    assertEquals(List.of("skola", "segregation"), SwedishAnalysis.compoundParts("Skolsegregation")); // skol- is skola
    assertEquals(List.of("arbetsmarknad", "politiken"), SwedishAnalysis.compoundParts("arbetsmarknadspolitiken"));
    // Typed without å, ä, ö: split as spelled with them.
    assertEquals(List.of("hållbarhet", "kommissionen"), SwedishAnalysis.compoundParts("hallbarhetskommissionen"));
    // Compounds that are the words for their things, used more than a part alone, are left whole.
    assertEquals(List.of(), SwedishAnalysis.compoundParts("sjukvården"));
    // A word the texts write as typed is not respelled: "vindkraften" is not "vind kräften" (crayfish).
    assertThat(SwedishAnalysis.compoundParts("vindkraften")).doesNotContain("kräften");
    assertEquals(List.of(), SwedishAnalysis.compoundParts("landsbygden"));
    assertEquals(List.of(), SwedishAnalysis.compoundParts("regeringen")); // no compound
    assertEquals(List.of(), SwedishAnalysis.compoundParts("EU-medlemskap")); // not letters only
  }

  @Test
  void commonWordsMadeOfRarerStringsStayWhole() {
    assertEquals(List.of(), heads(SHIPPED, "regeringen")); // not rege + ringen
    assertEquals(List.of(), heads(SHIPPED, "information"));
    assertEquals(List.of(), heads(SHIPPED, "kommunerna"));
    assertEquals(List.of(), heads(SHIPPED, "förutsättningar"));
  }

  @Test
  void functionWordsAreNeverParts() {
    assertThat(heads(SHIPPED, "regeringsförklaringen")).contains("förklaringen").doesNotContain("ingen");
  }

  @Test
  void linkingFormsOfTheFirstPart() throws IOException {
    CompoundSplitter splitter = with("skola\t50\nbarn\t50\narbete\t50\nkvinna\t50\nomsorg\t50\nfrid\t50\nmarknad\t50\n");
    assertEquals(List.of("omsorg"), heads(splitter, "barnomsorg")); // as written
    assertEquals(List.of("marknad"), heads(splitter, "arbetsmarknad")); // linking s, dropped e
    assertEquals(List.of("omsorg"), heads(splitter, "skolomsorg")); // dropped a
    assertEquals(List.of("frid"), heads(splitter, "kvinnofrid")); // a changed to o
    assertEquals(List.of(), heads(splitter, "okändomsorg")); // an unknown first part
  }

  @Test
  void aHeadIsCountedOverAllItsForms() throws IOException {
    // "tjänstens" alone is in no document; "tjänst" and "tjänster" are.
    CompoundSplitter splitter = with("social\t40\ntjänst\t30\ntjänster\t30\n");
    assertEquals(List.of("tjänstens"), heads(splitter, "socialtjänstens"));
  }

  @Test
  void aWordFarMoreCommonThanItsPartsStaysWhole() throws IOException {
    CompoundSplitter splitter = with("rege\t5\nringen\t12\nregeringen\t9000\n");
    assertEquals(List.of(), heads(splitter, "regeringen"));
    assertEquals(List.of("ringen"), heads(with("rege\t5\nringen\t12\n"), "regeringen"));
  }

  @Test
  void headsComeLongestFirst() {
    List<String> heads = heads(SHIPPED, "uppehållstillståndet");
    assertThat(heads).isNotEmpty();
    for (int i = 1; i < heads.size(); i++) {
      assertThat(heads.get(i).length()).isLessThan(heads.get(i - 1).length());
    }
  }
}
