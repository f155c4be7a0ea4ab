package se.debattsok.search;

import java.util.List;
import java.util.Optional;
import se.debattsok.analysis.TermMarks;

/**
 * The marked folded forms in the index (see {@link TermMarks#foldedForm}) that begin with a
 * prefix: the words with å, ä, ö that a word typed without them may stand for.
 */
interface FoldedForms {
  /** At most this many words with å, ä, ö are looked for behind one typed without them. */
  int MAX_FOLDED_FORMS = 8;

  /** For a parser without an index (tests of the query language). */
  FoldedForms NONE = prefix -> List.of();

  List<String> startingWith(String prefix);

  /**
   * The one way the texts spell a word typed without å, ä, ö, when they never spell it as typed:
   * "gangkriminalitet" is "gängkriminalitet". Empty when the word occurs as typed ("vald", which
   * may be "våld" or "vald"), when several spellings occur, or none.
   */
  default Optional<String> onlySpelling(String typed) {
    return Optional.empty();
  }
}
