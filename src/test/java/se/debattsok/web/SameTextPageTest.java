package se.debattsok.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestData;

/** A document filed twice shows its text once on a page of hits: the copy names the hit above. */
class SameTextPageTest {
  @TempDir static Path dir;
  static WebFixture web;

  @BeforeAll
  static void start() throws Exception {
    Path copies = Files.createDirectories(dir.resolve("copies"));
    Files.copy(TestData.STOCKHOLM, copies.resolve("svar-igen.txt"));
    web = new WebFixture(dir, List.of(copies));
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  @Test
  void theCopyNamesTheHitAboveInsteadOfRepeatingItsSnippets() throws Exception {
    String page = web.get("/?q=Fokus+J%C3%A4rva").body();
    assertThat(page).contains("2 träffar")
        .containsOnlyOnce("<mark>Fokus</mark> <mark>Järva</mark>")
        .contains("<p class=\"same-text\">Samma text, nästan ord för ord, som <a href=\"/doc/")
        .contains(">KS 2024/142</a> ovan.</p>");
    assertThat(web.get("/api/search?q=Fokus+J%C3%A4rva").body()).containsOnlyOnce("\"sameTextAs\":");
    // A page of one hit has no copy on it.
    assertThat(web.get("/?q=Fokus+J%C3%A4rva&size=1&page=2").body()).doesNotContain("same-text");
  }

  @Test
  void aDocumentsPageListsItsCopies() throws Exception {
    // Found among the documents of the same asker, Per Rosencrantz.
    assertThat(web.get("/doc/stockholm.txt?q=Fokus").body())
        .contains("<dt>Samma text</dt><dd class=\"copies\"><a href=\"/doc/copies/svar-igen.txt?q=Fokus\">KS 2024/142</a> (2024-03-20)</dd>");
    assertThat(web.get("/doc/copies/svar-igen.txt").body()).contains("<a href=\"/doc/stockholm.txt\">KS 2024/142</a>");
    assertThat(web.get("/api/documents/stockholm.txt").body()).contains("\"copies\":[{\"id\":\"copies/svar-igen.txt\"");
    assertThat(web.get("/doc/goteborg.txt").body()).doesNotContain("Samma text");
    assertThat(web.get("/api/documents/goteborg.txt").body()).contains("\"copies\":[]");
  }
}
