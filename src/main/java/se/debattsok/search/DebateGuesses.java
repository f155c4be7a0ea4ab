package se.debattsok.search;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import se.debattsok.index.Fields;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;
import se.debattsok.model.ThreadKeys;

/**
 * A council's debate of an interpellation, which its minutes title by the asker and the subject
 * ("§ 5 Svar på interpellation av Per Rosencrantz (M) om integrationspolitiken") and number no
 * case: tied to the question and its answer by a guess from what both say, the asker named in the
 * debate's title and asking the question, the same municipality, a word of the subject in common,
 * and the dates (the debate within a year after the question, within three months of the answer).
 */
final class DebateGuesses {
  /** "interpellation av Per Rosencrantz (M) … om integrationspolitiken": the asker, the party, the subject. */
  private static final Pattern TITLE = Pattern.compile(
      "(?iu)\\binterpellation(?:en)?\\s+(?:av|från)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})\\s*(?:\\(([^)]{1,12})\\))?(?:.*?\\bom\\s+(.+))?");
  /** Words shorter than this are fillers more often than subjects. */
  private static final int SUBJECT_WORD = 5;
  static final int DAYS_AFTER_ANSWER = 90;

  private DebateGuesses() {}

  /** The asker and subject a debate's title names, or null for a title that names none. */
  record Named(Person asker, String subject) {}

  static Named named(Document speech) {
    String title = speech.debate() != null && speech.debate().title() != null ? speech.debate().title() : speech.title();
    if (speech.kind() != Kind.SPEECH || title == null) {
      return null;
    }
    Matcher m = TITLE.matcher(title);
    return m.find() ? new Named(new Person(m.group(1), m.group(2), Role.ASKER), m.group(3) == null ? title : m.group(3)) : null;
  }

  /** The speeches that may be of the debate of this question or answer: the asker's, in the time after. */
  static Query speechesFor(Document question) {
    Person asker = ThreadLookup.first(question, Role.ASKER);
    if (asker == null || question.date() == null || (question.kind() != Kind.INTERPELLATION && question.kind() != Kind.ANSWER)) {
      return null;
    }
    long day = question.date().toEpochDay();
    long from = question.kind() == Kind.ANSWER ? day - DAYS_AFTER_ANSWER : day;
    long to = question.kind() == Kind.ANSWER ? day + DAYS_AFTER_ANSWER : day + ThreadLookup.GUESS_DAYS;
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Kind.SPEECH.code())), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.PERSON_KEY, asker.key())), Occur.FILTER)
        .add(LongField.newRangeQuery(Fields.DATE, from, to), Occur.FILTER)
        .build();
  }

  /** The questions and answers a debate may be of: by the asker its title names, in the time before. */
  static Query questionsFor(Document speech) {
    Named named = named(speech);
    if (named == null || speech.date() == null) {
      return null;
    }
    long day = speech.date().toEpochDay();
    BooleanQuery.Builder kinds = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, Kind.INTERPELLATION.code())), Occur.SHOULD)
        .add(new TermQuery(new Term(Fields.KIND, Kind.ANSWER.code())), Occur.SHOULD);
    return new BooleanQuery.Builder()
        .add(kinds.build(), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.PERSON_KEY, named.asker().key())), Occur.FILTER)
        .add(LongField.newRangeQuery(Fields.DATE, day - ThreadLookup.GUESS_DAYS, day + DAYS_AFTER_ANSWER), Occur.FILTER)
        .build();
  }

  /**
   * Why a speech is probably of the debate of a question or answer, or null when it is not: its
   * debate names the question's asker and shares a word of the subject with the question's title.
   */
  static String why(Document question, Document speech) {
    Named named = named(speech);
    Person asker = ThreadLookup.first(question, Role.ASKER);
    if (named == null || asker == null || question.date() == null || speech.date() == null
        || !named.asker().key().equals(asker.key())
        || !ThreadKeys.organisation(question.assembly()).equals(ThreadKeys.organisation(speech.assembly()))) {
      return null;
    }
    Set<String> common = stems(named.subject());
    common.retainAll(stems(question.title()));
    if (common.isEmpty()) {
      return null;
    }
    long days = Math.abs(ChronoUnit.DAYS.between(question.date(), speech.date()));
    return asker.name() + " om " + String.join(", ", new java.util.TreeSet<>(common)) + ", " + days
        + (days == 1 ? " dag" : " dagar") + " isär";
  }

  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    Stems.each(text, (stem, word) -> {
      if (stem.length() >= SUBJECT_WORD) {
        stems.add(stem);
      }
    });
    return stems;
  }
}
