package se.debattsok.corpus;

import static se.debattsok.corpus.Xml.descendants;
import static se.debattsok.corpus.Xml.xmlId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * One pass over a Swerik record's body in reading order ({@link SwerikProtocolReader}): agenda
 * items start at typed {@code div}s and at "§ n" title notes; a speaker note names the speech that
 * follows; a fragment joins the speech of its chain; notes, and fragments no one is named for, are
 * the sitting's own text.
 */
final class SwerikWalk {
  private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)");
  private static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
      "augusti", "september", "oktober", "november", "december");
  private static final int TITLE_LENGTH = 160;
  /** The old records' running heads repeat the item's subject on every page: "Ang. … (Forts.)". */
  private static final Pattern RUNNING_HEAD = Pattern.compile("\\(Forts\\.\\s*\\)\\s*$");

  final String sitting;
  final String source;
  final List<LocalDate> dates;
  final Map<String, String> chains;
  final SwerikPeople people;
  final String assembly;
  final List<String> sittingText = new ArrayList<>();
  /** Speeches by chain, in the order they begin. */
  final Map<String, Speech> speeches = new LinkedHashMap<>();
  LocalDate date;
  int sections;
  Section section;
  String label;
  /** The speech the last fragment belonged to. */
  Speech last;

  SwerikWalk(String sitting, String source, List<LocalDate> dates, Map<String, String> chains, SwerikPeople people) {
    this.sitting = sitting;
    this.source = source;
    this.dates = dates;
    this.chains = chains;
    this.people = people;
    this.assembly = SwerikProtocolReader.assembly(sitting);
    this.date = dates.isEmpty() ? null : dates.get(0);
    this.section = new Section(sitting + "-d0", null, false);
  }

  List<Document> speeches() {
    List<Document> out = new ArrayList<>();
    for (Speech s : new LinkedHashSet<>(speeches.values())) { // a speech is under each of its chains
      if (!s.paragraphs.isEmpty()) {
        out.add(s.document(source, assembly, SwerikProtocolReader.reference(sitting)));
      }
    }
    return out;
  }

  void body(Element body) {
    if (body != null) {
      children(body);
    }
  }

  private void children(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        switch (e.getLocalName()) {
          case "div" -> {
            if (!e.getAttribute("type").isBlank()) {
              startSection(null, true); // today's records: one typed div per agenda item
            }
            children(e);
          }
          case "note" -> note(e);
          case "u" -> utterance(e);
          default -> { } // page breaks and the like
        }
      }
    }
  }

  private void startSection(String title, boolean awaitingTitle) {
    sections++;
    section = new Section(sitting + "-d" + sections, title, awaitingTitle);
    label = null;
  }

  private void note(Element note) {
    String text = TeiText.of(note);
    if (text == null) {
      return;
    }
    switch (note.getAttribute("type")) {
      case "speaker" -> label = text;
      case "date" -> switchDate(text);
      case "title" -> {
        Sections.Item item = Sections.item(text);
        if (item != null) {
          if (section.titled || section.speeches > 0) {
            startSection(null, true);
          }
          section.title = item.rest().isEmpty() ? null : text;
          section.titled = true;
          section.awaitingTitle = item.rest().isEmpty(); // "§ 8." alone: the next note says what the item is
        } else if (section.awaitingTitle && section.title == null) {
          section.title = text; // the item's heading, on a line of its own after "§ 7."
          section.titled = true;
          section.awaitingTitle = false;
        } else {
          switchDate(text); // the old records' running heads date their pages
        }
        sittingText.add(text);
      }
      default -> {
        if (section.awaitingTitle && section.titled && section.title == null) {
          section.title = shorten(text);
          section.awaitingTitle = false;
        }
        if (Text.hasWords(text) && !RUNNING_HEAD.matcher(text).find()) {
          sittingText.add(text);
        }
      }
    }
  }

  private void utterance(Element u) {
    String id = xmlId(u);
    String chain = id == null ? null : chains.getOrDefault(id, id);
    Speech speech = chain == null ? null : speeches.get(chain);
    List<String> paragraphs = new ArrayList<>();
    for (Element seg : descendants(u, "seg")) {
      String text = TeiText.of(seg);
      if (text != null) {
        paragraphs.add(text);
      }
    }
    if (descendants(u, "seg").isEmpty() && TeiText.of(u) != null) {
      paragraphs.add(TeiText.of(u));
    }
    String who = u.getAttribute("who").strip().replaceFirst("^#", "");
    boolean unknown = who.isEmpty() || who.equals("unknown");
    if (speech == null && label == null && !unknown && last != null && who.equals(last.who) && last.section == section) {
      speech = last; // a fragment of the speech before, not linked to it: no note came between
    }
    if (speech == null && unknown && label == null) {
      sittingText.addAll(paragraphs); // a letter read out, a list: said by no one in particular
      return;
    }
    if (speech == null) {
      section.speeches++;
      speech = new Speech(id != null ? id : section.id + "-u" + section.speeches, section, section.speeches, date,
          speaker(unknown ? null : who, label), who);
      speeches.put(chain != null ? chain : speech.id, speech);
      label = null;
    } else if (chain != null) {
      speeches.putIfAbsent(chain, speech);
    }
    speech.paragraphs.addAll(paragraphs);
    last = speech;
  }

  /** The speaker: named by the metadata where it knows the id, else by the note; the note's party first. */
  private Person speaker(String who, String note) {
    SpeakerLabel parsed = note == null ? null : SpeakerLabel.parse(note);
    String name = who == null ? null : people.name(who);
    if (name == null && parsed != null) {
      name = parsed.name() != null ? parsed.name() : parsed.chair() ? SpeakerLabel.titleCase(parsed.office()) : null;
    }
    if (name == null) {
      return null;
    }
    String party = parsed != null && parsed.party() != null ? parsed.party() : who == null ? null : people.partyOn(who, date);
    Role role = parsed != null && parsed.chair() ? Role.CHAIR : Role.SPEAKER;
    return new Person(name, party, role, who);
  }

  /** "Onsdagen den 11 februari": where the record spans days, the day named is the day. */
  private void switchDate(String text) {
    if (dates.size() < 2) {
      return;
    }
    Matcher m = DAY_MONTH.matcher(text.toLowerCase(Locale.ROOT));
    if (m.find()) {
      int day = Integer.parseInt(m.group(1));
      int month = MONTHS.indexOf(m.group(2)) + 1;
      for (LocalDate candidate : dates) {
        if (candidate.getDayOfMonth() == day && candidate.getMonthValue() == month) {
          date = candidate;
        }
      }
    }
  }

  private static String shorten(String text) {
    if (text.length() <= TITLE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', TITLE_LENGTH);
    return text.substring(0, cut > 0 ? cut : TITLE_LENGTH) + " …";
  }

  private static final class Section {
    final String id;
    String title;
    boolean titled;
    boolean awaitingTitle;
    int speeches;

    Section(String id, String title, boolean awaitingTitle) {
      this.id = id;
      this.title = title;
      this.awaitingTitle = awaitingTitle;
    }
  }

  private static final class Speech {
    final String id;
    final Section section;
    final int position;
    final LocalDate date;
    final Person speaker;
    final String who;
    final List<String> paragraphs = new ArrayList<>();

    Speech(String id, Section section, int position, LocalDate date, Person speaker, String who) {
      this.id = id;
      this.section = section;
      this.position = position;
      this.date = date;
      this.speaker = speaker;
      this.who = who;
    }

    Document document(String source, String assembly, String reference) {
      String title = section.title == null ? null : Sections.withoutNumber(section.title);
      return new Document(id, Kind.SPEECH, title, date, assembly, reference, speaker == null ? List.of() : List.of(speaker),
          null, paragraphs, source, new Debate(section.id, title, position));
    }
  }
}
