package se.debattsok.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines a document repeats at the top or bottom of its pages: the letterhead ("HÖGSBY KOMMUN
 * PROTOKOLL 2", "Kommunstyrelsen", "Sammanträdesdatum 2007-01-08") and the footer ("Justerandes sign
 * Utdragsbestyrkande"). Left in, they would be read as text, fill the snippets of every search and be
 * taken for the title. A line is furniture when it opens or closes most pages, the same but for case
 * and spacing; the very first and last lines of a page may differ in their numbers too (the page
 * number). It is removed there and nowhere else: a line of text that happens to repeat it stays, and
 * so does "KS § 4 Dnr KF/2006.366" under the letterhead, whose numbers change from page to page.
 * Pages end in a form feed, as {@code pdftotext} and the PDF reader write them.
 */
final class PageFurniture {
  /** How many lines at the top and at the bottom of a page are looked at. */
  private static final int TOP = 5;
  private static final int BOTTOM = 2;
  /** Of those, how many may carry a page number. */
  private static final int NUMBERED = 2;
  /** Fewer pages than this give too little evidence to call a line furniture. */
  private static final int MIN_PAGES = 3;

  /**
   * @param text the text without the furniture, pages joined by blank lines
   * @param furniture the lines removed, once each, as first written
   */
  record Result(String text, List<String> furniture) {}

  private PageFurniture() {}

  static Result strip(String text) {
    String[] pages = text.split("\f", -1);
    List<List<String>> lines = new ArrayList<>();
    for (String page : pages) {
      List<String> nonBlank = new ArrayList<>();
      for (String line : page.split("\n")) {
        if (!line.isBlank()) {
          nonBlank.add(line);
        }
      }
      if (!nonBlank.isEmpty()) {
        lines.add(List.of(page.split("\n", -1)));
      }
    }
    if (lines.size() < MIN_PAGES) {
      return new Result(text.replace('\f', '\n'), List.of());
    }
    Map<String, Integer> pagesWith = new HashMap<>();
    for (List<String> page : lines) {
      zoneKeys(page).forEach(key -> pagesWith.merge(key, 1, Integer::sum));
    }
    int needed = Math.max(MIN_PAGES, (int) Math.ceil(lines.size() * 0.6));
    Map<String, String> furniture = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder(text.length());
    for (List<String> page : lines) {
      Map<Integer, List<String>> zone = zone(page);
      for (int i = 0; i < page.size(); i++) {
        String line = page.get(i);
        String repeated = zone.getOrDefault(i, List.of()).stream()
            .filter(key -> pagesWith.getOrDefault(key, 0) >= needed).findFirst().orElse(null);
        if (repeated != null) {
          furniture.putIfAbsent(repeated, line.strip());
        } else {
          out.append(line).append('\n');
        }
      }
      out.append('\n');
    }
    return new Result(out.toString(), List.copyOf(furniture.values()));
  }

  /**
   * A page's first and last non-blank lines, each with the keys it may repeat by: the line itself,
   * and for the outermost lines also its letters alone (a page number aside).
   */
  private static Map<Integer, List<String>> zone(List<String> page) {
    List<Integer> nonBlank = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (!page.get(i).isBlank()) {
        nonBlank.add(i);
      }
    }
    Map<Integer, List<String>> zone = new LinkedHashMap<>();
    for (int n = 0; n < nonBlank.size(); n++) {
      int fromEnd = nonBlank.size() - 1 - n;
      if (n < TOP || fromEnd < BOTTOM) {
        String line = page.get(nonBlank.get(n));
        List<String> keys = new ArrayList<>(List.of("=" + exact(line)));
        if (n < NUMBERED || fromEnd < NUMBERED) {
          keys.add("~" + letters(line));
        }
        zone.put(nonBlank.get(n), keys);
      }
    }
    return zone;
  }

  private static List<String> zoneKeys(List<String> page) {
    List<String> keys = new ArrayList<>();
    for (List<String> lineKeys : zone(page).values()) {
      for (String key : lineKeys) {
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /** The line in lower case, single-spaced. */
  private static String exact(String line) {
    return Text.clean(line).toLowerCase(Locale.ROOT);
  }

  /** A line's letters in lower case, single-spaced: "Protokoll 1(14 )" and "PROTOKOLL 2" are one line. */
  private static String letters(String line) {
    StringBuilder key = new StringBuilder();
    boolean space = false;
    for (char c : line.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetter(c)) {
        if (space && !key.isEmpty()) {
          key.append(' ');
        }
        key.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return key.toString();
  }
}
