package se.debattsok.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.SuggestWordQueue;
import se.debattsok.analysis.TermMarks;
import se.debattsok.analysis.SwedishAnalysis;
import se.debattsok.index.Fields;

/**
 * Corrects misspelled words from the index's own vocabulary (the exact word forms of the text and
 * people's names), so that every suggestion is a word that occurs in some document. Only plain
 * queries are corrected: words, quotes and minus signs; anything with field names or operators is
 * left as the user wrote it.
 */
final class Speller {
  private static final Pattern PLAIN_QUERY = Pattern.compile("[\\p{L}\\p{N}\\s\"'’\\-]+");
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
  static final int MIN_WORD_LENGTH = 4;
  private static final int MAX_UNKNOWN_WORDS = 10;
  /**
   * No word of the texts is longer than this (the longest compounds have about 45 letters): a longer
   * one is no typo of any, and looking for its near spellings builds automata that take seconds.
   */
  static final int MAX_WORD_LENGTH = 48;

  /** Lower case and å, ä, ö → a, o: to tell a word typed without Swedish letters from a misspelling. */
  private final Analyzer folding = SwedishAnalysis.names();
  private final Analyzer foldedText = SwedishAnalysis.foldedQuery();
  private final Analyzer stemmedText = SwedishAnalysis.textQuery();
  private final Analyzer namesQuery = SwedishAnalysis.namesQuery();

  /**
   * Whether another form of the word is in the text: its stem, or (typed without å, ä, ö) its
   * folded stem or its form folded, which the folded copy of the text holds for the words folding
   * changes.
   */
  private boolean foundStemmed(String word, Vocabulary words) throws IOException {
    String stem = single(stemmedText, word);
    if (stem != null && words.docFreq(Fields.TEXT, stem) > 0) {
      return true;
    }
    String folded = single(foldedText, word);
    if (folded != null && words.docFreq(Fields.TEXT_FOLDED, folded) > 0) {
      return true;
    }
    String form = TermMarks.foldedForm(word.toLowerCase(Locale.ROOT), "");
    return !words.foldedForms().startingWith(form).isEmpty();
  }

  private String fold(String word) throws IOException {
    String folded = single(folding, word);
    return folded == null ? word : folded;
  }

  /** The one term an analyzer makes of a word; null when it makes none or several. */
  private static String single(Analyzer analyzer, String word) throws IOException {
    List<String> terms = terms(analyzer, word);
    return terms.size() == 1 ? terms.get(0) : null;
  }

  private static List<String> terms(Analyzer analyzer, String word) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(Fields.TEXT, word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }

  /** Whether the word is (part of) someone's name as names are searched, a genitive too ("Axéns"). */
  private boolean isName(String word, Vocabulary words) throws IOException {
    for (String name : terms(namesQuery, word)) {
      if (words.docFreq(Fields.PERSON, name) > 0 || words.docFreq(Fields.PARTICIPANT, name) > 0) {
        return true;
      }
    }
    return false;
  }

  /** A correction, and the field it was found in. */
  private record Candidate(String field, SuggestWord word) {}

  /** The words a correction is looked for in: the text's exact forms and people's names. */
  private record AsWord(String field, String word) {}

  /**
   * The likeliest correction among the text's words and people's names ("svedebrg" is Svedberg, a
   * name no text has): the nearest, then the commonest.
   */
  private Candidate likeliest(List<AsWord> asWords, Vocabulary words) throws IOException {
    Candidate best = null;
    for (AsWord word : asWords) {
      SuggestWord found = words.nearest(word.field(), word.word());
      if (found != null && (best == null || SuggestWordQueue.DEFAULT_COMPARATOR.compare(found, best.word()) > 0)) {
        best = new Candidate(word.field(), found);
      }
    }
    return best;
  }

  /**
   * A name as people write it: names are indexed folded ("akesson"), and the correction shows the
   * name as one of the documents that hold it spells it ("Åkesson").
   */
  private static String asWritten(String field, String folded, Vocabulary words, Analyzer folding) throws IOException {
    String names = words.asWritten(field, folded);
    if (names != null) {
      for (String name : names.split("\n")) {
        for (String part : name.split("[\\s\\-]+")) {
          if (folded.equals(single(folding, part))) {
            return part;
          }
        }
      }
    }
    return folded;
  }

  /**
   * The query with each unknown word replaced by its likeliest correction; null if none is needed,
   * or if more than {@value #MAX_UNKNOWN_WORDS} different words are unknown: that is no query with
   * typos, and each look-up walks the vocabulary (700 unknown words took seconds).
   */
  String correct(String query, Vocabulary words, Deadline deadline) throws IOException {
    if (!PLAIN_QUERY.matcher(query).matches()) {
      return null;
    }
    Map<String, Optional<String>> corrections = new HashMap<>(); // each different word looked up once
    int unknown = 0;
    Matcher m = WORD.matcher(query);
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    int last = 0;
    while (m.find()) {
      String word = m.group();
      if (deadline.expired()) {
        return null; // out of time: the query is answered as written
      }
      if (!corrections.containsKey(word)) {
        boolean known = isKnown(word, words);
        if (!known && ++unknown > MAX_UNKNOWN_WORDS) {
          return null;
        }
        corrections.put(word, known ? Optional.empty() : Optional.ofNullable(suggestion(word, words)));
      }
      Optional<String> correction = corrections.get(word);
      changed |= correction.isPresent();
      corrected.append(query, last, m.start()).append(correction.orElse(word));
      last = m.end();
    }
    corrected.append(query.substring(last));
    return changed ? corrected.toString() : null;
  }

  /**
   * Whether a word needs no correction: too short, an operator, in the text as written, a name, or
   * typed without å, ä, ö for a word the texts write one way only, which is searched so spelled.
   */
  private boolean isKnown(String word, Vocabulary words) throws IOException {
    return word.length() < MIN_WORD_LENGTH || word.equals("AND") || word.equals("OR") || word.equals("NOT")
        || words.docFreq(Fields.TEXT_EXACT, word.toLowerCase(Locale.ROOT)) > 0
        || isName(word, words)
        || words.foldedForms().onlySpelling(word.toLowerCase(Locale.ROOT)).isPresent();
  }

  /** Words shorter than this are not looked for at the end of longer words: too many end so. */
  private static final int MIN_WORD_END_LENGTH = 6;

  /**
   * The commonest word of the text that ends with the word ("betslöshet" → "arbetslöshet"); null
   * when none does. For an unknown word with no near spelling: the end of a compound, a word that
   * lost its first letter, or half of one a line break split. Walks the whole vocabulary, so it is
   * only asked where the spell checker found nothing.
   */
  private static String commonestEndingIn(String word, Vocabulary words) throws IOException {
    if (word.length() < MIN_WORD_END_LENGTH || word.length() > MAX_WORD_LENGTH) {
      return null;
    }
    return words.commonestEndingIn(word);
  }

  /** The likeliest correction of an unknown word; null when there is none, or it is no typo. */
  private String suggestion(String word, Vocabulary words) throws IOException {
    List<AsWord> asWords = List.of(new AsWord(Fields.TEXT_EXACT, word.toLowerCase(Locale.ROOT)),
        new AsWord(Fields.PERSON, fold(word)), new AsWord(Fields.PARTICIPANT, fold(word)));
    Candidate candidate = likeliest(asWords, words);
    String suggestion;
    if (candidate != null) {
      suggestion = candidate.field().equals(Fields.TEXT_EXACT)
          ? candidate.word().string
          : asWritten(candidate.field(), candidate.word().string, words, folding);
    } else {
      suggestion = commonestEndingIn(word.toLowerCase(Locale.ROOT), words);
      if (suggestion == null) {
        return null;
      }
    }
    if (foundStemmed(word, words) && !fold(suggestion).equals(fold(word))) {
      // A word whose stem the text has, or typed without å, ä, ö, is no typo: only its own
      // spelling with those letters is offered ("hallbarhetskommissionen" must not become
      // "hållbarhetskommisionen", a misspelling that happens to be in a document).
      return null;
    }
    return suggestion;
  }
}
