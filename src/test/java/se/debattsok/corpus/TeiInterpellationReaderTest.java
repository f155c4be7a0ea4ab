package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** Real files from four periods, whose encodings differ. */
class TeiInterpellationReaderTest {
  private final TeiInterpellationReader reader = new TeiInterpellationReader();

  private Document read(String id) throws Exception {
    Path file = TestData.interpellation(id);
    List<Document> docs = reader.read(new SourceFile(file, file.getFileName().toString())).documents();
    assertEquals(1, docs.size());
    return docs.get(0);
  }

  @Test
  void readsA1990sInterpellationWithLowerCasePartyAndSoftHyphens() throws Exception {
    Document doc = read("ipq-199495--0001");
    assertEquals("ipq-199495--0001", doc.id());
    assertEquals(Kind.INTERPELLATION, doc.kind());
    assertEquals("En rättvis och tillförlitlig EU-omröstning", doc.title());
    assertEquals("1994/95:1", doc.reference());
    assertEquals(LocalDate.of(1994, 10, 3), doc.date());
    assertEquals("Riksdagen", doc.assembly());
    assertEquals("statsministern", doc.addressee());
    assertNull(doc.link()); // the 1990s files name no page at the Riksdag
    assertThat(doc.people()).startsWith(new Person("Per Gahrton", "MP", Role.ASKER));
    assertThat(doc.people()).contains(new Person("Carl Bildt", null, Role.ANSWERER));
    // The heading line names the asker, the minister and the subject; it is not part of the text.
    assertEquals("1994/95:1 av Per Gahrton (mp) till statsministern om en rättvis och tillförlitlig EU-omröstning", doc.heading());
    assertThat(doc.paragraphs()).noneMatch(p -> p.contains("Gahrton"));
    String text = String.join("\n", doc.paragraphs());
    assertThat(text).contains("Enligt en undersökning som redovisades i Dagens Industri"); // soft hyphen gone
    assertThat(text).contains("7. Vilka åtgärder är statsministern beredd att vidta");
    assertThat(text).doesNotContain("\u00AD");
    assertThat(doc.paragraphs()).doesNotContain("Interpellationer"); // margin notes are not text
  }

  @Test
  void joinsWordsTheScanBrokeAtALineEnd() throws Exception {
    // The file has "vårdbe- hövande" and "ar\u00ADbetslöshet" (a soft hyphen).
    String text = String.join("\n", read("ipq-199697--0273").paragraphs());
    assertThat(text).contains("de vårdbehövande - som förlorar", "i form av arbetslöshet och");
  }

  @Test
  void dropsWordsConditionalCommentsLeftAsText() throws Exception {
    // The file has "<![if !supportLists]>· <![endif]>För 2007 och 2008 …" as text.
    Document doc = read("ipq-201213--0184");
    assertThat(doc.paragraphs()).noneMatch(p -> p.contains("<![") || p.contains("]>"));
    assertThat(doc.paragraphs()).anyMatch(p -> p.startsWith("– För 2007 och 2008 blev det ettåriga anslag"));
  }

  @Test
  void readsA2005InterpellationWithNoneFieldsAndCommaNames() throws Exception {
    Document doc = read("ipq-200506--0002");
    assertEquals("Uppehållstillstånd för vittnen av människohandel", doc.title());
    assertEquals("2005/06:2", doc.reference());
    assertEquals("https://data.riksdagen.se/dokument/GT102", doc.link()); // the file's dokument_url_html, over https
    assertEquals(LocalDate.of(2005, 9, 13), doc.date());
    assertEquals(new Person("Tobias Billström", "M", Role.ASKER), doc.people().get(0));
    assertThat(doc.people()).contains(new Person("Barbro Holmberg", "S", Role.ANSWERER));
    assertEquals("Persson, Göran (s) - Statsminister", doc.addressee());
    for (String paragraph : doc.paragraphs()) {
      assertThat(paragraph).doesNotContain("None");
    }
    assertThat(doc.paragraphs().get(0)).startsWith("Människosmuggling har i allt högre grad");
    assertNull(doc.heading()); // the heading line is the title alone here (its "None"s dropped)
  }

  @Test
  void readsNumberedQuestionsOf2015AsParagraphs() throws Exception {
    Document doc = read("ipq-201516--0001");
    assertEquals("Ofinansierade skattehöjningar", doc.title());
    assertEquals(new Person("Finn Bengtsson", "M", Role.ASKER), doc.people().get(0));
    assertThat(doc.paragraphs()).contains("Mina frågor till finansministern blir därför:");
    assertThat(doc.paragraphs())
        .anyMatch(p -> p.startsWith("– Om ministern anser att en marginalskatt på 57 procent inte är"));
  }

  @Test
  void readsA2023InterpellationAndTakesTheSubjectAsTitle() throws Exception {
    Document doc = read("ipq-202324--0001");
    assertEquals("Möten med representanter för islam med kopplingar till islamister", doc.title());
    assertEquals("2023/24:1", doc.reference());
    assertEquals(new Person("Nima Gholam Ali Pour", "SD", Role.ASKER), doc.people().get(0));
    assertEquals(new Person("Jakob Forssmed", "KD", Role.ANSWERER), doc.people().get(1));
    assertEquals("Socialminister Jakob Forssmed (KD)", doc.addressee());
  }

  @Test
  void debateParticipantsAreKeptApartFromThePrincipals() throws Exception {
    Document doc = read("ipq-200607--0075");
    assertEquals(new Person("Kent Persson", "V", Role.ASKER), doc.people().get(0));
    assertThat(doc.principals()).extracting(Person::name).containsExactly("Kent Persson", "Maud Olofsson");
    assertThat(doc.people()).contains(new Person("Per Bolund", "MP", Role.PARTICIPANT)); // "Per Bolund (Mp)"
  }

  @Test
  void anOfficeBeforeANameIsNotPartOfIt() throws Exception {
    Document doc = read("ipq-201920--0430");
    assertThat(doc.people()).extracting(Person::name).contains("Magdalena Andersson").doesNotContain("Finansminister Magdalena Andersson");
    // A two-part office, and a vice: before, these were people of their own in the facets.
    assertThat(read("ipq-201415--0009").people()).extracting(Person::name).contains("Morgan Johansson");
    assertThat(read("ipq-200001--0116").people()).extracting(Person::name).contains("Lena Hjelm-Wallén");
  }

  @Test
  void anOfficeWithoutANameIsNoPerson() throws Exception {
    // The file lists "statsministern om FN:s världstoppsmöte" as a person beside Ingvar Carlsson.
    Document doc = read("ipq-199495--0085");
    assertThat(doc.people()).extracting(Person::name).containsExactly("Ragnhild Pohanka", "Ingvar Carlsson");
    assertEquals(Role.ANSWERER, doc.people().get(1).role());
  }

  @Test
  void malformedXmlIsReportedWithTheReason(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.xml");
    Files.writeString(file, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader>", StandardCharsets.UTF_8);
    var e = assertThrows(UnreadableFileException.class, () -> reader.read(new SourceFile(file, "broken.xml")));
    assertThat(e.getMessage()).startsWith("malformed XML");
  }

  @Test
  void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOPSECRET", StandardCharsets.UTF_8);
    Path file = dir.resolve("xxe.xml");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?><!DOCTYPE TEI [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
            + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><div type=\"ipqBody\"><p>&x;</p></div></body></text></TEI>",
        StandardCharsets.UTF_8);
    // Twice, with a good file and a broken one between: the parser, reused on this thread, is reset
    // to its secure settings after each file, whatever happened in it.
    for (int round = 0; round < 2; round++) {
      var e = assertThrows(UnreadableFileException.class, () -> reader.read(new SourceFile(file, "xxe.xml")));
      assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("TOPSECRET");
      Path broken = Files.writeString(dir.resolve("broken.xml"), "<TEI><p>", StandardCharsets.UTF_8);
      assertThrows(UnreadableFileException.class, () -> reader.read(new SourceFile(broken, "broken.xml")));
      Path good = Files.writeString(dir.resolve("good.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/>"
          + "<text><body><div type=\"ipqBody\"><p>Vargen.</p></div></body></text></TEI>", StandardCharsets.UTF_8);
      assertThat(reader.read(new SourceFile(good, "good.xml")).documents()).hasSize(1);
    }
  }

  @Test
  void referenceComesFromTheId() {
    assertEquals("2023/24:1", TeiInterpellationReader.reference("ipq-202324--0001"));
    assertEquals("1999/2000:49", TeiInterpellationReader.reference("ipq-19992000--0049"));
    assertTrue(TeiInterpellationReader.reference("something-else") == null);
  }
}
