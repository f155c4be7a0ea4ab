package se.debattsok.search;

import java.util.ArrayList;
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

  /**
   * The same text with marks that only spaces part joined into one: the words of a phrase ("Fokus
   * Järva") are one place in the text, not two.
   */
  public MarkedText joinedAcrossSpaces() {
    List<Span> joined = new ArrayList<>();
    for (Span mark : marks) {
      Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
      if (last != null && text.substring(last.end(), mark.start()).isBlank()) {
        joined.set(joined.size() - 1, new Span(last.start(), mark.end()));
      } else {
        joined.add(mark);
      }
    }
    return joined.size() == marks.size() ? this : new MarkedText(text, joined);
  }

  /** Text with nothing marked. */
  public static MarkedText plain(String text) {
    return new MarkedText(text, List.of());
  }
}
