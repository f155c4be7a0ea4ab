package se.debattsok.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.debattsok.model.Kind;
import se.debattsok.search.Filters;

/**
 * Saved searches and what they have announced, in a folder of their own beside the index (so they
 * survive re-indexing and a deleted index): {@code searches.json}, replaced whole and atomically;
 * {@code documents.txt}, the id of every document known when the first search was saved or written
 * by an index run since (a rebuilt index rewrites them all; only ids not in it are new then);
 * {@code announced.jsonl}, one line per document announced per search; {@code mailed.jsonl}, what
 * has been mailed; {@code queue.jsonl}, the ids an index run wrote and
 * the saved searches have not yet been matched against (so a run cut off before matching loses
 * nothing: the next one matches them). Lines are appended whole and forced to disk; a line
 * cut short by a crash is passed over. Writers, in any process, take the folder's lock.
 */
public final class WatchStore {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEARCHES = "searches.json";
  private static final String ANNOUNCED = "announced.jsonl";
  private static final String MAILED = "mailed.jsonl";
  private static final String QUEUE = "queue.jsonl";
  private static final String DOCUMENTS = "documents.txt";
  /** More saved searches than a newsroom keeps; each costs a search per index run. */
  public static final int MAX_SEARCHES = 5_000;

  private final Path dir;
  private final FolderFiles files;

  public WatchStore(Path dir) {
    this.dir = dir.toAbsolutePath().normalize();
    this.files = new FolderFiles(this.dir);
  }

  public Path dir() {
    return dir;
  }

  /** A saved search cannot be kept as asked: the reason, in Swedish, to show as it is. */
  public static final class Refused extends Exception {
    public Refused(String message) {
      super(message);
    }
  }

  public List<SavedSearch> searches() throws IOException {
    Path file = dir.resolve(SEARCHES);
    if (!Files.exists(file)) {
      return List.of();
    }
    List<SavedSearch> all = new ArrayList<>();
    for (JsonNode node : JSON.readTree(Files.readString(file, StandardCharsets.UTF_8))) {
      all.add(search(node));
    }
    return all;
  }

  public Optional<SavedSearch> search(String name) throws IOException {
    return searches().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /**
   * Saves a search. What index runs write from now on is matched against it.
   *
   * @throws Refused when the name is taken or not a name, the address is none, or there are too many
   */
  public void add(SavedSearch search) throws IOException, Refused {
    String problem = SavedSearch.nameProblem(search.name());
    problem = problem != null ? problem : SavedSearch.emailProblem(search.email());
    if (problem != null) {
      throw new Refused(problem);
    }
    try (FolderFiles.Lock lock = files.lock()) {
      List<SavedSearch> all = new ArrayList<>(searches());
      if (all.stream().anyMatch(s -> s.name().equals(search.name()))) {
        throw new Refused("Det finns redan en bevakning som heter '" + search.name() + "'.");
      }
      if (all.size() >= MAX_SEARCHES) {
        throw new Refused("Det finns redan " + MAX_SEARCHES + " bevakningar: ta bort någon först.");
      }
      all.add(search);
      writeSearches(all);
    }
  }

  /** Removes a saved search and what it announced; false when there is none of that name. */
  public boolean remove(String name) throws IOException {
    try (FolderFiles.Lock lock = files.lock()) {
      List<SavedSearch> all = new ArrayList<>(searches());
      if (!all.removeIf(s -> s.name().equals(name))) {
        return false;
      }
      writeSearches(all);
      for (String file : List.of(ANNOUNCED, MAILED)) {
        List<String> kept = files.lines(file).stream().filter(line -> !name.equals(field(line, "search"))).toList();
        files.replace(file, kept.isEmpty() ? "" : String.join("\n", kept) + "\n");
      }
      return true;
    }
  }

  /** Per saved search, the ids it has announced: never to be announced again. Read once for a whole run. */
  public java.util.Map<String, Set<String>> announcedIds() throws IOException {
    java.util.Map<String, Set<String>> ids = new java.util.HashMap<>();
    for (String line : files.lines(ANNOUNCED)) {
      JsonNode node = parse(line);
      if (node != null && node.hasNonNull("search") && node.hasNonNull("id")) {
        ids.computeIfAbsent(node.get("search").asText(), n -> new HashSet<>()).add(node.get("id").asText());
      }
    }
    return ids;
  }

  /** Whether the ids of the documents known so far are kept yet (from when the first search was saved). */
  public boolean knowsDocuments() {
    return Files.exists(dir.resolve(DOCUMENTS));
  }

  /** The ids of every document known so far. */
  public Set<String> documents() throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : files.lines(DOCUMENTS)) {
      if (!line.isBlank()) {
        ids.add(line);
      }
    }
    return ids;
  }

  /** Adds ids to the documents known (the file is made even for none: the index's documents are then all known). */
  public void knowDocuments(Collection<String> ids) throws IOException {
    try (FolderFiles.Lock lock = files.lock()) {
      Files.createDirectories(dir);
      if (!Files.exists(dir.resolve(DOCUMENTS))) {
        Files.createFile(dir.resolve(DOCUMENTS));
      }
      files.append(DOCUMENTS, ids.stream().filter(id -> !id.contains("\n")).toList());
    }
  }

  /** Keeps the ids of documents an index run wrote until the saved searches have been matched against them. */
  public void enqueue(Collection<String> ids) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String id : ids) {
      lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", id)));
    }
    try (FolderFiles.Lock lock = files.lock()) {
      files.append(QUEUE, lines);
    }
  }

  /** The ids waiting to be matched, each once. */
  public Set<String> queued() throws IOException {
    Set<String> ids = new java.util.LinkedHashSet<>();
    for (String line : files.lines(QUEUE)) {
      String id = field(line, "id");
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** Forgets the queued ids, once every saved search has been matched against them. */
  public void clearQueue() throws IOException {
    try (FolderFiles.Lock lock = files.lock()) {
      Files.deleteIfExists(dir.resolve(QUEUE));
    }
  }

  public void announce(List<Announcement> found) throws IOException {
    if (found.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Announcement a : found) {
      ObjectNode node = JSON.createObjectNode().put("search", a.search()).put("id", a.id()).put("title", a.title())
          .put("kind", a.kind()).put("date", a.date()).put("reference", a.reference()).put("people", a.people())
          .put("link", a.link()).put("matched", a.matched().toString());
      lines.add(JSON.writeValueAsString(node));
    }
    try (FolderFiles.Lock lock = files.lock()) {
      files.append(ANNOUNCED, lines);
    }
  }

  /** What a search has announced, newest first (by when, then by the document's date), at most {@code limit}. */
  public List<Announcement> announced(String name, int limit) throws IOException {
    List<Announcement> all = new ArrayList<>();
    for (String line : files.lines(ANNOUNCED)) {
      JsonNode node = parse(line);
      if (node != null && name.equals(node.path("search").asText())) {
        all.add(new Announcement(name, text(node, "id"), text(node, "title"), text(node, "kind"), text(node, "date"),
            text(node, "reference"), text(node, "people"), text(node, "link"), Instant.parse(node.path("matched").asText())));
      }
    }
    all.sort(Comparator.comparing(Announcement::matched).thenComparing(a -> a.date() == null ? "" : a.date()).reversed());
    return all.size() > limit ? all.subList(0, limit) : all;
  }

  /** What a search has announced and not yet mailed, oldest first. */
  public List<Announcement> unmailed(String name) throws IOException {
    Set<String> mailed = new HashSet<>();
    for (String line : files.lines(MAILED)) {
      if (name.equals(field(line, "search"))) {
        mailed.add(field(line, "id"));
      }
    }
    List<Announcement> pending = new ArrayList<>(announced(name, Integer.MAX_VALUE).stream()
        .filter(a -> !mailed.contains(a.id())).toList());
    java.util.Collections.reverse(pending);
    return pending;
  }

  public void mailed(String name, Collection<String> ids) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String id : ids) {
      lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("search", name).put("id", id)));
    }
    try (FolderFiles.Lock lock = files.lock()) {
      files.append(MAILED, lines);
    }
  }

  private static SavedSearch search(JsonNode node) {
    JsonNode f = node.path("filters");
    List<Kind> kinds = new ArrayList<>();
    f.path("kinds").forEach(k -> Kind.parse(k.asText()).ifPresent(kinds::add));
    Filters filters = new Filters(strings(f.path("parties")), strings(f.path("raisedBy")), strings(f.path("answeredBy")),
        text(f, "speaker"), kinds, strings(f.path("assemblies")), date(f, "from"), date(f, "to"));
    return new SavedSearch(node.path("name").asText(), node.path("query").asText(), filters, text(node, "email"),
        Instant.parse(node.path("created").asText(Instant.EPOCH.toString())));
  }

  private void writeSearches(List<SavedSearch> all) throws IOException {
    ArrayNode array = JSON.createArrayNode();
    for (SavedSearch s : all) {
      ObjectNode node = array.addObject().put("name", s.name()).put("query", s.query()).put("email", s.email())
          .put("created", s.created().toString());
      Filters f = s.filters();
      ObjectNode filters = node.putObject("filters");
      filters.set("parties", JSON.valueToTree(f.parties()));
      filters.set("raisedBy", JSON.valueToTree(f.raisedBy()));
      filters.set("answeredBy", JSON.valueToTree(f.answeredBy()));
      filters.put("speaker", f.speaker());
      filters.set("kinds", JSON.valueToTree(f.kinds().stream().map(Kind::code).toList()));
      filters.set("assemblies", JSON.valueToTree(f.assemblies()));
      filters.put("from", f.from() == null ? null : f.from().toString());
      filters.put("to", f.to() == null ? null : f.to().toString());
    }
    files.replace(SEARCHES, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(array) + "\n");
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static LocalDate date(JsonNode node, String field) {
    String text = text(node, field);
    return text == null ? null : LocalDate.parse(text);
  }

  /** A line's field, or null for a line that is no JSON object (cut short by a crash). */
  private static String field(String line, String name) {
    JsonNode node = parse(line);
    return node == null || !node.has(name) ? null : node.get(name).asText();
  }

  private static JsonNode parse(String line) {
    try {
      JsonNode node = line.isBlank() ? null : JSON.readTree(line);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

}
