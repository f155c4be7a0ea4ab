package se.debattsok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import se.debattsok.analysis.Spellings;
import se.debattsok.index.Fields;

/** The folded forms a reader's folded field holds: one seek per segment and word typed. */
record IndexFoldedForms(IndexReader reader) implements FoldedForms {

  @Override
  public List<String> startingWith(String prefix) {
    BytesRef start = new BytesRef(prefix);
    Set<String> found = new TreeSet<>();
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Fields.TEXT_FOLDED);
        if (terms == null) {
          continue;
        }
        TermsEnum termsEnum = terms.iterator();
        if (termsEnum.seekCeil(start) == TermsEnum.SeekStatus.END) {
          continue;
        }
        for (BytesRef term = termsEnum.term();
            term != null && StringHelper.startsWith(term, start) && found.size() < FoldedForms.MAX_FOLDED_FORMS;
            term = termsEnum.next()) {
          found.add(term.utf8ToString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the index cannot be read: the search fails as a whole
    }
    return List.copyOf(found);
  }

  @Override
  public Optional<String> onlySpelling(String typed) {
    if (!Spellings.few(typed)) {
      return Optional.empty();
    }
    List<String> spellings = Spellings.of(typed);
    String only = null;
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(Fields.TEXT_EXACT);
        if (terms == null) {
          continue;
        }
        TermsEnum termsEnum = terms.iterator();
        if (termsEnum.seekExact(new BytesRef(typed))) {
          return Optional.empty(); // the texts spell it as typed
        }
        for (String spelling : spellings.subList(1, spellings.size())) { // the first is the word as typed
          if (termsEnum.seekExact(new BytesRef(spelling))) {
            if (only != null && !only.equals(spelling)) {
              return Optional.empty(); // more than one way
            }
            only = spelling;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.ofNullable(only);
  }
}
