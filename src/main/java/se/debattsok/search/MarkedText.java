package se.debattsok.search;

import java.util.List;

/**
 * Text with the places a query matched: plain text, as the document has it (line breaks made
 * spaces), and the character ranges to mark, in order and apart. Each front end marks them its own
 * way: the web page and the JSON with HTML, the terminal with bold.
 */
public record MarkedText(String text, List<Span> marks) {

  /** Characters [start, end) of the text. */
  public record Span(int start, int end) {}

  public MarkedText {
    marks = List.copyOf(marks);
    int last = 0;
    for (Span mark : marks) {
      if (mark.start() < last || mark.end() <= mark.start() || mark.end() > text.length()) {
        throw new IllegalArgumentException("marks must be in order, apart and inside the text: " + marks);
      }
      last = mark.end();
    }
  }

  /** The text with each mark between these two strings, nothing escaped: for a terminal, or a test. */
  public String wrapped(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
    int pos = 0;
    for (Span mark : marks) {
      out.append(text, pos, mark.start()).append(open).append(text, mark.start(), mark.end()).append(close);
      pos = mark.end();
    }
    return out.append(text, pos, text.length()).toString();
  }

  /** Text with nothing marked. */
  public static MarkedText plain(String text) {
    return new MarkedText(text, List.of());
  }
}
