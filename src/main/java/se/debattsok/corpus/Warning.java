package se.debattsok.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;

/**
 * Something a file's documents lack that its readers may expect: "12 of 119 speeches have no party".
 * Counted per file by {@code inspect} and summed over a run by {@code index}, so that a user sees
 * whether new data was read right.
 *
 * @param count how many lack it
 * @param total out of how many
 * @param things what is counted, in the plural ("speeches")
 * @param thing the same in the singular ("speech")
 * @param problem what they lack, with a plural verb ("have no party")
 */
public record Warning(int count, int total, String thing, String things, String problem) {

  /** "12 of 119 speeches have no party"; "1 of 2 speeches has no party". */
  public String message() {
    String verb = count == 1 ? problem.replaceFirst("^have ", "has ").replaceFirst("^are ", "is ") : problem;
    return String.format(Locale.ROOT, "%,d of %,d %s %s", count, total, total == 1 ? thing : things, verb);
  }

  /** Whether anything lacks it: a tally of none is kept only so that sums over files count every file. */
  public boolean any() {
    return count > 0;
  }

  /** Warnings of the same kind, to be summed. */
  public String kind() {
    return things + " " + problem;
  }

  /** The same kind summed: 12 of 119 and 3 of 40 are 15 of 159. */
  public Warning plus(Warning other) {
    return new Warning(count + other.count, total + other.total, thing, things, problem);
  }

  @Override
  public String toString() {
    return message();
  }

  /**
   * What any reader's documents may lack (speakers, parties, dates, titles), tallied also where
   * nothing lacks it, so that a run's sums are out of all the speeches read.
   */
  static List<Warning> tally(List<Document> documents) {
    List<Warning> out = new ArrayList<>();
    List<Document> speeches = documents.stream().filter(d -> d.kind() == Kind.SPEECH).toList();
    int noSpeaker = 0;
    int noParty = 0;
    int members = 0;
    int noTitle = 0;
    for (Document speech : speeches) {
      List<Person> speakers = speech.principals();
      if (speakers.isEmpty()) {
        noSpeaker++;
      } else if (speakers.get(0).role() != Role.CHAIR) {
        members++; // the chair speaks as the chair, and the records often give no party for it
        if (speakers.get(0).party() == null) {
          noParty++;
        }
      }
      if (speech.title() == null || speech.title().isBlank()) {
        noTitle++;
      }
    }
    add(out, noSpeaker, speeches.size(), "speech", "speeches", "have no speaker");
    add(out, noParty, members, "speech", "speeches", "have no party for their speaker");
    add(out, noTitle, speeches.size(), "speech", "speeches", "have no debate title");
    int undated = (int) documents.stream().filter(d -> d.date() == null).count();
    add(out, undated, documents.size(), "document", "documents", "have no date");
    return out;
  }

  private static void add(List<Warning> out, int count, int total, String thing, String things, String problem) {
    if (total > 0) {
      out.add(new Warning(count, total, thing, things, problem));
    }
  }
}
