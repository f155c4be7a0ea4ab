package se.debattsok.render;

import java.util.function.IntFunction;
import se.debattsok.search.MarkedText;

/**
 * Marked text as HTML: every character of the text escaped, the hits between {@code <mark>} and
 * {@code </mark>}, no other markup. Escaping here, in the one place text becomes HTML for the page
 * and the JSON alike, is what keeps a document containing {@code <script>} from ever running it.
 */
public final class MarkedHtml {
  private static final IntFunction<String> PLAIN_MARK = n -> "<mark>";

  private MarkedHtml() {}

  public static String of(MarkedText marked) {
    return of(marked, 1, PLAIN_MARK);
  }

  /**
   * @param first the number of the text's first mark
   * @param openTag the opening tag of the mark with a given number (an id to step from hit to hit)
   */
  public static String of(MarkedText marked, int first, IntFunction<String> openTag) {
    String text = marked.text();
    StringBuilder html = new StringBuilder(text.length() + 16 * marked.marks().size());
    int pos = 0;
    int n = first;
    for (MarkedText.Span mark : marked.marks()) {
      escape(text, pos, mark.start(), html);
      html.append(openTag.apply(n++));
      escape(text, mark.start(), mark.end(), html);
      html.append("</mark>");
      pos = mark.end();
    }
    escape(text, pos, text.length(), html);
    return html.toString();
  }

  /** Text escaped for HTML, in element content and in quoted attributes alike. */
  public static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length());
    escape(text, 0, text.length(), html);
    return html.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder out) {
    int plain = from; // the start of the run of characters that need no escaping
    for (int i = from; i < to; i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null) {
        out.append(text, plain, i).append(entity);
        plain = i + 1;
      }
    }
    out.append(text, plain, to); // in runs, not a character at a time: every snippet of every hit
  }
}
