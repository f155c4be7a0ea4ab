package se.debattsok.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import se.debattsok.index.Fields;

/**
 * Marks in a hit's title the words the query looked for there. The title field also holds the
 * document's heading, which is not stored, so the highlighter's offsets do not fit the title alone:
 * the title is analysed again (a few words) and each word whose stem the query asks for is marked.
 */
final class TitleMarker {
  private static final Analyzer TITLES = Fields.indexAnalyzer();

  private TitleMarker() {}

  /** The stems a query looks for in titles; those it excludes (-ord) are not marked. */
  static Set<String> stemsSought(Query query) {
    Set<String> stems = new HashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return Fields.TITLE.equals(field);
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        for (Term term : terms) {
          stems.add(term.text());
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    return stems;
  }

  /** The title with the words marked whose stems are sought; unmarked when none is. */
  static MarkedText mark(String title, Set<String> stems) {
    if (title == null || stems.isEmpty()) {
      return title == null ? null : MarkedText.plain(title);
    }
    List<MarkedText.Span> marks = new ArrayList<>();
    try (TokenStream tokens = TITLES.tokenStream(Fields.TITLE, title)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      int end = 0;
      while (tokens.incrementToken()) {
        if (offset.startOffset() >= end && offset.endOffset() <= title.length() && stems.contains(term.toString())) {
          marks.add(new MarkedText.Span(offset.startOffset(), offset.endOffset()));
          end = offset.endOffset();
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return new MarkedText(title, marks);
  }
}
