package se.debattsok.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Reads documents written one JSON object per line ({@code .jsonl}), in the form {@code debattsok
 * export} writes: {@code id} (required), {@code kind}, {@code title}, {@code heading}, {@code date} (ISO),
 * {@code assembly}, {@code reference}, {@code people} ({@code name}, {@code party}, {@code role},
 * {@code id}), {@code addressee}, {@code paragraphs} and, for a speech, {@code debate} ({@code id},
 * {@code title}, {@code position}), and {@code link}, the address of the original. So any corpus can be brought in by a script, and an export
 * indexed again. A line that does not fit rejects the file, naming the line: a half-read file
 * would silently lose documents.
 */
final class JsonLinesReader implements DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Reading read(SourceFile file) throws IOException, UnreadableFileException {
    List<Document> documents = new ArrayList<>();
    Text.readUtf8Lines(file.path(), (line, number) -> {
      if (line.isBlank()) {
        return;
      }
      try {
        documents.add(document(JSON.readTree(line), file));
      } catch (JsonProcessingException e) {
        throw new UnreadableFileException("line " + number + ": malformed JSON: " + e.getOriginalMessage(), e);
      } catch (UnreadableFileException e) {
        throw new UnreadableFileException("line " + number + ": " + e.getMessage());
      }
    });
    return new Reading("JSON lines (debattsok export)", documents);
  }

  private static Document document(JsonNode node, SourceFile file) throws UnreadableFileException {
    if (!node.isObject()) {
      throw new UnreadableFileException("expected a JSON object");
    }
    String id = text(node, "id");
    if (id == null) {
      throw new UnreadableFileException("a document needs an \"id\"");
    }
    String kindText = text(node, "kind");
    Kind kind = kindText == null
        ? Kind.OTHER
        : Kind.parse(kindText).orElseThrow(() -> new UnreadableFileException(
            "unknown kind \"" + kindText + "\" (kinds: " + Kind.codes() + ")"));
    String dateText = text(node, "date");
    LocalDate date = Text.isoDate(dateText);
    if (dateText != null && date == null) {
      throw new UnreadableFileException("the date \"" + dateText + "\" is not YYYY-MM-DD");
    }
    List<Person> people = new ArrayList<>();
    for (JsonNode person : list(node, "people")) {
      people.add(person(person));
    }
    List<String> paragraphs = new ArrayList<>();
    for (JsonNode paragraph : list(node, "paragraphs")) {
      if (!paragraph.isValueNode()) {
        throw new UnreadableFileException("\"paragraphs\" must be a list of texts");
      }
      String text = Text.clean(paragraph.asText());
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    return new Document(id, kind, text(node, "title"), date, text(node, "assembly"), text(node, "reference"), people,
        text(node, "addressee"), paragraphs, file.relativePath(), debate(node.get("debate")), text(node, "heading"))
        .withLink(text(node, "link"));
  }

  private static Person person(JsonNode node) throws UnreadableFileException {
    String name = text(node, "name");
    if (name == null) {
      throw new UnreadableFileException("a person needs a \"name\"");
    }
    String roleText = text(node, "role");
    Role role;
    try {
      role = roleText == null ? Role.SPEAKER : Role.valueOf(roleText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UnreadableFileException("unknown role \"" + roleText + "\"");
    }
    return new Person(name, text(node, "party"), role, text(node, "id"));
  }

  private static Debate debate(JsonNode node) throws UnreadableFileException {
    if (node == null || node.isNull()) {
      return null;
    }
    String id = text(node, "id");
    if (id == null || !node.path("position").canConvertToInt() || node.get("position").asInt() < 1) {
      throw new UnreadableFileException("a debate needs an \"id\" and a \"position\" (1 for its first speech)");
    }
    return new Debate(id, text(node, "title"), node.get("position").asInt());
  }

  /** A field that must be a list when present ("paragraphs": "…" would otherwise be read as none). */
  private static JsonNode list(JsonNode node, String field) throws UnreadableFileException {
    JsonNode value = node.path(field);
    if (!value.isMissingNode() && !value.isNull() && !value.isArray()) {
      throw new UnreadableFileException("\"" + field + "\" must be a list");
    }
    return value;
  }

  /** A field's text, cleaned; null when absent, null or empty. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return null;
    }
    String text = Text.clean(value.asText());
    return text.isEmpty() ? null : text;
  }
}
