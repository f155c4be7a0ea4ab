package se.debattsok.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * How many documents each word form occurs in: the statistics the compound splitter weighs its
 * splits with. Counted over a corpus by {@code debattsok words} and shipped, as
 * {@code word-counts.tsv.gz} (one {@code word<TAB>documents} per line), beside this class.
 */
public final class WordCounts {
  /** Where the shipped counts are, on the class path. */
  static final String RESOURCE = "word-counts.tsv.gz";

  private final Map<String, Integer> documents = new HashMap<>();
  private final Analyzer exact = new Chain(); // exact word forms, as SwedishAnalysis.exact()

  /** Counts the distinct word forms of one document (all its text at once). */
  public void addDocument(Iterable<String> texts) {
    Set<String> seen = new HashSet<>();
    for (String text : texts) {
      try (TokenStream stream = exact.tokenStream("text", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          if (isWord(term)) {
            seen.add(term.toString());
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
    }
    seen.forEach(w -> documents.merge(w, 1, Integer::sum));
  }

  /** Letters only, two or more: numbers, codes and "1990-talet" are no parts of compounds. */
  private static boolean isWord(CharTermAttribute term) {
    return term.length() >= 2 && lettersOnly(term.buffer(), term.length());
  }

  /** Whether the first {@code length} characters are all letters (the splitter asks this too). */
  static boolean lettersOnly(char[] buffer, int length) {
    for (int i = 0; i < length; i++) {
      if (!Character.isLetter(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  /** Writes the words found in at least {@code minDocuments} documents, sorted; returns how many. */
  public int write(PrintWriter out, int minDocuments) {
    var words = documents.entrySet().stream()
        .filter(e -> e.getValue() >= minDocuments)
        .sorted(Map.Entry.comparingByKey())
        .toList();
    words.forEach(e -> out.print(e.getKey() + "\t" + e.getValue() + "\n"));
    out.flush();
    return words.size();
  }

  /**
   * Document counts by word form and by stem (the sum over the stem's forms); read-only. The counts
   * by stem are summed on first use (about 0.1 s): only the compound splitter asks them, while every
   * search's stemmer asks the word forms.
   */
  static final class Table {
    private final CharArrayMap<Integer> words;
    private volatile CharArrayMap<Integer> stems;

    Table(CharArrayMap<Integer> words) {
      this.words = CharArrayMap.unmodifiableMap(words);
    }

    int word(char[] text, int offset, int length) {
      Integer n = words.get(text, offset, length);
      return n == null ? 0 : n;
    }

    int stem(char[] text, int length) {
      Integer n = stems().get(text, 0, length);
      return n == null ? 0 : n;
    }

    private CharArrayMap<Integer> stems() {
      CharArrayMap<Integer> byStem = stems;
      if (byStem == null) {
        synchronized (this) { // the table is shared by every thread that analyses
          if (stems == null) {
            stems = sumByStem();
          }
          byStem = stems;
        }
      }
      return byStem;
    }

    private CharArrayMap<Integer> sumByStem() {
      CharArrayMap<Integer> byStem = new CharArrayMap<>(words.size(), false);
      SwedishStemmer stemmer = new SwedishStems(this); // asks only the word forms
      words.forEach((word, n) -> {
        stemmer.setCurrent(new String((char[]) word));
        stemmer.stem();
        String stem = stemmer.getCurrent();
        Integer sum = byStem.get(stem);
        byStem.put(stem, sum == null ? n : sum + n);
      });
      return CharArrayMap.unmodifiableMap(byStem);
    }
  }

  /** The shipped counts, loaded when the first text or query is analysed; never changed. */
  static Table shipped() {
    return Shipped.TABLE;
  }

  private static final class Shipped {
    static final Table TABLE = load();
  }

  /** The shipped counts, read once per call: callers keep the table. */
  static Table load() {
    try (InputStream in = WordCounts.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The word counts " + RESOURCE + " are missing from the class path.");
      }
      return new Table(read(new GZIPInputStream(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the word counts " + RESOURCE, e);
    }
  }

  /**
   * Lines of word, tab, count. Scanned in one array, each word's characters put as they are: the
   * first query of a fresh process waits for this table, so no String is made per line.
   */
  static CharArrayMap<Integer> read(InputStream in) throws IOException {
    char[] text = new String(in.readAllBytes(), StandardCharsets.UTF_8).toCharArray();
    CharArrayMap<Integer> counts = new CharArrayMap<>(200_000, false);
    int lineStart = 0;
    while (lineStart < text.length) {
      int lineEnd = lineStart;
      int tab = -1;
      while (lineEnd < text.length && text[lineEnd] != '\n') {
        if (tab < 0 && text[lineEnd] == '\t') {
          tab = lineEnd;
        }
        lineEnd++;
      }
      if (tab > lineStart) {
        counts.put(Arrays.copyOfRange(text, lineStart, tab), Integer.valueOf(count(text, tab + 1, lineEnd)));
      }
      lineStart = lineEnd + 1;
    }
    return counts;
  }

  /** The decimal number from {@code start} to {@code end}, a carriage return at its end allowed. */
  private static int count(char[] text, int start, int end) {
    if (end > start && text[end - 1] == '\r') {
      end--;
    }
    return Integer.parseInt(CharBuffer.wrap(text), start, end, 10);
  }
}
