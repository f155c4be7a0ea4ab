package se.debattsok.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.CharArrayMap;
import org.junit.jupiter.api.Test;

/** The shipped word counts are read as their lines say. */
class WordCountsTest {
  private static CharArrayMap<Integer> read(String lines) throws IOException {
    return WordCounts.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void wordsAndCountsLineByLine() throws IOException {
    CharArrayMap<Integer> counts = read("skola\t120\näldreomsorg\t7\r\n\nutan tab\nö\t3");
    assertEquals(3, counts.size());
    assertEquals(120, counts.get("skola"));
    assertEquals(7, counts.get("äldreomsorg"));
    assertEquals(3, counts.get("ö"));
  }

  @Test
  void aCountThatIsNoNumberIsAnError() {
    assertThrows(NumberFormatException.class, () -> read("skola\tmånga\n"));
    assertThrows(NumberFormatException.class, () -> read("skola\t\n"));
  }

  /** Every line of the shipped file, read the plain way, is in the table with its count. */
  @Test
  void theShippedTableHoldsEveryLine() throws IOException {
    Map<String, Integer> expected = new HashMap<>();
    try (InputStream in = new GZIPInputStream(WordCounts.class.getResourceAsStream(WordCounts.RESOURCE));
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int tab = line.indexOf('\t');
        expected.put(line.substring(0, tab), Integer.valueOf(line.substring(tab + 1)));
      }
    }
    CharArrayMap<Integer> counts;
    try (InputStream in = new GZIPInputStream(WordCounts.class.getResourceAsStream(WordCounts.RESOURCE))) {
      counts = WordCounts.read(in);
    }
    assertEquals(expected.size(), counts.size());
    expected.forEach((word, n) -> assertEquals(n, counts.get(word), word));
  }
}
