package se.debattsok.corpus;

import static se.debattsok.corpus.Xml.attribute;
import static se.debattsok.corpus.Xml.child;
import static se.debattsok.corpus.Xml.children;
import static se.debattsok.corpus.Xml.descendants;
import static se.debattsok.corpus.Xml.first;
import static se.debattsok.corpus.Xml.xmlId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Reads ParlaMint TEI sittings (the common encoding of Europe's parliamentary corpora; ParlaMint-SE
 * holds the Riksdag's debates) into one document per speech. Each {@code div[@type=debateSection]}
 * is a debate, titled by its {@code head}; each {@code u} in it a speech, its {@code seg}s the
 * paragraphs. Speakers' names and parties come from the corpus's {@code *listPerson.xml} and
 * {@code *listOrg.xml} (in the sitting's folder or one above it) when there are such files,
 * otherwise from the speaker note before the speech ("Anf. 1 Statsrådet ANNA EKSTRÖM (S):").
 */
final class ParlaMintReader {
  /** "Anf. 12 Klimat- och miljöminister ANNIKA STRANDHÄLL (S):" → the upper-case name and party. */
  private static final Pattern SPEAKER_NOTE =
      Pattern.compile("(\\p{Lu}[\\p{Lu}\\-]+(?:\\s+\\p{Lu}[\\p{Lu}\\-]+)*)\\s*(?:\\(([^)]*)\\))?\\s*:?\\s*$");
  private static final Pattern SECTION_NUMBER = Pattern.compile("^§\\s*\\d+\\s*");

  /** The people lists read so far, by file, with the modification time they were read at. */
  private final Map<Path, People> peopleLists = new ConcurrentHashMap<>();
  /**
   * The people and party lists of each folder (or none): a year's folder holds hundreds of
   * sittings, and listing it once per sitting would read it hundreds of times.
   */
  private final Map<Path, Lists> listsByFolder = new ConcurrentHashMap<>();

  private record Lists(Path people, Path parties) {}

  /** Whether a parsed TEI file is a ParlaMint sitting: it holds utterances. */
  static boolean isSitting(Element tei) {
    return "TEI".equals(tei.getLocalName()) && !descendants(tei, "u").isEmpty();
  }

  List<Document> read(Element tei, SourceFile file) throws IOException, UnreadableFileException {
    String sitting = xmlId(tei);
    if (sitting == null) {
      String name = file.path().getFileName().toString();
      sitting = name.substring(0, name.length() - ".xml".length());
    }
    Element header = child(tei, "teiHeader");
    LocalDate date = Text.isoDate(attribute(first(first(header, "settingDesc"), "date"), "when"));
    String assembly = sitting.startsWith("ParlaMint-SE") ? "Riksdagen" : sitting.replaceFirst("[_-].*", "");
    People people = people(file);

    List<Document> speeches = new ArrayList<>();
    int section = 0;
    for (Element debateSection : descendants(first(tei, "body"), "div")) {
      if (!"debateSection".equals(debateSection.getAttribute("type"))) {
        continue;
      }
      section++;
      String debateId = sitting + "-d" + section;
      String head = Xml.text(child(debateSection, "head"));
      String title = head == null ? null : SECTION_NUMBER.matcher(head).replaceFirst("");
      int position = 0;
      String note = null;
      for (Element element : children(debateSection, null)) {
        switch (element.getLocalName()) {
          case "note" -> note = "speaker".equals(element.getAttribute("type")) ? Xml.text(element) : note;
          case "u" -> {
            position++;
            List<String> paragraphs = new ArrayList<>();
            for (Element seg : descendants(element, "seg")) {
              String text = Xml.text(seg);
              if (text != null) {
                paragraphs.add(text);
              }
            }
            String id = xmlId(element) != null ? xmlId(element) : debateId + "-u" + position;
            Person speaker = speaker(element, note, people, date);
            speeches.add(new Document(id, Kind.SPEECH, title, date, assembly, null,
                speaker == null ? List.of() : List.of(speaker), null, paragraphs, file.path().toString(),
                new Debate(debateId, title, position)));
            note = null;
          }
          default -> { } // page breaks, incidents (applause), time stamps: not speech
        }
      }
    }
    return speeches;
  }

  /** The speaker from the people list by {@code @who}, or else from the note before the speech. */
  private static Person speaker(Element u, String note, People people, LocalDate date) {
    String who = u.getAttribute("who").replaceFirst("^#", "");
    Role role = switch (u.getAttribute("ana").replaceFirst("^#", "")) {
      case "chair" -> Role.CHAIR;
      case "guest" -> Role.GUEST;
      default -> Role.SPEAKER;
    };
    People.Entry listed = people.byId().get(who);
    if (listed != null) {
      return new Person(listed.name(), listed.partyOn(date, people.partyCodes()), role, who);
    }
    if (note != null) {
      Matcher m = SPEAKER_NOTE.matcher(note);
      if (m.find()) {
        return new Person(titleCase(m.group(1)), m.group(2), role, who.isEmpty() ? null : who);
      }
    }
    return who.isEmpty() ? null : new Person(who, null, role, who);
  }

  /** "ANNIKA STRANDHÄLL" → "Annika Strandhäll"; "ULLA-BRITT" → "Ulla-Britt". */
  static String titleCase(String upper) {
    StringBuilder out = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
      out.append(start ? Character.toUpperCase(c) : c);
      start = c == ' ' || c == '-';
    }
    return out.toString();
  }

  // --- the corpus's people and parties ---

  /** Who is who: person id → name and party memberships; party id → its code ("party.S" → "S"). */
  record People(Map<String, Entry> byId, Map<String, String> partyCodes, long modified) {
    static final People NONE = new People(Map.of(), Map.of(), 0);

    record Membership(String party, LocalDate from, LocalDate to) {}

    record Entry(String name, List<Membership> memberships) {
      /** The party on the day, or the last one known; as a code where the org list gives one. */
      String partyOn(LocalDate date, Map<String, String> codes) {
        Membership chosen = null;
        for (Membership m : memberships) {
          chosen = m;
          boolean covers = date == null
              || (m.from() == null || !date.isBefore(m.from())) && (m.to() == null || !date.isAfter(m.to()));
          if (covers) {
            break;
          }
        }
        return chosen == null ? null : codes.getOrDefault(chosen.party(), chosen.party().replaceFirst("^party\\.", ""));
      }
    }
  }

  /**
   * The people list for a sitting: the nearest {@code *listPerson.xml} in its folder or above, within
   * the corpus. Read once per run and file (a real one holds thousands of people).
   */
  private People people(SourceFile file) throws IOException, UnreadableFileException {
    Path root = corpusRoot(file);
    for (Path dir = file.path().getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
      Lists lists = listsByFolder.get(dir);
      if (lists == null) {
        lists = new Lists(find(dir, "listPerson.xml"), find(dir, "listOrg.xml"));
        listsByFolder.put(dir, lists);
      }
      if (lists.people() != null) {
        long modified = Files.getLastModifiedTime(lists.people()).toMillis();
        People known = peopleLists.get(lists.people());
        if (known == null || known.modified() != modified) {
          known = readPeople(lists.people(), lists.parties(), modified);
          peopleLists.put(lists.people(), known);
        }
        return known;
      }
    }
    return People.NONE;
  }

  private static Path corpusRoot(SourceFile file) {
    Path root = file.path();
    for (int i = file.relativePath().split("/").length; i > 0 && root != null; i--) {
      root = root.getParent();
    }
    return root == null ? file.path().getRoot() : root;
  }

  private static Path find(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().findFirst().orElse(null);
    }
  }

  private static People readPeople(Path listPerson, Path listOrg, long modified) throws IOException, UnreadableFileException {
    Map<String, String> codes = new HashMap<>();
    if (listOrg != null) {
      for (Element org : descendants(Xml.parse(listOrg), "org")) {
        for (Element name : children(org, "orgName")) {
          if ("abb".equals(name.getAttribute("full")) && xmlId(org) != null && Xml.text(name) != null) {
            codes.put(xmlId(org), Xml.text(name));
          }
        }
      }
    }
    Map<String, People.Entry> byId = new HashMap<>();
    for (Element person : descendants(Xml.parse(listPerson), "person")) {
      String id = xmlId(person);
      Element persName = child(person, "persName");
      if (id == null || persName == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      children(persName, "forename").forEach(f -> names.add(Xml.text(f)));
      children(persName, "surname").forEach(s -> names.add(Xml.text(s)));
      names.removeIf(n -> n == null);
      String name = names.isEmpty() ? Xml.text(persName) : String.join(" ", names);
      List<People.Membership> memberships = new ArrayList<>();
      for (Element affiliation : children(person, "affiliation")) {
        String ref = affiliation.getAttribute("ref").replaceFirst("^#", "");
        if ("member".equals(affiliation.getAttribute("role")) && ref.startsWith("party.")) {
          memberships.add(new People.Membership(ref, Text.isoDate(affiliation.getAttribute("from")), Text.isoDate(affiliation.getAttribute("to"))));
        }
      }
      if (name != null) {
        byId.put(id, new People.Entry(name, memberships));
      }
    }
    return new People(Map.copyOf(byId), Map.copyOf(codes), modified);
  }
}
