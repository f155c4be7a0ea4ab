package se.debattsok.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link MarkedText}: the passage's text and the ranges of
 * its hits, overlapping hits (a phrase and one of its words) made one.
 *
 * <p>The highlighter joins the paragraphs (values of the multi-valued text field) with U+0000 and
 * never lets a passage cross one; a passage may begin on that character, which is skipped.
 */
final class SnippetFormatter extends PassageFormatter {
  static final char PARAGRAPH_JOIN = '\u0000';
  private static final String ELLIPSIS_BEFORE = "… ";
  private static final String ELLIPSIS_AFTER = " …";

  /** A marked passage and where it starts in the joined text. */
  record Marked(int start, MarkedText text) {}

  /** Whole paragraphs (for the document view) instead of snippets with ellipses. */
  private final boolean wholeParagraphs;

  SnippetFormatter(boolean wholeParagraphs) {
    this.wholeParagraphs = wholeParagraphs;
  }

  /** Snippets: a list of {@link MarkedText}; whole paragraphs: a list of {@link Marked}. */
  @Override
  public List<Object> format(Passage[] passages, String content) {
    List<Object> out = new ArrayList<>();
    for (Passage passage : passages) {
      int begin = passage.getStartOffset();
      while (begin < passage.getEndOffset() && content.charAt(begin) == PARAGRAPH_JOIN) {
        begin++;
      }
      StringBuilder text = new StringBuilder();
      List<int[]> marks = new ArrayList<>();
      int pos = begin;
      int i = 0;
      while (i < passage.getNumMatches()) {
        int start = Math.max(passage.getMatchStarts()[i], pos);
        int end = passage.getMatchEnds()[i];
        while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
          end = Math.max(end, passage.getMatchEnds()[++i]);
        }
        i++;
        if (end <= start) {
          continue;
        }
        clean(content, pos, start, text);
        int markStart = text.length();
        clean(content, start, end, text);
        marks.add(new int[] {markStart, text.length()});
        pos = end;
      }
      clean(content, pos, passage.getEndOffset(), text);
      if (wholeParagraphs) {
        out.add(new Marked(begin, stripped(text, marks, "", "")));
        continue;
      }
      // An ellipsis where the snippet starts or ends inside a paragraph.
      int end = passage.getEndOffset();
      boolean cutBefore = begin > 0 && content.charAt(begin - 1) != PARAGRAPH_JOIN;
      boolean cutAfter = end < content.length() && content.charAt(end) != PARAGRAPH_JOIN;
      out.add(stripped(text, marks, cutBefore ? ELLIPSIS_BEFORE : "", cutAfter ? ELLIPSIS_AFTER : ""));
    }
    return out;
  }

  /** The text without white space at its ends, between a prefix and a suffix, its marks moved along. */
  private static MarkedText stripped(StringBuilder text, List<int[]> marks, String prefix, String suffix) {
    String all = text.toString();
    String core = all.strip();
    int cut = 0;
    while (cut < all.length() && Character.isWhitespace(all.charAt(cut))) {
      cut++;
    }
    List<MarkedText.Span> spans = new ArrayList<>();
    for (int[] mark : marks) {
      int start = Math.max(0, mark[0] - cut);
      int end = Math.min(core.length(), mark[1] - cut);
      if (end > start) {
        spans.add(new MarkedText.Span(prefix.length() + start, prefix.length() + end));
      }
    }
    return new MarkedText(prefix + core + suffix, spans);
  }

  /** A paragraph as text: the characters that join or break lines become spaces. */
  static MarkedText plain(String paragraph) {
    StringBuilder text = new StringBuilder();
    clean(paragraph, 0, paragraph.length(), text);
    return MarkedText.plain(text.toString());
  }

  private static void clean(String content, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      out.append(c == PARAGRAPH_JOIN || c == '\n' || c == '\r' ? ' ' : c);
    }
  }
}
