package se.debattsok.search;

import java.io.IOException;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The words an index holds, as {@link Speller} asks about them: a local index's
 * ({@link IndexVocabulary}) or a Solr collection's ({@link SolrVocabulary}).
 */
interface Vocabulary {
  /** In how many documents the field has the term. */
  long docFreq(String field, String term) throws IOException;

  /**
   * The nearest word of the field to one it does not hold (Lucene's DirectSpellChecker with the
   * settings of {@link Speller}: at most 2 edits, accuracy 0.7, {@code KeyboardDistance}); null
   * when none is near enough.
   */
  SuggestWord nearest(String field, String word) throws IOException;

  /** The commonest longer word of the text's exact forms that ends with the word; null for none. */
  String commonestEndingIn(String word) throws IOException;

  /** A folded name part ("akesson") as a document that holds it spells it ("Åkesson"). */
  String asWritten(String field, String folded) throws IOException;

  FoldedForms foldedForms();
}
