package se.debattsok.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.apache.lucene.search.similarities.BM25Similarity;
import se.debattsok.index.Fields;

/**
 * Every number that decides how hits are ranked, in one place. {@link #DEFAULT} is what the engine
 * uses; {@code eval --ranking FILE} tries others without a change of code. What each default was
 * chosen from is in docs/swedish.md; in short:
 *
 * @param k1 BM25's term-frequency saturation
 * @param b BM25's length normalisation: less than Lucene's 0.75, since long interpellations are not
 *     long because they repeat themselves (0.3–0.5 was a plateau on the dev set's known2)
 * @param title a plain word matched in the title; as much as the text: its words are nearly always
 *     in the text too, and as a short field BM25 already rewards a match there
 * @param text a plain word matched in the text
 * @param folded a word matched only in the folded copies of the text and title (typed without å,
 *     ä, ö): little, so that where the word is spelled right, the right spelling ranks first
 * @param person a word matched in the names of the asker, answerer, signer or speaker
 * @param participant a word matched in the names of members who only took part in the debate
 * @param compoundHead a word matched only as the head of a compound ("segregation" inside
 *     "skolsegregationen"), against the word itself: little, so documents about the thing itself
 *     rank first and the compounds follow
 * @param exactForm how much more a word counts where a document has it in the very form typed
 * @param phrase what a document gains where the words of a plain query stand as typed, side by
 *     side and in order, in its text or title: more than any document scores otherwise, so that
 *     those documents come first, in the order of their other scores
 * @param near what a document gains where the words stand within a few words of each other: about
 *     what one more matching word is worth
 */
public record Ranking(float k1, float b, float title, float text, float folded, float person, float participant,
    float compoundHead, float exactForm, float phrase, float near) {

  public static final Ranking DEFAULT = new Ranking(1.2f, 0.4f, 1.0f, 1.0f, 0.3f, 1.5f, 0.5f, 0.1f, 1.0f, 1000f, 1.0f);

  public Ranking {
    float[] all = {k1, b, title, text, folded, person, participant, compoundHead, exactForm, phrase, near};
    for (float value : all) {
      if (!Float.isFinite(value) || value < 0) {
        throw new IllegalArgumentException("every ranking weight must be a number of 0 or more, not " + value);
      }
    }
    if (b > 1) {
      throw new IllegalArgumentException("b must be between 0 and 1, not " + b);
    }
  }

  BM25Similarity similarity() {
    return new BM25Similarity(k1, b);
  }

  /** Where plain words are looked for, and how much a match there counts. */
  Map<String, Float> fieldWeights() {
    return Map.of(Fields.TITLE, title, Fields.TEXT, text, Fields.TEXT_FOLDED, folded, Fields.TITLE_FOLDED, folded,
        Fields.PERSON, person, Fields.PARTICIPANT, participant);
  }

  /** The settings by the names a ranking file uses, in order. */
  public Map<String, Float> asMap() {
    Map<String, Float> named = new LinkedHashMap<>();
    named.put("k1", k1);
    named.put("b", b);
    named.put("title", title);
    named.put("text", text);
    named.put("folded", folded);
    named.put("person", person);
    named.put("participant", participant);
    named.put("compoundHead", compoundHead);
    named.put("exactForm", exactForm);
    named.put("phrase", phrase);
    named.put("near", near);
    return named;
  }

  /**
   * A ranking file: Java properties ({@code b=0.5}), UTF-8, naming any of the settings above; those
   * it leaves out keep their default.
   *
   * @throws IllegalArgumentException naming what is wrong: an unknown name or a value that is no number
   */
  public static Ranking read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    Map<String, Float> named = DEFAULT.asMap();
    for (String name : new TreeSet<>(properties.stringPropertyNames())) {
      if (!named.containsKey(name)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: unknown setting '%s' (known: %s)", file, name,
            String.join(", ", named.keySet())));
      }
      String value = properties.getProperty(name).strip();
      try {
        named.put(name, Float.parseFloat(value));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(file + ": '" + name + "' must be a number, not '" + value + "'");
      }
    }
    try {
      return new Ranking(named.get("k1"), named.get("b"), named.get("title"), named.get("text"), named.get("folded"),
          named.get("person"), named.get("participant"), named.get("compoundHead"), named.get("exactForm"),
          named.get("phrase"), named.get("near"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage());
    }
  }
}
