package se.debattsok.corpus;

import java.util.regex.Pattern;

/**
 * What Word leaves of its fields in text exported from it, as the Riksdag's speeches carry it: the
 * instruction of a field ("STYLEREF Kantrubrik \* MERGEFORMAT", "PAGE \* MERGEFORMAT", "HYPERLINK
 * \l …") is no one's words. A paragraph that opens with a STYLEREF field is the page's running head
 * (the field repeats a heading, "Svar på interpellationer"), and goes whole.
 */
final class WordFields {
  private static final Pattern RUNNING_HEAD = Pattern.compile("^\\s*STYLEREF\\b");
  private static final Pattern INSTRUCTION = Pattern.compile(
      "\\b(?:STYLEREF|PAGEREF|REF|HYPERLINK|SEQ|DOCPROPERTY|TOC|MERGEFIELD|PAGE|NUMPAGES|SECTIONPAGES|DATE|TIME"
          + "|FILENAME|INCLUDEPICTURE|INCLUDETEXT|QUOTE|SYMBOL|LISTNUM|AUTONUM|FORMTEXT|FORMCHECKBOX|EQ)\\b"
          + "(?:\\s+(?:\"[^\"]*\"|[^\\s\\\\\"]+)){0,3}?"
          + "(?:\\s*\\\\[*#@!a-zA-Z]\\s*(?:\"[^\"]*\"|[A-Za-z0-9_-]+)?)+");
  private static final Pattern LEFTOVER = Pattern.compile("\\\\\\*\\s*MERGEFORMAT\\b|\\bMERGEFORMAT\\b");

  private WordFields() {}

  /** The paragraph without field instructions; null when it was only a running head. */
  static String strip(String paragraph) {
    if (paragraph == null || RUNNING_HEAD.matcher(paragraph).find()) {
      return null;
    }
    if (paragraph.indexOf('\\') < 0 && !paragraph.contains("MERGEFORMAT")) {
      return paragraph; // cheap test first: nearly every paragraph has none
    }
    String text = INSTRUCTION.matcher(paragraph).replaceAll(" ");
    text = LEFTOVER.matcher(text).replaceAll(" ");
    return Text.clean(text);
  }
}
