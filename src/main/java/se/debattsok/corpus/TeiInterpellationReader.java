package se.debattsok.corpus;

import static se.debattsok.corpus.Xml.attribute;
import static se.debattsok.corpus.Xml.child;
import static se.debattsok.corpus.Xml.descendants;
import static se.debattsok.corpus.Xml.first;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Reads the Swerik project's TEI interpellations (see ../shared/corpus/riksdagen-interpellations).
 * Thirty years of files differ: names come as "Billström, Tobias" or "Per Bolund (Mp)", parties in
 * any case, and many fields hold the literal text "None", which is treated as absent.
 */
public final class TeiInterpellationReader implements DocumentReader {
  static final String FORMAT = "Swerik TEI interpellation";
  private static final Pattern ID = Pattern.compile("ipq-(\\d{4})(\\d{2}|\\d{4})--0*(\\d+)");
  private static final Pattern NONE_AT_EDGES = Pattern.compile("^(?:None\\s+)+|(?:\\s+None)+$");
  /**
   * Word's conditional comments, left as text in about 220 files ("<![if !supportLists]>· <![endif]>"):
   * the fallback bullet or empty-paragraph mark inside goes with them.
   */
  private static final Pattern WORD_CONDITIONAL = Pattern.compile("<!\\[if [^\\]]*\\]>.*?<!\\[endif\\]>\\s*|<!\\[endif\\]>\\s*");
  private static final Pattern TRAILING_PARTY = Pattern.compile("\\s*\\(([^)]*)\\)\\s*$");
  /** A party code: "S", "KD", "MP", "KDS", "NYD". Rejects "ANDRE VICE TALMANNEN" and the like. */
  private static final Pattern PARTY_CODE = Pattern.compile("\\p{L}{1,4}");
  /**
   * Some files put the office before the name: "Finansminister", "Justitie- och migrationsminister"
   * (167 files for Morgan Johansson alone), "vice statsminister", "Statsrådet".
   */
  private static final Pattern TITLE_BEFORE_NAME = Pattern.compile(
      "^(?:(?:[Vv]ice\\s+)?(?:\\p{L}+-\\s+(?:och|samt)\\s+)?\\p{L}*(?:minister|ministern)|[Ss]tatsråd(?:et)?)\\s+(?=\\p{Lu})");

  @Override
  public Reading read(SourceFile file) throws IOException, UnreadableFileException {
    return new Reading(FORMAT, read(Xml.parse(file.path()), file));
  }

  /** Reads an interpellation already parsed (the XML reader parses once and picks the format). */
  List<Document> read(Element tei, SourceFile file) throws UnreadableFileException {
    if (!"TEI".equals(tei.getLocalName())) {
      throw new UnreadableFileException("not a TEI document (root element <" + tei.getTagName() + ">)");
    }
    String id = clean(tei.getAttributeNS(XMLConstants.XML_NS_URI, "id"));
    if (id == null) {
      String name = file.path().getFileName().toString();
      id = name.substring(0, name.length() - ".xml".length());
    }

    Element header = child(tei, "teiHeader");
    Element correspDesc = first(header, "correspDesc");
    Map<String, Role> roles = roles(correspDesc);
    List<Person> people = people(header, roles);

    String bibl = text(first(first(header, "sourceDesc"), "title"));
    String stmtTitle = text(first(first(header, "titleStmt"), "title"));
    String title = title(stmtTitle, bibl, id);
    Body body = body(first(child(tei, "text"), "body"));
    String heading = String.join(" ", body.heading());
    return List.of(
        new Document(
            id,
            Kind.INTERPELLATION,
            title,
            date(correspDesc),
            "Riksdagen",
            reference(id),
            people,
            addressee(correspDesc, bibl, people),
            body.text(),
            file.path().toString(),
            null,
            heading.isEmpty() || heading.equals(title) ? null : heading)
            .withLink(link(first(header, "sourceDesc"))));
  }

  /**
   * The Riksdag's page of the interpellation: the file's {@code dokument_url_html}, else the page
   * made from its Riksdag id ({@code idno type="rdwebb"}); null when it names neither.
   */
  private static String link(Element sourceDesc) {
    for (Element ref : descendants(sourceDesc, "ref")) {
      String target = text(ref);
      if ("dokument_url_html".equals(ref.getAttribute("type")) && target != null && target.startsWith("http")) {
        return target.replaceFirst("^http://", "https://");
      }
    }
    for (Element idno : descendants(sourceDesc, "idno")) {
      String dokId = text(idno);
      if ("rdwebb".equals(idno.getAttribute("type")) && dokId != null && dokId.matches("[A-Za-z0-9]+")) {
        return "https://data.riksdagen.se/dokument/" + dokId;
      }
    }
    return null;
  }

  /** Person id → role, from who sent, received, answered and discussed the interpellation. */
  private static Map<String, Role> roles(Element correspDesc) {
    Map<String, Role> roles = new LinkedHashMap<>();
    for (Element action : descendants(correspDesc, "correspAction")) {
      String who = clean(action.getAttribute("corresp"));
      if (who == null) {
        continue;
      }
      Role role =
          switch (action.getAttribute("type")) {
            case "sent" -> Role.ASKER;
            case "received", "answered" -> Role.ANSWERER;
            default -> Role.PARTICIPANT;
          };
      roles.merge(who, role, (a, b) -> a.compareTo(b) <= 0 ? a : b); // the stronger (earlier) role wins
    }
    return roles;
  }

  private static List<Person> people(Element header, Map<String, Role> roles) {
    List<Person> people = new ArrayList<>();
    List<Integer> unlinked = new ArrayList<>();
    for (Element person : descendants(first(header, "listPerson"), "person")) {
      String rawName = text(first(person, "persName"));
      if (rawName == null) {
        continue;
      }
      String party = text(first(first(person, "state"), "desc"));
      Matcher inName = TRAILING_PARTY.matcher(rawName);
      String name = rawName;
      if (inName.find()) {
        name = rawName.substring(0, inName.start());
        party = party == null ? inName.group(1) : party;
      }
      name = naturalOrder(name);
      if (name.isEmpty() || Character.isLowerCase(name.codePointAt(0))) {
        // No name but an office, as some 1990s files have it ("statsministern", "inrikesministern",
        // "statsministern om FN:s världstoppsmöte"): the addressee says it, no person is known.
        continue;
      }
      Role role = roles.get(text(first(person, "idno")));
      people.add(new Person(name, partyCode(party), role == null ? Role.PARTICIPANT : role));
      if (role == null) {
        unlinked.add(people.size() - 1);
      }
    }
    if (people.stream().noneMatch(p -> p.role() == Role.ANSWERER)) {
      // The 1990s files name the minister but link nobody to receiving or answering.
      for (int i : unlinked) {
        Person p = people.get(i);
        people.set(i, new Person(p.name(), p.party(), Role.ANSWERER));
      }
    }
    if (people.stream().noneMatch(p -> p.role() == Role.ASKER)) {
      // About thirty files link no person to the question; the author line still names the asker.
      String author = text(first(first(header, "titleStmt"), "author"));
      if (author != null) {
        Matcher m = TRAILING_PARTY.matcher(author);
        boolean hasParty = m.find();
        String name = naturalOrder(hasParty ? author.substring(0, m.start()) : author);
        String party = hasParty ? partyCode(m.group(1)) : null;
        people.removeIf(p -> p.name().equalsIgnoreCase(name));
        people.add(new Person(name, party, Role.ASKER));
      }
    }
    people.sort(java.util.Comparator.comparing(Person::role)); // asker, answerer, then the debate
    return people;
  }

  private static String partyCode(String party) {
    return party != null && PARTY_CODE.matcher(party).matches() ? party : null;
  }

  /** "Billström, Tobias" → "Tobias Billström"; "Finansminister Magdalena Andersson" → her name. */
  private static String naturalOrder(String name) {
    name = TITLE_BEFORE_NAME.matcher(name).replaceFirst("");
    int comma = name.indexOf(',');
    if (comma > 0 && name.indexOf(',', comma + 1) < 0) {
      return (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip();
    }
    return name.strip();
  }

  /**
   * The subject of the interpellation. Recent files title themselves "Interpellation 2023/24:1 av NN
   * (SD)" and keep the subject after " om " in the bibliographic title; older ones title by subject.
   */
  private static String title(String stmtTitle, String bibl, String id) {
    String subject = stmtTitle;
    if ((subject == null || subject.startsWith("Interpellation ")) && bibl != null) {
      int till = bibl.indexOf(" till ");
      int om = bibl.indexOf(" om ", Math.max(till, 0));
      subject = om >= 0 ? bibl.substring(om + 4).strip() : bibl;
    }
    if (subject == null || subject.isEmpty()) {
      return "Interpellation " + reference(id);
    }
    return subject.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + subject.substring(1);
  }

  /** "ipq-202324--0001" → "2023/24:1"; "ipq-19992000--0049" → "1999/2000:49". */
  static String reference(String id) {
    Matcher m = ID.matcher(id);
    return m.matches() ? m.group(1) + "/" + m.group(2) + ":" + m.group(3) : null;
  }

  /** When it was submitted; failing that, received or answered. */
  private static LocalDate date(Element correspDesc) {
    for (String type : List.of("sent", "received", "answered")) {
      for (Element action : descendants(correspDesc, "correspAction")) {
        if (type.equals(action.getAttribute("type"))) {
          String when = clean(attribute(first(action, "date"), "when"));
          LocalDate date = Text.isoDate(when); // an unparseable date is treated as absent
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  /** "statsministern", or the minister as the title words it, or the receiving person. */
  private static String addressee(Element correspDesc, String bibl, List<Person> people) {
    for (Element action : descendants(correspDesc, "correspAction")) {
      if ("received".equals(action.getAttribute("type"))) {
        String name = text(first(action, "name"));
        if (name != null) {
          return name;
        }
      }
    }
    if (bibl != null) {
      int till = bibl.indexOf(" till ");
      int om = till < 0 ? -1 : bibl.indexOf(" om ", till);
      if (om > till) {
        return bibl.substring(till + 6, om).strip();
      }
    }
    return people.stream().filter(p -> p.role() == Role.ANSWERER).map(Person::display).findFirst().orElse(null);
  }

  /**
   * @param heading the paragraphs of "ipqTitle", the heading line ("Interpellation 2004/05:360 av
   *     Martin Andreasson (fp) till statsrådet … om …"), the only place where the document's own
   *     words name asker and minister
   * @param text the paragraphs of "ipqBody": the context and the numbered questions
   */
  private record Body(List<String> heading, List<String> text) {}

  /** The heading and the text, in one pass; margin notes and page numbers are left out. */
  private static Body body(Element body) {
    Body read = new Body(new ArrayList<>(), new ArrayList<>());
    for (Element div : descendants(body, "div")) {
      switch (div.getAttribute("type")) {
        case "ipqTitle" -> collect(div, read.heading());
        case "ipqBody" -> collect(div, read.text());
        default -> { } // submission date, and the parts of the body, which collect() walks into
      }
    }
    return read;
  }

  private static void collect(Element element, List<String> out) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        switch (e.getLocalName()) {
          case "p" -> {
            StringBuilder own = new StringBuilder();
            List<String> items = new ArrayList<>();
            paragraphText(e, own, items);
            add(out, own.toString());
            items.forEach(item -> add(out, "– " + item));
          }
          case "div" -> collect(e, out);
          case "list" -> descendants(e, "item").forEach(item -> add(out, "– " + text(item)));
          default -> { } // notes: margin titles and page numbers, not part of the text
        }
      }
    }
  }

  /** The paragraph's own text; items of a list inside it become separate entries. */
  private static void paragraphText(Element p, StringBuilder own, List<String> items) {
    for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        own.append(n.getNodeValue());
      } else if (n instanceof Element e && "list".equals(e.getLocalName())) {
        descendants(e, "item").forEach(item -> items.add(text(item)));
      } else if (n instanceof Element e && !"note".equals(e.getLocalName())) {
        own.append(' ').append(e.getTextContent()).append(' ');
      }
    }
  }

  private static void add(List<String> out, String raw) {
    String text = Text.joinLineBreaks(clean(raw));
    if (text != null && !text.equals("–")) {
      out.add(text);
    }
  }

  // --- small DOM helpers: null-tolerant, so a missing element reads as an absent field ---

  private static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = Text.clean(raw);
    if (text.contains("<![")) {
      text = WORD_CONDITIONAL.matcher(text).replaceAll("").strip();
    }
    if (text.startsWith("None") || text.endsWith("None")) { // cheap test first: this runs on every element
      text = NONE_AT_EDGES.matcher(text).replaceAll("");
    }
    return text.isEmpty() || text.equals("None") ? null : text;
  }

  private static String text(Element element) {
    return element == null ? null : clean(element.getTextContent());
  }
}
