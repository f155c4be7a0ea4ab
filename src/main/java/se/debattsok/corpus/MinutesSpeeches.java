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
 * Splits a council's minutes into speeches where they mark speakers the way Swedish minutes do: a
 * paragraph that opens with the speaker, party in brackets and a colon ("Anf. 3 Borgarrådet Emilia
 * Bjuggren (S): Ordförande! …"), or the chair ("Ordföranden: …"). A paragraph opening "§ 5 …"
 * starts a new debate (agenda item). Minutes with fewer than two speakers stay one document.
 */
final class MinutesSpeeches {
  /** "Anf. 3", "Anförande 3", "Anförande nr 3" (optional), offices (optional), the name, the party, a colon. */
  private static final Pattern SPEAKER = Pattern.compile(
      "^(?:Anf(?:\\.|örande)(?:\\s+nr)?\\s+\\d+\\s+)?"
          + "(?:(?:\\p{Lu}\\p{Ll}*(?:rådet|rådets|ordföranden|ordförande|ministern|minister)|\\p{Ll}+)\\s+)*"
          + "((?:\\p{Lu}[\\p{L}'’\\-]*\\s+){1,4}\\p{Lu}[\\p{L}'’\\-]+)\\s*\\(([^)]{1,12})\\)\\s*:\\s*(.*)$",
      Pattern.DOTALL);
  private static final Pattern CHAIR = Pattern.compile("^(?:Ordföranden|Ordförande|Talmannen)\\s*:\\s*(.*)$", Pattern.DOTALL);
  private static final Pattern SECTION = Pattern.compile("^§\\s*(\\d+)\\s*(.*)$", Pattern.DOTALL);

  private MinutesSpeeches() {}

  /** The minutes' speeches (and what comes before the first, as minutes), or the minutes whole. */
  static List<Document> split(Document minutes) {
    if (minutes.kind() != Kind.MINUTES || countSpeakers(minutes.paragraphs()) < 2) {
      return List.of(minutes);
    }
    List<Document> out = new ArrayList<>();
    List<String> preamble = new ArrayList<>();
    String debateId = minutes.id() + "/§0";
    String debateTitle = minutes.title();
    int position = 0;
    Person speaker = null;
    List<String> speech = new ArrayList<>();
    for (String paragraph : minutes.paragraphs()) {
      Matcher section = SECTION.matcher(paragraph);
      Matcher named = SPEAKER.matcher(paragraph);
      Matcher chair = CHAIR.matcher(paragraph);
      Person next = named.matches() ? new Person(named.group(1), named.group(2), Role.SPEAKER)
          : chair.matches() ? new Person("Ordföranden", null, Role.CHAIR) : null;
      if (section.matches() || next != null) {
        position = flush(out, minutes, speaker, speech, debateId, debateTitle, position);
        speaker = null;
      }
      if (section.matches()) {
        debateId = minutes.id() + "/§" + section.group(1);
        debateTitle = section.group(2).isBlank() ? minutes.title() : section.group(2).strip();
        position = 0;
      } else if (next != null) {
        speaker = next;
        String rest = (named.matches() ? named.group(3) : chair.group(1)).strip();
        if (!rest.isEmpty()) {
          speech.add(rest);
        }
      } else if (speaker != null) {
        speech.add(paragraph);
      } else {
        preamble.add(paragraph);
      }
    }
    flush(out, minutes, speaker, speech, debateId, debateTitle, position);
    if (!preamble.isEmpty()) {
      out.add(0, new Document(minutes.id(), Kind.MINUTES, minutes.title(), minutes.date(), minutes.assembly(),
          minutes.reference(), minutes.people(), minutes.addressee(), preamble, minutes.source()));
    }
    return out;
  }

  private static int flush(List<Document> out, Document minutes, Person speaker, List<String> speech, String debateId,
      String debateTitle, int position) {
    if (speaker == null || speech.isEmpty()) {
      speech.clear();
      return position;
    }
    int place = position + 1;
    String id = debateId.replace("§", "s") + "/" + place;
    out.add(new Document(id, Kind.SPEECH, debateTitle, minutes.date(), minutes.assembly(), minutes.reference(),
        List.of(speaker), null, List.copyOf(speech), minutes.source(), new Debate(debateId, debateTitle, place)));
    speech.clear();
    return place;
  }

  private static int countSpeakers(List<String> paragraphs) {
    int n = 0;
    for (String paragraph : paragraphs) {
      if (SPEAKER.matcher(paragraph).matches()) {
        n++;
      }
    }
    return n;
  }
}
