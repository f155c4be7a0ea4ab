package se.debattsok.search;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import se.debattsok.index.DocumentMapper;
import se.debattsok.index.Fields;
import se.debattsok.model.Document;
import se.debattsok.model.Kind;
import se.debattsok.model.Person;
import se.debattsok.model.Role;
import se.debattsok.model.ThreadKeys;

/**
 * A document's thread: the documents that share a {@link ThreadKeys} key with it, and, where no
 * number ties a question to an answer, the answers a question probably got (or the question an
 * answer probably answers): the same asker and answerer, the answer dated within a year after the
 * question, no number of either saying otherwise. Guesses are flagged as such.
 */
final class ThreadLookup {
  /** More documents than any thread has (a debate of many speeches); a guard, not a page size. */
  static final int MAX_PARTS = 1_000;
  /** How long after a question its answer may come, for a guess. */
  static final int GUESS_DAYS = 365;

  private ThreadLookup() {}

  /** The thread of a document in order, question first; empty when the document stands alone. */
  static List<ThreadPart> of(IndexSearcher searcher, int docId) throws IOException {
    StoredFields stored = searcher.storedFields();
    Document doc = DocumentMapper.fromStored(stored.document(docId, HitReader.HIT_FIELDS));
    List<String> keys = ThreadKeys.of(doc);
    Map<Integer, ThreadPart> parts = new LinkedHashMap<>();
    parts.put(docId, part(doc, ThreadPart.SELF, null));
    if (!keys.isEmpty()) {
      for (ScoreDoc hit : searcher.search(anyKey(keys), MAX_PARTS).scoreDocs) {
        Document other = DocumentMapper.fromStored(stored.document(hit.doc, HitReader.HIT_FIELDS));
        String shared = ThreadKeys.of(other).stream().filter(keys::contains).findFirst().orElse(null);
        if (hit.doc != docId && shared != null) {
          String kind = ThreadKeys.kindOf(shared);
          parts.put(hit.doc, part(other, kind.equals(ThreadKeys.CASE) ? ThreadPart.CASE : ThreadPart.NUMBER,
              shared.substring(shared.indexOf(' ') + 1)));
        }
      }
    }
    Query guesses = guessQuery(doc);
    if (guesses != null) {
      for (ScoreDoc hit : searcher.search(guesses, MAX_PARTS).scoreDocs) {
        if (parts.containsKey(hit.doc)) {
          continue;
        }
        Document other = DocumentMapper.fromStored(stored.document(hit.doc, HitReader.HIT_FIELDS));
        guess(doc, keys, other).ifPresent(because -> parts.put(hit.doc, part(other, ThreadPart.GUESS, because)));
      }
    }
    debates(searcher, doc, docId, parts);
    if (parts.size() < 2) {
      return List.of();
    }
    List<ThreadPart> ordered = new ArrayList<>(parts.values());
    ordered.sort(ORDER);
    return ordered;
  }

  /**
   * A council's debate of the question, which no number ties to it ({@link DebateGuesses}): from a
   * speech, the question and answer its debate's title names; from those, the whole debate.
   */
  private static void debates(IndexSearcher searcher, Document doc, int docId, Map<Integer, ThreadPart> parts)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> questions = new LinkedHashMap<>();
    if (doc.kind() == Kind.INTERPELLATION || doc.kind() == Kind.ANSWER) {
      questions.put(docId, doc);
    }
    Query named = parts.size() == 1 ? DebateGuesses.questionsFor(doc) : null;
    if (named != null) {
      for (ScoreDoc hit : searcher.search(named, MAX_PARTS).scoreDocs) {
        Document question = DocumentMapper.fromStored(stored.document(hit.doc, HitReader.HIT_FIELDS));
        String why = DebateGuesses.why(question, doc);
        if (why != null) {
          parts.putIfAbsent(hit.doc, part(question, ThreadPart.GUESS, why));
          questions.put(hit.doc, question);
        }
      }
    }
    if (parts.values().stream().anyMatch(p -> p.debate() != null && !ThreadPart.SELF.equals(p.linkedBy()))) {
      return; // the debate is in the thread already, by its number
    }
    for (Document question : questions.values()) {
      Query speeches = DebateGuesses.speechesFor(question);
      if (speeches == null) {
        continue;
      }
      Set<String> debatesSeen = new HashSet<>();
      for (ScoreDoc hit : searcher.search(speeches, MAX_PARTS).scoreDocs) {
        Document speech = DocumentMapper.fromStored(stored.document(hit.doc, HitReader.HIT_FIELDS));
        String why = speech.debate() == null ? null : DebateGuesses.why(question, speech);
        if (why == null || !debatesSeen.add(speech.debate().id())) {
          continue;
        }
        for (ScoreDoc inDebate : searcher.search(new TermQuery(new Term(Fields.DEBATE_ID, speech.debate().id())), MAX_PARTS)
            .scoreDocs) {
          Document other = DocumentMapper.fromStored(stored.document(inDebate.doc, HitReader.HIT_FIELDS));
          parts.putIfAbsent(inDebate.doc, part(other, ThreadPart.GUESS, why));
        }
      }
    }
  }

  /** Question, answer, then the speeches of each debate in turn; by date within each. */
  static final Comparator<ThreadPart> ORDER = Comparator
      .comparingInt((ThreadPart p) -> stage(p.kind()))
      .thenComparing(p -> p.date() == null ? "9999" : p.date())
      .thenComparing(p -> p.debate() == null ? "" : p.debate().id())
      .thenComparingInt(p -> p.debate() == null ? 0 : p.debate().position())
      .thenComparing(ThreadPart::id);

  private static int stage(String kind) {
    Kind k = Kind.parse(kind).orElse(Kind.OTHER);
    return switch (k) {
      case INTERPELLATION, MOTION -> 0;
      case ANSWER -> 1;
      case SPEECH -> 2;
      case MINUTES -> 3;
      case OTHER -> 4;
    };
  }

  /**
   * How many documents share one of these keys: the union of the keys' postings, read directly.
   * A thread is a few documents, and a page asks this for each hit: a query's weight and scorer
   * cost more than reading them.
   */
  static int size(IndexSearcher searcher, List<String> keys) throws IOException {
    int size = 0;
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(Fields.THREAD_KEY);
      if (terms == null) {
        continue;
      }
      TermsEnum termsEnum = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      Set<Integer> docs = new HashSet<>();
      for (String key : keys) {
        if (termsEnum.seekExact(new BytesRef(key))) {
          postings = termsEnum.postings(postings, PostingsEnum.NONE);
          for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
            if (live == null || live.get(doc)) {
              docs.add(doc);
            }
          }
        }
      }
      size += docs.size();
    }
    return size;
  }

  static Query anyKey(List<String> keys) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    keys.forEach(key -> any.add(new TermQuery(new Term(Fields.THREAD_KEY, key)), Occur.SHOULD));
    return any.build();
  }

  /**
   * The documents that may be this question's answer, or this answer's question: of the other kind,
   * with the same asker and answerer; null for a document that is neither, or names no one.
   */
  static Query guessQuery(Document doc) {
    Kind wanted = doc.kind() == Kind.INTERPELLATION ? Kind.ANSWER : doc.kind() == Kind.ANSWER ? Kind.INTERPELLATION : null;
    Person asker = first(doc, Role.ASKER);
    Person answerer = first(doc, Role.ANSWERER);
    if (wanted == null || asker == null || answerer == null || doc.date() == null) {
      return null;
    }
    long day = doc.date().toEpochDay();
    long from = wanted == Kind.ANSWER ? day : day - GUESS_DAYS;
    long to = wanted == Kind.ANSWER ? day + GUESS_DAYS : day;
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.KIND, wanted.code())), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.PERSON_KEY, asker.key())), Occur.FILTER)
        .add(new TermQuery(new Term(Fields.PERSON_KEY, answerer.key())), Occur.FILTER)
        .add(LongField.newRangeQuery(Fields.DATE, from, to), Occur.FILTER)
        .build();
  }

  /** Why another document is probably in the thread, or nothing when it is not. */
  private static Optional<String> guess(Document doc, List<String> keys, Document other) {
    Person asker = first(doc, Role.ASKER);
    Person answerer = first(doc, Role.ANSWERER);
    boolean sameRoles = asker != null && answerer != null && other.date() != null
        && Objects.equals(key(first(other, Role.ASKER)), asker.key())
        && Objects.equals(key(first(other, Role.ANSWERER)), answerer.key());
    if (!sameRoles || !ThreadKeys.organisation(doc.assembly()).equals(ThreadKeys.organisation(other.assembly()))
        || contradicts(keys, ThreadKeys.of(other))) {
      return Optional.empty();
    }
    long days = Math.abs(ChronoUnit.DAYS.between(doc.date(), other.date()));
    return Optional.of(asker.name() + " och " + answerer.name() + ", " + days + (days == 1 ? " dag" : " dagar") + " isär");
  }

  /** Two documents numbered for different questions or cases are not one thread, whoever wrote them. */
  private static boolean contradicts(List<String> keys, List<String> others) {
    for (String key : keys) {
      for (String other : others) {
        if (ThreadKeys.kindOf(key).equals(ThreadKeys.kindOf(other)) && !key.equals(other)) {
          return true;
        }
      }
    }
    return false;
  }

  static Person first(Document doc, Role role) {
    return doc.people().stream().filter(p -> p.role() == role).findFirst().orElse(null);
  }

  private static String key(Person person) {
    return person == null ? null : person.key();
  }

  private static ThreadPart part(Document doc, String linkedBy, String because) {
    LocalDate date = doc.date();
    return new ThreadPart(doc.id(), doc.kind().code(), doc.title(), date == null ? null : date.toString(), doc.reference(),
        doc.people().stream().map(SearchResult.HitPerson::of).toList(), SearchResult.HitDebate.of(doc.debate()), linkedBy,
        because);
  }
}
