package se.debattsok.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into separate snippets of HTML-escaped text in which the only
 * markup is {@code <mark>…</mark>} around the hits. Escaping here, not in each front end, is what
 * keeps a document containing {@code <script>} from ever running it.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final char PARAGRAPH_SEPARATOR = ParagraphBreakIterator.JOIN;

  @Override
  public List<String> format(Passage[] passages, String content) {
    List<String> snippets = new ArrayList<>();
    for (Passage passage : passages) {
      StringBuilder html = new StringBuilder();
      int pos = passage.getStartOffset();
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
      // An ellipsis where the snippet starts or ends inside a paragraph.
      boolean cutBefore = passage.getStartOffset() > 0 && content.charAt(passage.getStartOffset() - 1) != PARAGRAPH_SEPARATOR;
      int end = passage.getEndOffset();
      boolean cutAfter = end < content.length() && content.charAt(end) != PARAGRAPH_SEPARATOR;
      snippets.add((cutBefore ? "… " : "") + html.toString().strip() + (cutAfter ? " …" : ""));
    }
    return snippets;
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
        case PARAGRAPH_SEPARATOR, '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
  }
}
