package se.debattsok.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Reads the Riksdag's open data speeches ("anföranden", data.riksdagen.se): one object per speech
 * with {@code anforande_id}, {@code dok_id}, {@code dok_datum}, {@code dok_rm}, {@code avsnittsrubrik},
 * {@code anforande_nummer}, {@code talare}, {@code parti}, {@code intressent_id}, {@code rel_dok_id}
 * and the text as HTML paragraphs in {@code anforandetext}. A file holds the API's list
 * ({@code {"anforandelista": {"anforande": [...]}}}), one speech ({@code {"anforande": {...}}}), a
 * bare object or an array of them. A debate is one agenda item of one sitting's minutes.
 */
final class RiksdagSpeechReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TRAILING_PARTY = Pattern.compile("\\s*\\([^)]*\\)\\s*$");
  /** Offices before the name in "talare": "Statsrådet", "Utbildningsminister", "Tredje vice talmannen". */
  private static final Pattern TITLE_WORD =
      Pattern.compile("(?iu)\\p{L}*(?:minister|ministern|rådet|talman|talmannen)|förste|andre|tredje|vice|ålderspresidenten");

  @Override
  public List<Document> read(SourceFile file) throws IOException, UnreadableFileException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file.path())) {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new UnreadableFileException("malformed JSON: " + e.getOriginalMessage(), e);
    }
    List<Document> speeches = new ArrayList<>();
    for (JsonNode speech : speeches(root)) {
      speeches.add(speech(speech, file));
    }
    return speeches;
  }

  /** The speech objects of any of the shapes the API and its users write. */
  private static List<JsonNode> speeches(JsonNode root) throws UnreadableFileException {
    JsonNode node = root;
    if (node != null && node.has("anforandelista")) {
      node = node.get("anforandelista");
      if (node == null || node.isNull() || !node.has("anforande")) {
        return List.of(); // a day without speeches: the API may leave the list out altogether
      }
    }
    if (node != null && node.has("anforande")) {
      node = node.get("anforande");
    }
    List<JsonNode> found = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(found::add);
    } else if (node != null && node.isObject() && (node.has("anforande_id") || node.has("anforandetext"))) {
      found.add(node);
    } else if (node == null || !node.isNull()) { // "anforande": null is an empty page of the API
      throw new UnreadableFileException("not Riksdag speeches (no \"anforande\" objects)");
    }
    for (JsonNode speech : found) {
      if (!speech.isObject()) {
        throw new UnreadableFileException("not Riksdag speeches (an entry is no object)");
      }
    }
    return found;
  }

  private static Document speech(JsonNode s, SourceFile file) throws UnreadableFileException {
    String dokId = text(s, "dok_id");
    int number = number(text(s, "anforande_nummer"));
    String id = text(s, "anforande_id");
    if (id == null) {
      if (dokId == null || number < 1) {
        throw new UnreadableFileException("a speech has neither anforande_id nor dok_id and anforande_nummer");
      }
      id = dokId + "-" + number;
    }
    String topic = text(s, "avsnittsrubrik");
    String related = text(s, "rel_dok_id");
    String debateId = (dokId == null ? "riksdagen" : dokId) + "-"
        + (related != null ? related : topic != null ? Integer.toHexString(topic.hashCode()) : id);
    String rm = text(s, "dok_rm");
    String protocol = text(s, "dok_nummer");
    List<Person> people = new ArrayList<>();
    String talare = text(s, "talare");
    if (talare != null) {
      String lower = talare.toLowerCase(Locale.ROOT);
      Role role = lower.startsWith("talmannen") || lower.contains("vice talman") ? Role.CHAIR : Role.SPEAKER;
      people.add(new Person(name(talare), text(s, "parti"), role, text(s, "intressent_id")));
    }
    return new Document(id, Kind.SPEECH, topic, Text.isoDate(text(s, "dok_datum")), "Riksdagen",
        rm != null && protocol != null ? rm + ":" + protocol : null, people, null, paragraphs(text(s, "anforandetext")),
        file.path().toString(), new Debate(debateId, topic, Math.max(1, number)));
  }

  /** "Statsrådet Anna Ekström (S)" → "Anna Ekström". */
  static String name(String talare) {
    String[] words = TRAILING_PARTY.matcher(talare).replaceFirst("").strip().split("\\s+");
    int first = 0;
    while (first < words.length - 1 && TITLE_WORD.matcher(words[first]).matches()) {
      first++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
  }

  /** The HTML paragraphs as text, entities decoded and tags gone; text outside any p is one paragraph. */
  static List<String> paragraphs(String html) {
    List<String> paragraphs = new ArrayList<>();
    if (html == null) {
      return paragraphs;
    }
    var body = Jsoup.parseBodyFragment(html).body();
    List<Element> ps = body.select("p");
    if (ps.isEmpty()) {
      addIfText(paragraphs, body.text());
    }
    for (Element p : ps) {
      addIfText(paragraphs, p.text());
    }
    return paragraphs;
  }

  private static void addIfText(List<String> out, String text) {
    String clean = Text.clean(text);
    if (!clean.isEmpty()) {
      out.add(clean);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static int number(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
