package se.debattsok.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The three indexed copies of a paragraph — stemmed with compound heads ({@link
 * SwedishAnalysis#text()}), exact forms ({@link SwedishAnalysis#exact()}) and folded ({@link
 * SwedishAnalysis#folded()}) — in one pass over it, each distinct word analysed once. The three
 * chains tokenize, lower-case, stem and split every word again; but debates repeat their words
 * (a corpus has a small fraction as many distinct forms as words, docs/benchmark.md), so here a word
 * is tokenized once and its stem, compound heads and folded forms are looked up. What it emits is
 * exactly what the chains emit ({@code TextFieldsTest} compares them); the chains stay the
 * definition, and what Solr runs.
 *
 * <p>One instance per thread (it holds a tokenizer and a stemmer); the threads of one run share their
 * {@link Words}, so that each word is analysed once in all.
 */
public final class TextFields {
  /** Where the tokens of one field's value go, in order. */
  public interface Sink {
    void token(String term, int start, int end, int increment);

    /** After the last token: the value's final offset and the positions left after it. */
    void end(int finalOffset, int finalIncrement);
  }

  /** The words analysed so far, shared by the threads of a run. */
  public static final class Words {
    /** Words kept at most; the table starts again when full (a corpus with very many rare words). */
    private static final int MAX_WORDS = 500_000;

    private final ConcurrentHashMap<String, Word> table = new ConcurrentHashMap<>(1 << 16);

    Word get(String form) {
      return table.get(form);
    }

    void put(Word word) {
      if (table.size() >= MAX_WORDS) {
        table.clear();
      }
      table.put(word.form(), word);
    }
  }

  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final TokenStream stream = new LowerCaseFilter(tokenizer);
  private final CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
  private final SwedishStems stemmer = SwedishStems.shipped();
  private final CompoundSplitter splitter = new CompoundSplitter(WordCounts.shipped());
  private final Words words;

  /** With a table of words of its own. */
  public TextFields() {
    this(new Words());
  }

  public TextFields(Words words) {
    this.words = words;
  }

  /**
   * A lower-cased word as the three fields index it.
   *
   * @param stem the text field's term
   * @param heads the text field's terms for the compound's heads, marked, longest head first
   * @param headLengths each head's length as written, for its offsets
   * @param foldedStem the folded field's term, or null where folding leaves the word as it is
   * @param foldedForm the folded field's marked form ({@link TermMarks#foldedForm}), or null
   * @param foldedHeads the folded field's term for each head, or null for a head folding leaves
   */
  private record Word(String form, String stem, String[] heads, int[] headLengths, String foldedStem, String foldedForm,
      String[] foldedHeads) {}

  /** Sends the text's tokens for the stemmed, exact and folded fields to the three sinks. */
  public void analyse(String text, Sink stemmed, Sink exact, Sink folded) {
    try {
      tokenizer.setReader(new StringReader(text));
      stream.reset();
      int foldedSkipped = 0; // positions of words the folded field leaves out, added to its next term
      while (stream.incrementToken()) {
        Word word = word();
        int start = offset.startOffset();
        int end = offset.endOffset();
        int increment = position.getPositionIncrement();
        exact.token(word.form, start, end, increment);
        stemmed.token(word.stem, start, end, increment);
        if (word.foldedStem == null) {
          foldedSkipped += increment;
        } else {
          folded.token(word.foldedStem, start, end, increment + foldedSkipped);
          folded.token(word.foldedForm, start, end, 0);
          foldedSkipped = 0;
        }
        // The chains point a head's offsets at the head alone where the text is the word as written.
        boolean asWritten = end - start == word.form.length();
        for (int i = 0; i < word.heads.length; i++) {
          int headStart = asWritten ? end - word.headLengths[i] : start;
          stemmed.token(word.heads[i], headStart, end, 0);
          if (word.foldedHeads[i] != null) {
            folded.token(word.foldedHeads[i], headStart, end, foldedSkipped);
            foldedSkipped = 0;
          }
        }
      }
      stream.end();
      int finalOffset = offset.endOffset();
      int finalIncrement = position.getPositionIncrement();
      stemmed.end(finalOffset, finalIncrement);
      exact.end(finalOffset, finalIncrement);
      folded.end(finalOffset, finalIncrement);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a string does not fail
    } finally {
      try {
        stream.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The current token's word, analysed the first time it is met. */
  private Word word() {
    String form = term.toString();
    Word word = words.get(form);
    if (word == null) {
      word = analyse(form);
      words.put(word);
    }
    return word;
  }

  private Word analyse(String form) {
    char[] chars = form.toCharArray();
    String stem = stem(form);
    List<String> written = form.length() >= CompoundSplitter.MIN_WORD && WordCounts.lettersOnly(chars, chars.length)
        ? splitter.heads(chars, chars.length)
        : List.of();
    String[] heads = new String[written.size()];
    int[] headLengths = new int[written.size()];
    String[] foldedHeads = new String[written.size()];
    for (int i = 0; i < heads.length; i++) {
      String head = written.get(i);
      String headStem = stem(head);
      heads[i] = TermMarks.compoundHead(headStem);
      headLengths[i] = head.length();
      foldedHeads[i] = Folding.fold(head).equals(head) ? null : TermMarks.compoundHead(Folding.fold(headStem));
    }
    String foldedStem = null;
    String foldedForm = null;
    String foldedWord = Folding.fold(form);
    if (!foldedWord.equals(form)) {
      foldedStem = Folding.fold(stem);
      foldedForm = TermMarks.foldedForm(foldedWord, foldedStem);
    }
    return new Word(form, stem, heads, headLengths, foldedStem, foldedForm, foldedHeads);
  }

  private String stem(String word) {
    stemmer.setCurrent(word);
    stemmer.stem();
    return stemmer.getCurrent();
  }
}
