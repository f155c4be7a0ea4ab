package se.debattsok.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;
import se.debattsok.analysis.KeyboardDistance;
import se.debattsok.index.Fields;

/** A local index's words. */
record IndexVocabulary(IndexReader reader, DirectSpellChecker checker) implements Vocabulary {

  /** The spell checker {@link Speller} uses; a Solr collection's (solrconfig.xml) is set up alike. */
  static DirectSpellChecker newChecker() {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(2);
    checker.setMinQueryLength(Speller.MIN_WORD_LENGTH);
    checker.setMaxQueryLength(Speller.MAX_WORD_LENGTH);
    checker.setAccuracy(0.7f);
    checker.setDistance(new KeyboardDistance()); // among equally near words, the likelier slip
    return checker;
  }

  @Override
  public long docFreq(String field, String term) throws IOException {
    return reader.docFreq(new Term(field, term));
  }

  @Override
  public SuggestWord nearest(String field, String word) throws IOException {
    SuggestWord[] found = checker.suggestSimilar(new Term(field, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return found.length == 0 ? null : found[0];
  }

  @Override
  public String commonestEndingIn(String word) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, Fields.TEXT_EXACT);
    if (terms == null) { // an empty index
      return null;
    }
    // A plain walk comparing the ends of the words: a "*word" pattern's automaton cannot be built
    // for some words ("xxx…x"), and walks the whole vocabulary all the same.
    BytesRef end = new BytesRef(word);
    TermsEnum words = terms.iterator();
    String best = null;
    int bestFreq = 0;
    for (BytesRef term = words.next(); term != null; term = words.next()) {
      if (term.length <= end.length || !endsWith(term, end)) {
        continue;
      }
      String found = term.utf8ToString();
      int freq = words.docFreq();
      if (freq > bestFreq || freq == bestFreq && found.length() < best.length()) { // of equals, the least added
        best = found;
        bestFreq = freq;
      }
    }
    return best;
  }

  private static boolean endsWith(BytesRef term, BytesRef end) {
    int offset = term.offset + term.length - end.length;
    return Arrays.equals(term.bytes, offset, offset + end.length, end.bytes, end.offset, end.offset + end.length);
  }

  @Override
  public String asWritten(String field, String folded) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    TopDocs top = searcher.search(new TermQuery(new Term(field, folded)), 1);
    if (top.scoreDocs.length == 0) {
      return null;
    }
    String[] names = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(Fields.PERSON_NAME))
        .getValues(Fields.PERSON_NAME);
    return String.join("\n", names);
  }

  @Override
  public FoldedForms foldedForms() {
    return new IndexFoldedForms(reader);
  }
}
