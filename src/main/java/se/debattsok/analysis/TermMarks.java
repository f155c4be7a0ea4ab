package se.debattsok.analysis;

/**
 * The marks that set apart the terms the analysis adds beside the words: the head of a compound in
 * the text field, and a word's folded form in the folded field. The tokenizer never emits either
 * character, so a marked term never meets a word. The filters that write them and the search that
 * looks for them read them here.
 */
public final class TermMarks {
  /**
   * Marks the stem of a compound's head in the text field: "skolsegregationen" is indexed as
   * {@code skolsegregation} and {@code >segregation}.
   */
  public static final char HEAD = '>';

  /**
   * Marks the folded forms of words in the folded field, each with its folded stem: "måttliga" is
   * indexed there as {@code mattlig} and {@code =mattliga=mattlig}.
   */
  public static final char FOLDED_FORM = '=';

  private TermMarks() {}

  /** The term a compound with this (stemmed) head is indexed under, besides its own stem. */
  public static String compoundHead(String stem) {
    return HEAD + stem;
  }

  public static boolean isCompoundHead(String term) {
    return !term.isEmpty() && term.charAt(0) == HEAD;
  }

  /**
   * The term under which the folded field holds a word form typed without å, ä, ö, with the folded
   * stem of the word it stands for: {@code =mattliga=mattlig}. A query finds the stems behind a
   * form it was typed in by the terms that begin with {@code foldedForm(form, "")}.
   */
  public static String foldedForm(String form, String stem) {
    return FOLDED_FORM + form + FOLDED_FORM + stem;
  }
}
