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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.w3c.dom.Element;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Reads ParlaMint TEI sittings (the common encoding of Europe's parliamentary corpora; ParlaMint-SE
 * holds the Riksdag's debates) into one document per speech. Each {@code div} holding utterances is a
 * debate, titled by its {@code head}; each {@code u} a speech, its {@code seg}s the paragraphs (in an
 * {@code .ana} file rebuilt from the tokens, see {@link TeiText}). Names and parties come from the
 * corpus's lists of people and organisations ({@link ParlaMintPeople}), the party being the one of
 * the sitting's day; where a list lacks the person or the party, the speaker note before the speech
 * says it ("Anf. 1 Statsrådet ANNA EKSTRÖM (S):"). What is said around the speeches (agenda items
 * without debate, announcements) is one more document, the sitting's minutes.
 */
final class ParlaMintReader {
  static final String FORMAT = "ParlaMint TEI sitting";

  /** The lists by folder and corpus name, read once per run (a real list holds thousands of people). */
  private final Map<String, Lists> lists = new ConcurrentHashMap<>();

  private record Lists(List<Path> files, long modified, ParlaMintPeople people) {}

  /** Whether a parsed TEI file is a ParlaMint-style sitting: it holds utterances. */
  static boolean isSitting(Element tei) {
    return "TEI".equals(tei.getLocalName()) && !descendants(tei, "u").isEmpty();
  }

  Reading read(Element tei, SourceFile file) throws IOException, UnreadableFileException {
    String fileName = file.path().getFileName().toString();
    String sitting = xmlId(tei) != null ? xmlId(tei) : fileName.replaceFirst("(\\.ana)?\\.xml$", "");
    boolean annotated = fileName.endsWith(".ana.xml") || !descendants(tei, "w").isEmpty();
    Element header = child(tei, "teiHeader");
    Element setting = first(header, "settingDesc");
    Element day = first(setting, "date");
    LocalDate date = Text.isoDate(attribute(day, "when"));
    if (date == null) {
      date = Text.isoDate(attribute(day, "from")); // a sitting over several days
    }
    String assembly = assembly(sitting, setting);
    ParlaMintPeople people = people(file, sitting);

    List<Document> documents = new ArrayList<>();
    List<String> sittingText = new ArrayList<>();
    int section = 0;
    for (Element div : descendants(first(tei, "body"), "div")) {
      List<Element> utterances = children(div, "u");
      String head = Xml.text(child(div, "head"));
      if (utterances.isEmpty()) {
        addIfText(sittingText, head);
        children(div, "note").forEach(note -> addIfText(sittingText, TeiText.of(note)));
        continue;
      }
      section++;
      String debateId = sitting + "-d" + section;
      String title = head == null ? null : Sections.withoutNumber(head);
      int position = 0;
      String note = null;
      for (Element element : children(div, null)) {
        switch (element.getLocalName()) {
          case "note" -> {
            if ("speaker".equals(element.getAttribute("type"))) {
              note = Xml.text(element);
            } else if (!"time".equals(element.getAttribute("type"))) {
              addIfText(sittingText, TeiText.of(element));
            }
          }
          case "u" -> {
            position++;
            List<String> paragraphs = new ArrayList<>();
            for (Element seg : descendants(element, "seg")) {
              addIfText(paragraphs, TeiText.of(seg));
            }
            String id = xmlId(element) != null ? xmlId(element) : debateId + "-u" + position;
            Person speaker = speaker(element, note, people, date);
            documents.add(new Document(id, Kind.SPEECH, title, date, assembly, null,
                speaker == null ? List.of() : List.of(speaker), null, paragraphs, file.path().toString(),
                new Debate(debateId, title, position)));
            note = null;
          }
          default -> { } // page breaks, incidents (applause), time stamps: not speech
        }
      }
    }
    if (!sittingText.isEmpty()) {
      documents.add(new Document(sitting, Kind.MINUTES, sittingTitle(header, sitting), date, assembly, null, List.of(), null,
          sittingText, file.path().toString()));
    }
    // ParlaMint-SE names its sittings after the Swerik records they are made from ("…-prot-202122--113").
    int record = sitting.indexOf("prot-");
    String link = record < 0 ? null : SwerikProtocolReader.link(sitting.substring(record));
    return new Reading(annotated ? FORMAT + " (linguistically annotated)" : FORMAT,
        documents.stream().map(d -> d.withLink(link)).toList());
  }

  /** The Riksdag by its everyday name; other parliaments as the sitting's setting names them. */
  private static String assembly(String sitting, Element setting) {
    if (sitting.startsWith("ParlaMint-SE")) {
      return "Riksdagen";
    }
    for (Element name : descendants(setting, "name")) {
      if ("org".equals(name.getAttribute("type")) && Xml.text(name) != null) {
        return Xml.text(name);
      }
    }
    return sitting.replaceFirst("[_.].*", "");
  }

  private static String sittingTitle(Element header, String sitting) {
    for (Element title : descendants(first(header, "titleStmt"), "title")) {
      if ("main".equals(title.getAttribute("type"))) {
        return Xml.text(title);
      }
    }
    return sitting;
  }

  /**
   * The speaker from the lists by {@code @who}, or else from the note before the speech; the list's
   * name with the note's party where the list has none for the day.
   */
  private static Person speaker(Element u, String note, ParlaMintPeople people, LocalDate date) {
    String who = u.getAttribute("who").strip().replaceFirst("^#", "");
    Role role = switch (u.getAttribute("ana").strip().replaceFirst("^#", "")) {
      case "chair" -> Role.CHAIR;
      case "guest" -> Role.GUEST;
      default -> Role.SPEAKER;
    };
    SpeakerLabel label = note == null ? null : SpeakerLabel.parse(note);
    String notedParty = label == null ? null : label.party();
    String listed = who.isEmpty() ? null : people.nameOn(who, date);
    if (listed != null) {
      String party = people.partyOn(who, date);
      return new Person(listed, party != null ? party : notedParty, role, who);
    }
    if (label != null && label.name() != null) {
      return new Person(label.name(), notedParty, label.chair() ? Role.CHAIR : role, who.isEmpty() ? null : who);
    }
    // An id the lists do not hold is still who spoke: its people page gathers the speeches.
    return who.isEmpty() ? null : new Person(who, notedParty, role, who);
  }

  private static void addIfText(List<String> out, String text) {
    if (Text.hasWords(text)) {
      out.add(text);
    }
  }

  // --- the corpus's people and parties ---

  /** The lists for a sitting, from its folder up to the corpus folder; read again when one changed. */
  private ParlaMintPeople people(SourceFile file, String sitting) throws IOException, UnreadableFileException {
    Path root = corpusRoot(file);
    String corpusName = sitting.contains("_") ? sitting.substring(0, sitting.indexOf('_')) : null;
    Path start = file.path().toAbsolutePath().normalize().getParent();
    for (Path dir = start; dir != null && dir.startsWith(root); dir = dir.getParent()) {
      String key = dir + "|" + corpusName;
      Lists known = lists.get(key);
      if (known == null || known.modified() != lastModified(known.files())) {
        List<Path> files = ParlaMintPeople.listFiles(dir, corpusName);
        known = new Lists(files, lastModified(files), files.isEmpty() ? ParlaMintPeople.NONE : ParlaMintPeople.read(files, root));
        lists.put(key, known);
      }
      if (!known.people().isEmpty()) {
        return known.people();
      }
    }
    return ParlaMintPeople.NONE;
  }

  private static long lastModified(List<Path> files) throws IOException {
    long latest = 0;
    for (Path file : files) {
      latest = Math.max(latest, Files.getLastModifiedTime(file).toMillis());
    }
    return latest;
  }

  static Path corpusRoot(SourceFile file) {
    Path root = file.path().toAbsolutePath().normalize();
    for (int i = file.relativePath().split("/").length; i > 0 && root != null; i--) {
      root = root.getParent();
    }
    return root == null ? file.path().toAbsolutePath().getRoot() : root;
  }
}
