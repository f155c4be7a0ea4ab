package se.debattsok.corpus;

import static se.debattsok.corpus.Xml.children;
import static se.debattsok.corpus.Xml.descendants;
import static se.debattsok.corpus.Xml.xmlId;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Who is who in a ParlaMint corpus: people by id, with their names and party memberships over time,
 * and the parties. Corpora put these lists in different places: separate {@code *-listPerson.xml}
 * and {@code *-listOrg.xml} files (ParlaMint 3 and 4), the corpus root file {@code ParlaMint-XX.xml}
 * (the older layout), or the root file {@code xi:include}-ing the separate files. Whatever their
 * id scheme ({@code #party.S}, Wikidata's {@code #Q105112}), parties are the organisations whose role
 * is a political party or a parliamentary group.
 */
final class ParlaMintPeople {
  static final ParlaMintPeople NONE = new ParlaMintPeople(Map.of(), Map.of());
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";

  /** A party or group: its role and the name it is shown by (abbreviation, else full name). */
  record Org(String role, String shown) {
    boolean isParty() {
      String r = role.toLowerCase(Locale.ROOT);
      return r.contains("party") || r.contains("parliamentarygroup");
    }

    /** A political party ranks before a parliamentary group when both are valid on the day. */
    int rank() {
      return role.toLowerCase(Locale.ROOT).contains("party") ? 0 : 1;
    }
  }

  record Name(String text, Period period) {}

  record Affiliation(String org, String role, Period period) {}

  record Person(List<Name> names, List<Affiliation> affiliations) {}

  private final Map<String, Person> people;
  private final Map<String, Org> orgs;

  private ParlaMintPeople(Map<String, Person> people, Map<String, Org> orgs) {
    this.people = people;
    this.orgs = orgs;
  }

  boolean isEmpty() {
    return people.isEmpty();
  }

  /** The person's name on the day (names change with marriage), or null when the id is unknown. */
  String nameOn(String personId, LocalDate date) {
    Person person = people.get(personId);
    if (person == null || person.names().isEmpty()) {
      return null;
    }
    return person.names().stream()
        .filter(n -> n.period().covers(date))
        .findFirst()
        .orElse(person.names().get(0))
        .text();
  }

  /**
   * The party the person was a member of on the day, by its abbreviation (else its name), or null
   * when no membership covers the day: a wrong party is worse than none.
   */
  String partyOn(String personId, LocalDate date) {
    Person person = people.get(personId);
    if (person == null) {
      return null;
    }
    return person.affiliations().stream()
        .filter(a -> a.period().covers(date))
        .filter(a -> org(a.org()) != null && org(a.org()).isParty())
        .sorted(Comparator.comparingInt((Affiliation a) -> "member".equals(a.role()) ? 0 : 1)
            .thenComparingInt(a -> org(a.org()).rank())
            .thenComparing(a -> a.period().from() == null ? LocalDate.MIN : a.period().from(), Comparator.reverseOrder()))
        .map(a -> org(a.org()).shown())
        .findFirst()
        .orElse(null);
  }

  /** An org by id; an org only referred to as {@code #party.X} is the party X. */
  private Org org(String id) {
    Org org = orgs.get(id);
    if (org == null && id.startsWith("party.")) {
      return new Org("politicalParty", id.substring("party.".length()));
    }
    return org;
  }

  // --- finding and reading the lists ---

  /**
   * The lists for a sitting: the nearest folder at or above the sitting's, within the corpus, with a
   * root file of the sitting's corpus ({@code ParlaMint-ES-CT.xml} for {@code
   * ParlaMint-ES-CT_2018-05-04-0702.xml}) or files named {@code *listPerson.xml} / {@code *listOrg.xml}.
   */
  static List<Path> listFiles(Path dir, String corpusName) throws IOException {
    Set<Path> found = new LinkedHashSet<>();
    if (corpusName != null) {
      for (String name : List.of(corpusName + ".xml", corpusName + ".ana.xml")) {
        Path root = dir.resolve(name);
        if (Files.isRegularFile(root) && isCorpusRoot(root)) {
          found.add(root);
          break;
        }
      }
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(p -> {
            String name = p.getFileName().toString();
            return name.endsWith("listPerson.xml") || name.endsWith("listOrg.xml");
          })
          .sorted()
          .forEach(found::add);
    }
    return List.copyOf(found);
  }

  /** Whether a file is a corpus root ({@code teiCorpus}), judged from its first kilobytes. */
  private static boolean isCorpusRoot(Path file) throws IOException {
    byte[] head = new byte[4096];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    return new String(head, 0, n, StandardCharsets.UTF_8).contains("<teiCorpus");
  }

  /**
   * Reads the people and parties of the given files and of the files their headers include
   * (relative paths within {@code within} only: a corpus never makes us read elsewhere).
   */
  static ParlaMintPeople read(List<Path> files, Path within) throws IOException, UnreadableFileException {
    Map<String, Person> people = new HashMap<>();
    Map<String, Org> orgs = new HashMap<>();
    Set<Path> seen = new LinkedHashSet<>();
    Set<Path> given = new LinkedHashSet<>();
    files.forEach(f -> given.add(f.toAbsolutePath().normalize()));
    List<Path> queue = new ArrayList<>(given);
    while (!queue.isEmpty()) {
      Path file = queue.remove(0).toAbsolutePath().normalize();
      if (!seen.add(file)) {
        continue;
      }
      Element root;
      try {
        root = Xml.parse(file);
      } catch (UnreadableFileException e) {
        if (given.contains(file)) {
          throw e; // a list the corpus keeps must be readable; one merely included is passed over
        }
        continue;
      }
      for (Element org : descendants(root, "org")) {
        String id = xmlId(org);
        if (id != null) {
          orgs.put(id, new Org(org.getAttribute("role"), orgName(org)));
        }
      }
      for (Element person : descendants(root, "person")) {
        String id = xmlId(person);
        if (id != null) {
          people.put(id, person(person));
        }
      }
      for (Path included : includes(root, file, within)) {
        queue.add(included);
      }
    }
    return new ParlaMintPeople(Map.copyOf(people), Map.copyOf(orgs));
  }

  /** The lists a root file's header includes, resolved next to it. */
  private static List<Path> includes(Element root, Path file, Path within) {
    List<Path> out = new ArrayList<>();
    Element header = Xml.child(root, "teiHeader");
    if (header == null) {
      return out;
    }
    NodeList includes = header.getElementsByTagNameNS(XINCLUDE, "include");
    for (int i = 0; i < includes.getLength(); i++) {
      String href = ((Element) includes.item(i)).getAttribute("href");
      if (href.isBlank() || href.contains(":") || !href.endsWith(".xml")) {
        continue; // only XML files of the corpus, never a URL
      }
      Path target = file.resolveSibling(href).normalize();
      if (target.startsWith(within) && Files.isRegularFile(target)) {
        out.add(target);
      }
    }
    return out;
  }

  /** The abbreviation ("S"; "init" in older corpora), else the full name, else any name. */
  private static String orgName(Element org) {
    String full = null;
    String any = null;
    for (Element name : children(org, "orgName")) {
      String text = Xml.text(name);
      if (text == null) {
        continue;
      }
      String kind = name.getAttribute("full");
      if (kind.equals("abb") || kind.equals("init")) {
        return text;
      }
      if (full == null && kind.equals("yes")) {
        full = text;
      }
      any = any == null ? text : any;
    }
    return full != null ? full : any;
  }

  private static Person person(Element person) {
    List<Name> names = new ArrayList<>();
    for (Element persName : children(person, "persName")) {
      String name = name(persName);
      if (name != null) {
        names.add(new Name(name, period(persName)));
      }
    }
    List<Affiliation> affiliations = new ArrayList<>();
    for (Element affiliation : children(person, "affiliation")) {
      String ref = affiliation.getAttribute("ref").strip().replaceFirst("^#", "");
      if (!ref.isEmpty()) {
        affiliations.add(new Affiliation(ref, affiliation.getAttribute("role"), period(affiliation)));
      }
    }
    return new Person(List.copyOf(names), List.copyOf(affiliations));
  }

  private static Period period(Element element) {
    return new Period(Text.isoDate(element.getAttribute("from")), Text.isoDate(element.getAttribute("to")));
  }

  /** "Forename Forename nameLink Surname Surname", as people are called; the element's text otherwise. */
  private static String name(Element persName) {
    List<String> parts = new ArrayList<>();
    for (String part : List.of("forename", "nameLink", "surname")) {
      for (Element e : children(persName, part)) {
        String text = Xml.text(e);
        if (text != null) {
          parts.add(text);
        }
      }
    }
    return parts.isEmpty() ? Xml.text(persName) : String.join(" ", parts);
  }
}
