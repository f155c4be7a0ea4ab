package se.debattsok.search;

import java.util.List;
import se.debattsok.model.Document;

/**
 * A document with every hit of a query marked in its full text.
 *
 * @param paragraphs every paragraph of the text, with the hits marked
 */
public record MarkedDocument(Document document, List<MarkedText> paragraphs) {

  /** How many places are marked: the words of a phrase, side by side, are one. */
  public int hits() {
    return paragraphs.stream().mapToInt(p -> p.joinedAcrossSpaces().marks().size()).sum();
  }
}
