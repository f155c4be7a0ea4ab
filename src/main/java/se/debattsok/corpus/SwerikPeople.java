package se.debattsok.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Swerik project's person metadata ({@code swerik-project/riksdagen-persons}, folder {@code
 * data/}): {@code name.csv} (a person's names, one marked primary), {@code party_affiliation.csv}
 * (parties over time, by name) and {@code party_abbreviation.csv} (names and the abbreviations the
 * records print). The records name speakers by these ids ({@code who="i-9VQB2AJUahVE6YUpda5FKN"}).
 * Older releases call the id column {@code swerik_id} or {@code wiki_id}; both are read.
 */
final class SwerikPeople {
  static final SwerikPeople NONE = new SwerikPeople(Map.of(), Map.of(), Map.of());
  private static final List<String> ID_COLUMNS = List.of("person_id", "swerik_id", "wiki_id", "id");

  record Membership(String party, Period period) {}

  private final Map<String, String> names;
  private final Map<String, List<Membership>> parties;
  private final Map<String, String> abbreviations;

  private SwerikPeople(Map<String, String> names, Map<String, List<Membership>> parties, Map<String, String> abbreviations) {
    this.names = names;
    this.parties = parties;
    this.abbreviations = abbreviations;
  }

  String name(String id) {
    return names.get(id);
  }

  /** The party on the day by its abbreviation ("S"), or null when no affiliation covers the day. */
  String partyOn(String id, LocalDate date) {
    for (Membership m : parties.getOrDefault(id, List.of())) {
      if (m.period().covers(date)) {
        return abbreviations.getOrDefault(m.party(), m.party());
      }
    }
    return null;
  }

  /** The folder holding {@code name.csv}: the folder itself, a child, or a child's {@code data/}. */
  static Path metadataFolder(Path dir) throws IOException {
    if (Files.isRegularFile(dir.resolve("name.csv"))) {
      return dir;
    }
    try (Stream<Path> children = Files.list(dir)) {
      for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
        for (Path candidate : List.of(child, child.resolve("data"))) {
          if (Files.isRegularFile(candidate.resolve("name.csv"))) {
            return candidate;
          }
        }
      }
    }
    return null;
  }

  static SwerikPeople read(Path folder) throws IOException, UnreadableFileException {
    Map<String, String> names = new HashMap<>();
    for (CSVRecord row : rows(folder.resolve("name.csv"))) {
      String id = id(row);
      String name = value(row, "name");
      boolean primary = "true".equals(String.valueOf(value(row, "primary_name")).toLowerCase(Locale.ROOT));
      if (id != null && name != null && (primary || !names.containsKey(id))) {
        names.put(id, name);
      }
    }
    Map<String, List<Membership>> parties = new HashMap<>();
    for (CSVRecord row : rows(folder.resolve("party_affiliation.csv"))) {
      String id = id(row);
      String party = value(row, "party");
      if (id != null && party != null) {
        parties.computeIfAbsent(id, k -> new ArrayList<>())
            .add(new Membership(party, new Period(date(value(row, "start"), false), date(value(row, "end"), true))));
      }
    }
    Map<String, String> abbreviations = new HashMap<>();
    for (CSVRecord row : rows(folder.resolve("party_abbreviation.csv"))) {
      String party = value(row, "party");
      String abbreviation = value(row, "abbreviation");
      if (party != null && abbreviation != null) {
        abbreviations.putIfAbsent(party, abbreviation);
      }
    }
    return new SwerikPeople(Map.copyOf(names), Map.copyOf(parties), Map.copyOf(abbreviations));
  }

  /** The rows of a table, or none when the file is missing (only the names are required). */
  private static List<CSVRecord> rows(Path file) throws IOException, UnreadableFileException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      return parser.getRecords();
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new UnreadableFileException("malformed CSV in " + file + ": " + e.getMessage(), e);
    }
  }

  private static String id(CSVRecord row) {
    for (String column : ID_COLUMNS) {
      String value = value(row, column);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String value(CSVRecord row, String column) {
    if (!row.isMapped(column) || !row.isSet(column)) {
      return null;
    }
    String value = row.get(column).strip();
    return value.isEmpty() || value.equals("nan") ? null : value;
  }

  /** "1925" is the whole year: from its first day, or to its last. */
  private static LocalDate date(String text, boolean end) {
    if (text == null) {
      return null;
    }
    if (text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
    }
    if (text.matches("\\d{4}-\\d{2}")) {
      LocalDate first = LocalDate.parse(text + "-01");
      return end ? first.plusMonths(1).minusDays(1) : first;
    }
    return Text.isoDate(text);
  }
}
