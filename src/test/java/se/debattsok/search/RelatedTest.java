package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.TestIndex;

/** "Liknande dokument": the closest in content, not the document's copies or thread, each with the words they share. */
class RelatedTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    // Over 50 words: long enough for its copies to be told by their text sketches.
    String wolves = "Vargstammen i Värmland har vuxit under de senaste åren. Licensjakt på varg och skyddsjakt efter "
        + "vargangrepp på får oroar fårägare i hela länet. Vargen rör sig över länsgränserna och viltförvaltningen "
        + "måste därför samordnas med grannlänen. Fårägarna vittnar om nätter utan sömn när vargen närmar sig hagarna, "
        + "och flera har gett upp sin verksamhet. Vilka åtgärder tänker kommunstyrelsens ordförande vidta för att "
        + "stödja fårägarna och för att vargstammen ska förvaltas så att landsbygden kan leva med den?";
    TestIndex.write(corpus, "varg.txt", "Interpellation av Anna Ek (C) till kommunstyrelsens ordförande Per Lund (S) om vargen",
        wolves, "Karlstad den 3 februari 2023", "Anna Ek");
    // The same text filed again: a copy, not a related document.
    TestIndex.write(corpus, "varg-igen.txt", "Interpellation av Anna Ek (C) till kommunstyrelsens ordförande Per Lund (S) om vargen",
        wolves, "Karlstad den 4 februari 2023", "Anna Ek");
    TestIndex.write(corpus, "fargare.txt", "Motion av Bo Berg (M) om fårägarnas villkor",
        "Fårägare i Värmland förlorar får i vargangrepp. Skyddsjakt på varg måste gå snabbare när vargen angriper.",
        "Karlstad den 1 mars 2023", "Bo Berg");
    TestIndex.write(corpus, "licensjakt.txt", "Motion av Eva Dal (KD) om licensjakt",
        "Licensjakt på varg och björn behövs för viltförvaltningen. Vargstammen ska hållas på en nivå som landsbygden tål.",
        "Karlstad den 2 april 2023", "Eva Dal");
    for (int i = 0; i < 12; i++) { // other subjects, so that the wolf's words are rare in the index
      TestIndex.write(corpus, "skola-" + i + ".txt", "Motion av Lisa Holm (V) om skolan " + i,
          "Skolan behöver fler lärare och mindre klasser. Elevhälsan och skolmaten " + i + " ska förbättras.",
          "Karlstad den 5 maj 2023", "Lisa Holm");
    }
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void theClosestComeFirstWithTheWordsTheyShareAndNeverTheCopy() throws Exception {
    List<RelatedDocument> related = service.related("varg.txt");
    assertThat(related).extracting(RelatedDocument::id).containsExactlyInAnyOrder("fargare.txt", "licensjakt.txt");
    RelatedDocument sheep = related.stream().filter(r -> r.id().equals("fargare.txt")).findFirst().orElseThrow();
    assertThat(sheep.because()).contains("vargen", "fårägare").allSatisfy(word -> assertThat(word).isLowerCase());
    RelatedDocument hunt = related.stream().filter(r -> r.id().equals("licensjakt.txt")).findFirst().orElseThrow();
    assertThat(hunt.because()).contains("licensjakt");
    assertThat(related).filteredOn(r -> r.id().startsWith("skola-")).isEmpty(); // nothing in common that says anything
    assertThat(service.related("no-such-document")).isEmpty();
  }

  /** The interpellations: the question's debate and copies are its own; what is listed is on its subject. */
  @Test
  @Tag("slow")
  void anInterpellationsNeighboursShareItsSubject() throws Exception {
    try (SearchService all = SearchService.open(TestData.interpellationIndex().dir())) {
      List<RelatedDocument> related = all.related("ipq-202122--0439"); // biotope protection in Kalmar county
      assertEquals(Related.SHOWN, related.size());
      assertThat(related).allSatisfy(r -> assertThat(r.because()).isNotEmpty());
      assertThat(related.get(0).because()).anyMatch(word -> word.startsWith("biotop"));
      List<String> thread = all.thread("ipq-202122--0439").stream().map(ThreadPart::id).toList();
      assertThat(related).extracting(RelatedDocument::id).doesNotContain("ipq-202122--0439").doesNotHaveDuplicates();
      assertThat(related).extracting(RelatedDocument::id).filteredOn(thread::contains).isEmpty();
      // "Utvecklingen i Kalmar län" was filed twice by its asker: one of the two is listed, not both.
      assertThat(related).extracting(RelatedDocument::title).doesNotHaveDuplicates();
    }
  }
}
