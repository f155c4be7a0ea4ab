package se.debattsok.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
  static final String FORMAT = "Riksdag open-data speeches (JSON)";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Reading read(SourceFile file) throws IOException, UnreadableFileException {
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
    return new Reading(FORMAT, speeches);
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
    String personId = text(s, "intressent_id");
    if (talare != null) {
      SpeakerLabel label = SpeakerLabel.parse(talare);
      String name = label.name() != null ? label.name() : label.office();
      if (name != null) {
        String party = text(s, "parti") != null ? text(s, "parti") : label.party();
        people.add(new Person(name, party, label.chair() ? Role.CHAIR : Role.SPEAKER, personId));
      }
    }
    return new Document(id, Kind.SPEECH, topic, Text.isoDate(text(s, "dok_datum")), "Riksdagen",
        rm != null && protocol != null ? rm + ":" + protocol : null, people, null, paragraphs(text(s, "anforandetext")),
        file.path().toString(), new Debate(debateId, topic, Math.max(1, number))).withLink(link(s, dokId));
  }

  /** The speech's own page where the record names it, else the Riksdag's page of the protocol it is in. */
  private static String link(JsonNode s, String dokId) {
    String own = text(s, "anforande_url_html");
    if (own != null) {
      return own.replaceFirst("^http://", "https://");
    }
    return dokId == null || !dokId.matches("[A-Za-z0-9]+") ? null : "https://data.riksdagen.se/dokument/" + dokId + ".html";
  }

  /** "Statsrådet Anna Ekström (S)" → "Anna Ekström"; an office of any length stays out of the name. */
  static String name(String talare) {
    SpeakerLabel label = SpeakerLabel.parse(talare);
    return label.name() != null ? label.name() : label.office();
  }

  /**
   * The HTML paragraphs as text, entities decoded and tags gone. Text without paragraph tags (the
   * 1990s speeches) is split at its blank lines, its line-end hyphens joined. What Word left of its
   * fields is dropped ({@link WordFields}).
   */
  static List<String> paragraphs(String html) {
    List<String> paragraphs = new ArrayList<>();
    if (html == null) {
      return paragraphs;
    }
    var body = Jsoup.parseBodyFragment(html).body();
    List<Element> ps = body.select("p");
    if (ps.isEmpty()) {
      String plain = body.wholeText().replace("\r\n", "\n").replace('\r', '\n');
      for (String block : plain.split("\\n\\s*\\n")) {
        addIfText(paragraphs, Text.joinLineBreaks(block.replaceAll("-\\n(?=\\p{Ll})", "- ").replace('\n', ' ')));
      }
    }
    for (Element p : ps) {
      addIfText(paragraphs, p.text());
    }
    return paragraphs;
  }

  private static void addIfText(List<String> out, String text) {
    String clean = WordFields.strip(Text.clean(text));
    if (clean != null && !clean.isEmpty()) {
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
