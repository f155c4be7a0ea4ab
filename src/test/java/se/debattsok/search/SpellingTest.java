package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;

/** Words typed without å, ä, ö are no typos; real typos are corrected from the documents' own words. */
class SpellingTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    TestIndex.write(corpus, "right.txt", "Om kommissionen", "En hållbarhetskommission tillsattes av regeringen.");
    // A document with a misspelling one edit closer to the query than the right word.
    TestIndex.write(corpus, "misspelled.txt", "Om stavning", "Hållbarhetskommisionen har ännu inte rapporterat.");
    TestIndex.write(corpus, "youth.txt", "Om unga", "Fritidsgårdarna behöver mer pengar.");
    TestIndex.write(corpus, "eu.txt", "Om unionen", "Kommissionen lade fram ett förslag.");
    TestIndex.write(corpus, "eu-misspelled.txt", "Om stavning igen", "Kommisionen svarade.");
    // "upbyggnad" is one edit from both words; the commoner one is not the likelier slip.
    TestIndex.write(corpus, "roads.txt", "Om vägar", "Utbyggnaden av vägnätet dröjer.", "En utbyggnad behövs.");
    TestIndex.write(corpus, "rail.txt", "Om spår", "Utbyggnad av järnvägen.");
    TestIndex.write(corpus, "defence.txt", "Om försvaret", "Uppbyggnad av försvaret tar tid.");
    // "tillstanden" is stemmed to "tillst" but is "tillstånden" folded; "tillstaden" is a misspelling.
    TestIndex.write(corpus, "permits.txt", "Om tillstånd", "Tillstånden gavs i fjol.");
    TestIndex.write(corpus, "typo-1.txt", "Om stavning tre", "Tillstaden saknas.");
    TestIndex.write(corpus, "typo-2.txt", "Om stavning fyra", "Tillstaden saknas igen.");
    // Names no text has, and words of the text one slip from them.
    Files.writeString(corpus.resolve("people.jsonl"),
        """
        {"id":"names","kind":"interpellation","title":"Om spåren",\
        "people":[{"name":"Lars Svedberg","role":"asker"},{"name":"Anna Wilén","role":"participant"},\
        {"name":"Jimmie Åkesson","role":"participant"}],\
        "paragraphs":["Banverket svarade."]}
        {"id":"other","kind":"interpellation","title":"Om Smedberg","paragraphs":["Smedberg och Wallén svarade."]}
        """,
        StandardCharsets.UTF_8);
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void aWordTypedWithoutSwedishLettersIsNotCorrectedToAnotherWord() throws Exception {
    SearchResult result = service.search(SearchRequest.of("hallbarhetskommissionen"));
    assertEquals(List.of("right.txt"), SearchServiceTest.ids(result)); // found through folding
    assertNull(result.suggestion()); // not "hållbarhetskommisionen", the misspelling
  }

  @Test
  void anotherFormOfAWordInTheTextIsNoTypo() throws Exception {
    // "kommissionens" is in no document, but its stem is: no correction to "kommisionen",
    // a misspelling two edits away.
    SearchResult result = service.search(SearchRequest.of("kommissionens"));
    assertThat(SearchServiceTest.ids(result)).contains("eu.txt").doesNotContain("eu-misspelled.txt");
    assertNull(result.suggestion());
  }

  @Test
  void aWordTypedWithoutSwedishLettersIsNoTypo() throws Exception {
    // Searched as the texts spell it, "fritidsgårdarna": offering that spelling (as before) would
    // offer the same hits again.
    SearchResult result = service.search(SearchRequest.of("fritidsgardarna"));
    assertEquals(List.of("youth.txt"), SearchServiceTest.ids(result));
    assertNull(result.suggestion());
  }

  @Test
  void aRealTypoIsStillCorrected() throws Exception {
    SearchResult result = service.search(SearchRequest.of("fritidsgårdrna"));
    assertEquals("fritidsgårdarna", result.suggestion());
    assertEquals(Boolean.TRUE, result.suggestionApplied());
  }

  @Test
  void theLikelierSlipWinsOverTheCommonerWord() throws Exception {
    SearchResult result = service.search(SearchRequest.of("upbyggnad"));
    assertEquals("uppbyggnad", result.suggestion()); // a p typed once, not t for p
    assertEquals(List.of("defence.txt"), SearchServiceTest.ids(result));
  }

  @Test
  void namesAreCorrectedToNamesAndNeverTakenForTypos() throws Exception {
    SearchResult result = service.search(SearchRequest.of("svedebrg"));
    assertEquals("Svedberg", result.suggestion()); // a name no text has, not the text's "smedberg"
    assertEquals(List.of("names"), SearchServiceTest.ids(result));
    // Shown as the documents spell it, though names are indexed folded ("akesson").
    assertEquals("Åkesson", service.search(SearchRequest.of("akeson")).suggestion());
    // Anna Wilén took part in a debate: her name is no misspelling of "Wallén".
    result = service.search(SearchRequest.of("wilén"));
    assertEquals(List.of("names"), SearchServiceTest.ids(result));
    assertNull(result.suggestion());
  }

  @Test
  void aWordTypedWithoutSwedishLettersThatTheIndexKnowsFoldedIsNoTypo() throws Exception {
    SearchResult result = service.search(SearchRequest.of("tillstanden"));
    assertEquals(List.of("permits.txt"), SearchServiceTest.ids(result));
    assertThat(result.suggestion()).isNotEqualTo("tillstaden"); // as near, and commoner, but another word
  }
}
