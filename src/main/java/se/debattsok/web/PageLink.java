package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;

/** One link of the pager under the results: a page number, the one before or after, or a gap ("…", no link). */
record PageLink(String label, String href, boolean current, String rel) {

  /**
   * Pages as far as paging goes (hit 10,000): three either side of the current one, and the first
   * and last.
   */
  static List<PageLink> around(int current, int size, long total, Links links) {
    List<PageLink> pages = new ArrayList<>();
    long lastPage = lastPage(size, total);
    if (lastPage <= 1) {
      return pages;
    }
    if (current > 1) {
      pages.add(new PageLink("‹ Föregående", "/" + links.page(current - 1), false, "prev"));
    }
    long from = Math.max(1, current - 3);
    long to = Math.min(lastPage, current + 3);
    if (from > 1) { // the first page and the last are always in reach, with a gap shown
      pages.add(new PageLink("1", "/" + links.page(1), false, ""));
      if (from > 2) {
        pages.add(new PageLink("…", null, false, ""));
      }
    }
    for (long p = from; p <= to; p++) {
      pages.add(new PageLink(Long.toString(p), "/" + links.page((int) p), p == current, ""));
    }
    if (to < lastPage) {
      if (to < lastPage - 1) {
        pages.add(new PageLink("…", null, false, ""));
      }
      pages.add(new PageLink(Labels.number(lastPage), "/" + links.page((int) lastPage), false, ""));
    }
    if (current < lastPage) {
      pages.add(new PageLink("Nästa ›", "/" + links.page(current + 1), false, "next"));
    }
    return pages;
  }

  /** "Sida 2 av 18"; null where there is one page. */
  static String pageOf(int current, int size, long total) {
    long last = lastPage(size, total);
    return last <= 1 ? null : "Sida " + Labels.number(current) + " av " + Labels.number(last);
  }

  private static long lastPage(int size, long total) {
    return Math.min((total + size - 1) / size, 10_000 / size);
  }
}
