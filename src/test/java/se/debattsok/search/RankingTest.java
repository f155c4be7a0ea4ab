package se.debattsok.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.debattsok.TestIndex;

class RankingTest {
  @TempDir Path dir;

  @Test
  void aFileNamesSomeSettingsAndTheRestKeepTheirDefaults() throws Exception {
    Path file = dir.resolve("r.properties");
    Files.writeString(file, "# a try\nb = 0.75\nexactForm=2\n", StandardCharsets.UTF_8);
    Ranking read = Ranking.read(file);
    assertEquals(0.75f, read.b());
    assertEquals(2f, read.exactForm());
    assertEquals(Ranking.DEFAULT.k1(), read.k1());
    assertEquals(Ranking.DEFAULT.title(), read.title());
  }

  @Test
  void aFileWithAnUnknownNameOrABadNumberIsRefusedSayingWhich() throws Exception {
    Path file = dir.resolve("r.properties");
    Files.writeString(file, "titel=2\n", StandardCharsets.UTF_8);
    assertThat(assertThrows(IllegalArgumentException.class, () -> Ranking.read(file)).getMessage())
        .contains("unknown setting 'titel'", "title");
    Files.writeString(file, "k1=hög\n", StandardCharsets.UTF_8);
    assertThat(assertThrows(IllegalArgumentException.class, () -> Ranking.read(file)).getMessage())
        .contains("'k1' must be a number, not 'hög'");
    for (String bad : List.of("k1=-1", "person=NaN", "b=2", "text=Infinity")) {
      Files.writeString(file, bad + "\n", StandardCharsets.UTF_8);
      assertThrows(IllegalArgumentException.class, () -> Ranking.read(file), bad);
    }
  }

  @Test
  void theSettingsGivenAreTheOnesSearchedWith() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    TestIndex.write(corpus, "a.txt", "Vindkraften i norr", "Texten handlar om annat än titeln.");
    TestIndex.write(corpus, "b.txt", "Ett annat ärende", "Vindkraften byggs ut och vindkraften växer.");
    float defaultTitle;
    float doubleTitle;
    try (SearchService service = TestIndex.open(corpus, dir)) {
      defaultTitle = scoreOf(service, "a.txt");
    }
    Ranking titles = new Ranking(1.2f, 0.4f, 2.0f, 1.0f, 0.3f, 1.5f, 0.5f, 0.1f, 1.0f, Ranking.DEFAULT.phrase(), Ranking.DEFAULT.near());
    try (SearchService service = SearchService.open(dir.resolve("index"), SearchService.DEFAULT_TIME_LIMIT, titles)) {
      doubleTitle = scoreOf(service, "a.txt");
    }
    assertThat(doubleTitle).isGreaterThan(defaultTitle * 1.5f);
  }

  private static float scoreOf(SearchService service, String id) throws Exception {
    return service.search(SearchRequest.of("vindkraften")).hits().stream()
        .filter(hit -> hit.id().equals(id)).findFirst().orElseThrow().score();
  }
}
