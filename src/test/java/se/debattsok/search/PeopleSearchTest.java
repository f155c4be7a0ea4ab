package se.debattsok.search;

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

/** A name in a plain query finds the debates the person asked, answered or only took part in. */
class PeopleSearchTest {
  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void buildIndex() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("docs.jsonl"), String.join("\n",
        """
        {"id":"took-part","kind":"interpellation","title":"Pensionerna",\
        "people":[{"name":"Kalle Larsson","role":"asker"},{"name":"Gunnar Axén","party":"M","role":"participant"}],\
        "paragraphs":["Pensionssystemet bör prövas om."]}""",
        """
        {"id":"asked","kind":"interpellation","title":"Pensionerna igen",\
        "people":[{"name":"Gunnar Axén","party":"M","role":"asker"},{"name":"Cristina Husmark Pehrsson","role":"answerer"}],\
        "paragraphs":["Pensionssystemet bör prövas om."]}""",
        """
        {"id":"not-there","kind":"interpellation","title":"Pensionerna en tredje gång",\
        "people":[{"name":"Kalle Larsson","role":"asker"}],"paragraphs":["Pensionssystemet bör prövas om."]}"""),
        StandardCharsets.UTF_8);
    service = TestIndex.open(corpus, dir);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void aParticipantIsFoundAfterThoseWhoAskedOrAnswered() throws Exception {
    assertEquals(List.of("asked", "took-part"), SearchServiceTest.ids(service.search(SearchRequest.of("Axén pensionssystemet"))));
    assertEquals(List.of("asked", "took-part"), SearchServiceTest.ids(service.search(SearchRequest.of("\"Gunnar Axén\""))));
    // Named, the field means those who only took part.
    assertEquals(List.of("took-part"), SearchServiceTest.ids(service.search(SearchRequest.of("deltagare:axén"))));
  }

  @Test
  void aNameInTheGenitiveFindsThePerson() throws Exception {
    SearchResult result = service.search(SearchRequest.of("Axéns pensionssystemet"));
    assertEquals(List.of("asked", "took-part"), SearchServiceTest.ids(result));
    assertNull(result.suggestion()); // found as typed, not through a spelling correction
  }
}
