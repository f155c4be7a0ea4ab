package se.debattsok.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into HTML-escaped text in which the only markup is {@code
 * <mark>…</mark>} around the hits. Escaping here, not in each front end, is what keeps a document
 * containing {@code <script>} from ever running it.
 *
 * <p>The highlighter joins the paragraphs (values of the multi-valued text field) with U+0000 and
 * never lets a passage cross one; a passage may begin on that character, which is skipped.
 */
final class SnippetFormatter extends PassageFormatter {
  static final char PARAGRAPH_JOIN = '\u0000';

  /** A marked passage and where it starts in the joined text. */
  record Marked(int start, String html) {}

  /** Whole paragraphs (for the document view) instead of snippets with ellipses. */
  private final boolean wholeParagraphs;

  SnippetFormatter(boolean wholeParagraphs) {
    this.wholeParagraphs = wholeParagraphs;
  }

  /** Snippets: a list of HTML strings; whole paragraphs: a list of {@link Marked}. */
  @Override
  public List<Object> format(Passage[] passages, String content) {
    List<Object> out = new ArrayList<>();
    for (Passage passage : passages) {
      int begin = passage.getStartOffset();
      while (begin < passage.getEndOffset() && content.charAt(begin) == PARAGRAPH_JOIN) {
        begin++;
      }
      StringBuilder html = new StringBuilder();
      int pos = begin;
      int i = 0;
      while (i < passage.getNumMatches()) {
        int start = Math.max(passage.getMatchStarts()[i], pos);
        int end = passage.getMatchEnds()[i];
        // Overlapping matches (a phrase and one of its words) become one mark.
        while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
          end = Math.max(end, passage.getMatchEnds()[++i]);
        }
        i++;
        if (end <= start) {
          continue;
        }
        escape(content, pos, start, html);
        html.append("<mark>");
        escape(content, start, end, html);
        html.append("</mark>");
        pos = end;
      }
      escape(content, pos, passage.getEndOffset(), html);
      if (wholeParagraphs) {
        out.add(new Marked(begin, html.toString().strip()));
        continue;
      }
      // An ellipsis where the snippet starts or ends inside a paragraph.
      int end = passage.getEndOffset();
      boolean cutBefore = begin > 0 && content.charAt(begin - 1) != PARAGRAPH_JOIN;
      boolean cutAfter = end < content.length() && content.charAt(end) != PARAGRAPH_JOIN;
      out.add((cutBefore ? "… " : "") + html.toString().strip() + (cutAfter ? " …" : ""));
    }
    return out;
  }

  static void escape(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case PARAGRAPH_JOIN, '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
