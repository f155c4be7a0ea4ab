package se.debattsok.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.debattsok.model.Debate;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Splits a council's minutes into their agenda items and speeches. An item opens with its number
 * ("§ 5 …", "KS § 3 a", the body's initials first; its Dnr may follow on the line, its heading on
 * the next): each becomes a document of its own, found and linked to by itself. A speech opens with
 * the speaker, party in brackets and a colon ("Anf. 3 Borgarrådet Emilia Bjuggren (S): Ordförande!
 * …"), or the chair ("Ordföranden: …"), and belongs to its item's debate. What comes before the
 * first item stays the minutes' own document. Minutes with neither stay one document.
 */
final class MinutesSpeeches {
  /** "Anf. 3", "Anförande 3", "Anförande nr 3" (optional), offices (optional), the name, the party, a colon. */
  private static final Pattern SPEAKER = Pattern.compile(
      "^(?:Anf(?:\\.|örande)(?:\\s+nr)?\\s+\\d+\\s+)?"
          + "(?:(?:\\p{Lu}\\p{Ll}*(?:rådet|rådets|ordföranden|ordförande|ministern|minister)|\\p{Ll}+)\\s+)*"
          + "((?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,4}\\p{Lu}[\\p{L}'’\\-]+)\\s*\\(([^)]{1,12})\\)\\s*:\\s*(.*)$",
      Pattern.DOTALL);
  private static final Pattern CHAIR = Pattern.compile("^(?:Ordföranden|Ordförande|Talmannen)\\s*:\\s*(.*)$", Pattern.DOTALL);
  /** "Dnr KS 2024/142", "DNR:KU/2007.9", "Diarienummer 2024/142". */
  private static final Pattern DNR = Pattern.compile(
      "(?iu)\\b(?:dnr|diarienummer|diarienr)\\.?\\s*[:.]?\\s*((?:\\p{L}{1,10}\\s?)?\\d[\\d./:-]*\\d|\\p{L}{1,10}[/.:-][\\p{L}\\d./:-]*\\d)");
  /** An item's heading on a line of its own: short, and no sentence. */
  private static final int HEADING_LENGTH = 120;

  private MinutesSpeeches() {}

  /** The minutes' items and speeches (and what comes before the first, as minutes), or the minutes whole. */
  static List<Document> split(Document minutes) {
    if (minutes.kind() != Kind.MINUTES) {
      return List.of(minutes);
    }
    int speakers = 0;
    int items = 0;
    for (String paragraph : minutes.paragraphs()) {
      speakers += SPEAKER.matcher(paragraph).matches() ? 1 : 0;
      items += Sections.item(paragraph) != null ? 1 : 0;
    }
    if (speakers < 2 && items < 1) {
      return List.of(minutes);
    }
    Splitter splitter = new Splitter(minutes);
    minutes.paragraphs().forEach(splitter::paragraph);
    return splitter.finish();
  }

  /** Reference of an item: its number, with its Dnr where the line gives one: "KS § 3 a · Dnr KF/2006.203". */
  static String reference(Sections.Item item, String dnr) {
    return dnr == null ? item.reference() : item.reference() + Document.REFERENCE_SEPARATOR + "Dnr " + dnr;
  }

  private static final class Splitter {
    final Document minutes;
    final List<Document> out = new ArrayList<>();
    final List<String> preamble = new ArrayList<>();
    Sections.Item item;
    String reference;
    String title;
    boolean awaitingHeading;
    final List<String> itemText = new ArrayList<>();
    int position;
    Person speaker;
    final List<String> speech = new ArrayList<>();

    Splitter(Document minutes) {
      this.minutes = minutes;
    }

    void paragraph(String paragraph) {
      Sections.Item opened = Sections.item(paragraph);
      if (opened != null && !continues(item, opened)) {
        opened = null; // a decision cited in the text ("KS § 437 06-12-13"), not an item of these minutes
      }
      Matcher named = SPEAKER.matcher(paragraph);
      Matcher chair = CHAIR.matcher(paragraph);
      Person next = named.matches() ? new Person(named.group(1), named.group(2), Role.SPEAKER)
          : chair.matches() ? new Person("Ordföranden", null, Role.CHAIR) : null;
      if (opened != null || next != null) {
        flushSpeech();
      }
      if (opened != null) {
        flushItem();
        item = opened;
        Matcher dnr = DNR.matcher(opened.rest());
        String dnrValue = dnr.find() ? dnr.group(1).strip() : null;
        String rest = dnrValue == null ? opened.rest() : (opened.rest().substring(0, dnr.start()) + opened.rest().substring(dnr.end())).strip();
        reference = reference(opened, dnrValue);
        title = rest.isEmpty() ? null : rest;
        awaitingHeading = rest.isEmpty();
        position = 0;
      } else if (next != null) {
        speaker = next;
        awaitingHeading = false;
        String rest = (named.matches() ? named.group(3) : chair.group(1)).strip();
        if (!rest.isEmpty()) {
          speech.add(rest);
        }
      } else if (speaker != null) {
        speech.add(paragraph);
      } else if (item != null) {
        if (awaitingHeading && isHeading(paragraph)) {
          title = paragraph;
        } else {
          itemText.add(paragraph);
        }
        awaitingHeading = false;
      } else {
        preamble.add(paragraph);
      }
    }

    List<Document> finish() {
      flushSpeech();
      flushItem();
      if (!preamble.isEmpty()) {
        out.add(0, new Document(minutes.id(), Kind.MINUTES, minutes.title(), minutes.date(), minutes.assembly(),
            minutes.reference(), minutes.people(), minutes.addressee(), preamble, minutes.source()));
      }
      return out;
    }

    private String debateTitle() {
      return title != null ? title : minutes.title();
    }

    private void flushItem() {
      if (item != null && !itemText.isEmpty()) {
        String id = minutes.id() + "/s" + item.number().replace(" ", "");
        String shown = title != null ? title : minutes.title() + " " + item.reference();
        out.add(new Document(id, Kind.MINUTES, shown, minutes.date(), minutes.assembly(), reference, minutes.people(), null,
            List.copyOf(itemText), minutes.source(), null, minutes.title()));
      }
      itemText.clear();
    }

    private void flushSpeech() {
      if (speaker != null && !speech.isEmpty()) {
        position++;
        String number = item == null ? "0" : item.number().replace(" ", "");
        String debateId = minutes.id() + "/§" + number;
        String id = minutes.id() + "/s" + number + "/" + position;
        out.add(new Document(id, Kind.SPEECH, debateTitle(), minutes.date(), minutes.assembly(),
            item == null ? minutes.reference() : reference, List.of(speaker), null, List.copyOf(speech), minutes.source(),
            new Debate(debateId, debateTitle(), position)));
      }
      speaker = null;
      speech.clear();
    }
  }

  /** Most items follow one another; a number far off, or one with a date for its heading, is cited. */
  private static final int MAX_STEP = 20;
  private static final Pattern CITED = Pattern.compile("^(?:\\d{2}){1,2}-\\d{2}-\\d{2}\\b.*");

  static boolean continues(Sections.Item previous, Sections.Item next) {
    if (CITED.matcher(next.rest()).matches()) {
      return false;
    }
    if (previous == null) {
      return true;
    }
    int before = leadingNumber(previous.number());
    int after = leadingNumber(next.number());
    return after == before ? !next.number().equals(previous.number()) : after > before && after - before <= MAX_STEP;
  }

  private static int leadingNumber(String number) {
    return Integer.parseInt(number.replaceAll("\\D.*$", ""));
  }

  private static boolean isHeading(String paragraph) {
    return paragraph.length() <= HEADING_LENGTH && !Character.isLowerCase(paragraph.codePointAt(0))
        && !paragraph.endsWith(".") && !paragraph.endsWith(":");
  }
}
