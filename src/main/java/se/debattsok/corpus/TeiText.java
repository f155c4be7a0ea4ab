package se.debattsok.corpus;

import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The spoken text of a TEI segment, plain or linguistically annotated. In ParlaMint's {@code .ana}
 * files every token is a {@code w} or {@code pc}, spaced unless it says {@code join="right"} (or the
 * next says {@code join="left"}): "Fru talman!" and not "Fru talman !". What transcribers add inside a
 * speech (notes, gaps, applause and other incidents, with their descriptions) is not what was said
 * and is left out, as is the syntactic {@code linkGrp} of an annotated sentence.
 */
final class TeiText {
  /** Inline elements that hold no spoken words. */
  private static final Set<String> NOT_SPOKEN = Set.of("note", "gap", "vocal", "kinesic", "incident", "desc", "linkGrp", "link", "pb", "fw");

  private TeiText() {}

  /** The text, cleaned to single spaces; null when there is none. */
  static String of(Element segment) {
    if (segment == null) {
      return null;
    }
    Builder out = new Builder();
    append(segment, out);
    String text = Text.clean(out.text.toString());
    return text.isEmpty() ? null : text;
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    /** Whether the last token asked to be joined to the next. */
    boolean joinNext;
  }

  private static void append(Node node, Builder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        String name = e.getLocalName();
        if (NOT_SPOKEN.contains(name)) {
          out.text.append(' ');
          out.joinNext = false;
        } else if (name.equals("w") || name.equals("pc")) {
          token(e, out);
        } else {
          append(e, out);
        }
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        String value = child.getNodeValue();
        // Between tokens an annotated file has only layout whitespace; the tokens space themselves.
        if (!(out.joinNext && value.isBlank())) {
          out.text.append(value);
        }
      }
    }
  }

  /**
   * One token. A contraction ("del" = "de" + "el") is a {@code w} holding its text and, as empty
   * {@code w}s, its parts: the text is that of the outer token.
   */
  private static void token(Element w, Builder out) {
    boolean joinLeft = "left".equals(w.getAttribute("join"));
    if (!out.text.isEmpty() && !out.joinNext && !joinLeft) {
      out.text.append(' ');
    } else if (out.joinNext || joinLeft) {
      trimEnd(out.text);
    }
    StringBuilder own = new StringBuilder();
    for (Node child = w.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        own.append(child.getNodeValue());
      }
    }
    out.text.append(own.toString().strip());
    out.joinNext = "right".equals(w.getAttribute("join"));
  }

  private static void trimEnd(StringBuilder text) {
    int end = text.length();
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    text.setLength(end);
  }
}
