package se.debattsok.search;

import java.util.List;

/** Marked text as tests read it: each mark between {@code <mark>} and {@code </mark>}, nothing escaped. */
public final class Marked {
  private Marked() {}

  public static List<String> tagged(List<MarkedText> texts) {
    return texts.stream().map(Marked::tagged).toList();
  }

  public static String tagged(MarkedText text) {
    return text.wrapped("<mark>", "</mark>");
  }
}
