package se.debattsok.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;

/**
 * What Debattsök reads from one file, summed up for a person checking new data before indexing it:
 * the format, the documents by kind, the dates, the debates, the people with their parties and roles,
 * titles and references, and the warnings ({@link Warning}).
 *
 * @param path the file
 * @param format the format recognised, or null when the file could not be read
 * @param problem why the file could not be read, or null
 * @param passedOver why the file is not read at all (another holds its documents), or null
 */
public record Inspection(
    String path,
    String format,
    String problem,
    String passedOver,
    Map<String, Integer> kinds,
    LocalDate firstDate,
    LocalDate lastDate,
    List<Debate> debates,
    List<Speaker> people,
    List<String> titles,
    List<String> references,
    List<String> warnings) {

  /** A debate and how many speeches of the file are in it. */
  public record Debate(String title, int speeches) {}

  /** A person as the file names them, with party and role, and in how many documents. */
  public record Speaker(String name, String party, String role, int documents) {}

  /** Inspects a file found by a scan. */
  public static Inspection of(SourceFile file) {
    Corpus.Read read = Corpus.read(file);
    String path = file.path().toString();
    if (read.problem() != null) {
      return new Inspection(path, null, read.problem().reason(), null, Map.of(), null, null, List.of(), List.of(),
          List.of(), List.of(), List.of());
    }
    List<Document> docs = read.documents();
    Map<String, Integer> kinds = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      int n = (int) docs.stream().filter(d -> d.kind() == kind).count();
      if (n > 0) {
        kinds.put(kind.code(), n);
      }
    }
    LocalDate first = docs.stream().map(Document::date).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    LocalDate last = docs.stream().map(Document::date).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    Map<String, int[]> debates = new LinkedHashMap<>();
    Map<String, String> debateTitles = new LinkedHashMap<>();
    Map<String, int[]> people = new LinkedHashMap<>();
    Map<String, Person> persons = new LinkedHashMap<>();
    Set<String> titles = new LinkedHashSet<>();
    Set<String> references = new LinkedHashSet<>();
    for (Document doc : docs) {
      if (doc.debate() != null) {
        debates.computeIfAbsent(doc.debate().id(), k -> new int[1])[0]++;
        debateTitles.putIfAbsent(doc.debate().id(), doc.debate().title());
      }
      for (Person p : doc.people()) {
        String key = p.name() + "|" + p.party() + "|" + p.role();
        persons.putIfAbsent(key, p);
        people.computeIfAbsent(key, k -> new int[1])[0]++;
      }
      if (doc.title() != null) {
        titles.add(doc.title());
      }
      references.addAll(doc.references());
    }
    List<Debate> debateList = new ArrayList<>();
    debates.forEach((id, n) -> debateList.add(new Debate(debateTitles.get(id), n[0])));
    List<Speaker> speakers = new ArrayList<>();
    people.forEach((key, n) -> {
      Person p = persons.get(key);
      speakers.add(new Speaker(p.name(), p.party(), p.role().code(), n[0]));
    });
    List<String> warnings = read.warnings().stream().filter(Warning::any).map(Warning::message).toList();
    return new Inspection(path, read.format(), null, null, kinds, first, last, debateList, speakers, List.copyOf(titles),
        List.copyOf(references), warnings);
  }

  /** A file a scan passed over, with the reason. */
  public static Inspection passedOver(FileProblem same) {
    return new Inspection(same.path(), null, null, same.reason(), Map.of(), null, null, List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  /** A file or folder that could not be looked at. */
  public static Inspection unreadable(FileProblem problem) {
    return new Inspection(problem.path(), null, problem.reason(), null, Map.of(), null, null, List.of(), List.of(),
        List.of(), List.of(), List.of());
  }

  public int documents() {
    return kinds.values().stream().mapToInt(Integer::intValue).sum();
  }
}
