package se.debattsok.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/** Documents one per line, as `export` writes them. */
class JsonLinesReaderTest {
  @TempDir Path dir;

  private Corpus.Read read(String... lines) throws Exception {
    Path file = dir.resolve("docs.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    return Corpus.read(new SourceFile(file, "docs.jsonl"));
  }

  @Test
  void everyFieldOfADocumentAndASpeech() throws Exception {
    Corpus.Read read = read(
        """
        {"id":"mot-1","kind":"motion","title":"Om  skolan","date":"2024-03-18","assembly":"Riksdagen","reference":"2023/24:1",\
        "people":[{"name":"Anna Andersson","party":"S","role":"asker","id":"p1"}],"addressee":"utbildningsministern",\
        "paragraphs":["Första stycket.","","Andra stycket."]}""",
        "",
        """
        {"id":"anf-7","kind":"speech","title":"Skolan","people":[{"name":"Bo Berg","party":"M","role":"speaker"}],\
        "paragraphs":["Herr talman!"],"debate":{"id":"d-1","title":"Skolan","position":2}}""");
    assertNull(read.problem());
    List<Document> docs = read.documents();
    assertEquals(2, docs.size());
    Document motion = docs.get(0);
    assertEquals("mot-1", motion.id());
    assertEquals(Kind.MOTION, motion.kind());
    assertEquals("Om skolan", motion.title()); // cleaned like any text
    assertEquals(LocalDate.of(2024, 3, 18), motion.date());
    assertEquals("2023/24:1", motion.reference());
    assertEquals(List.of(new Person("Anna Andersson", "S", Role.ASKER, "p1")), motion.people());
    assertEquals(List.of("Första stycket.", "Andra stycket."), motion.paragraphs());
    assertEquals("docs.jsonl", motion.source());
    assertNull(motion.debate());
    assertEquals(new Debate("d-1", "Skolan", 2), docs.get(1).debate());
  }

  @Test
  void aLineThatDoesNotFitRejectsTheFileAndNamesTheLine() throws Exception {
    assertThat(read("{\"id\":\"a\"}", "{\"id\": ").problem().reason()).startsWith("line 2: malformed JSON");
    assertThat(read("{\"title\":\"utan id\"}").problem().reason()).isEqualTo("line 1: a document needs an \"id\"");
    assertThat(read("{\"id\":\"a\",\"kind\":\"dikt\"}").problem().reason()).startsWith("line 1: unknown kind \"dikt\"");
    assertThat(read("{\"id\":\"a\",\"date\":\"18 mars\"}").problem().reason()).contains("is not YYYY-MM-DD");
    assertThat(read("{\"id\":\"a\",\"people\":[{\"name\":\"X\",\"role\":\"kung\"}]}").problem().reason())
        .isEqualTo("line 1: unknown role \"kung\"");
    assertThat(read("{\"id\":\"a\",\"debate\":{\"id\":\"d\",\"position\":0}}").problem().reason()).contains("a debate needs");
    assertThat(read("[1, 2]").problem().reason()).isEqualTo("line 1: expected a JSON object");
    assertThat(read("{\"id\":\"a\",\"paragraphs\":\"en text\"}").problem().reason())
        .isEqualTo("line 1: \"paragraphs\" must be a list");
    assertThat(read("{\"id\":\"a\",\"paragraphs\":[{\"p\":1}]}").problem().reason()).contains("a list of texts");
    assertThat(read("{\"id\":\"a\",\"people\":{\"name\":\"X\"}}").problem().reason())
        .isEqualTo("line 1: \"people\" must be a list");
    assertThat(read("", "  ").problem().reason()).isEqualTo("no text in file"); // as for any text file
  }

  @Test
  void notUtf8IsReported() throws Exception {
    Path file = dir.resolve("latin1.jsonl");
    Files.write(file, "{\"id\":\"a\",\"title\":\"Sm\u00e5land\"}".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(Corpus.read(new SourceFile(file, "latin1.jsonl")).problem().reason()).startsWith("not UTF-8 text");
  }
  /**
   * The file is read line by line, not whole (a JSON-lines export may be hundreds of megabytes): the
   * checks of a text file hold all the same, a byte that is no UTF-8 far into the file among them.
   */
  @Test
  void aFileReadLineByLineIsCheckedAsAWholeOneWas() throws Exception {
    String line = "{\"id\":\"a\",\"title\":\"Småland\",\"paragraphs\":[\"Älgar i skogen.\"]}";
    Corpus.Read withMark = read("\uFEFF" + line);
    assertNull(withMark.problem());
    assertEquals("a", withMark.documents().get(0).id());

    Path late = dir.resolve("late.jsonl");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      many.append(line.replace("\"a\"", "\"d-" + i + "\"")).append('\n');
    }
    byte[] good = many.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"sist\",\"title\":\"Sm\u00e5land\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] bytes = java.util.Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, bytes, good.length, bad.length);
    Files.write(late, bytes);
    assertThat(good.length).as("bytes before the bad one").isGreaterThan(200_000);
    Corpus.Read read = Corpus.read(new SourceFile(late, "late.jsonl"));
    assertThat(read.problem().reason()).startsWith("not UTF-8 text");
    assertThat(read.documents()).isEmpty(); // a file half read would lose documents unsaid

    Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
    assertEquals("empty file", Corpus.read(new SourceFile(empty, "empty.jsonl")).problem().reason());
    Path binary = Files.write(dir.resolve("binary.jsonl"), new byte[] {'{', 0, 1, 2, '}', '\n'});
    assertEquals("binary content, not text", Corpus.read(new SourceFile(binary, "binary.jsonl")).problem().reason());
  }
}
