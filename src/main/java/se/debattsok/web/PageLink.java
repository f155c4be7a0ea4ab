package se.debattsok.web;

import java.util.ArrayList;
import java.util.List;

/** One link of the pager under the results: a page number, or the one before or after. */
record PageLink(String label, String href, boolean current, String rel) {

  /** Pages as far as paging goes (hit 10,000), three either side of the current one. */
  static List<PageLink> around(int current, int size, long total, Links links) {
    List<PageLink> pages = new ArrayList<>();
    long lastPage = Math.min((total + size - 1) / size, 10_000 / size);
    if (lastPage <= 1) {
      return pages;
    }
    if (current > 1) {
      pages.add(new PageLink("‹ Föregående", "/" + links.page(current - 1), false, "prev"));
    }
    for (long p = Math.max(1, current - 3); p <= Math.min(lastPage, current + 3); p++) {
      pages.add(new PageLink(Long.toString(p), "/" + links.page((int) p), p == current, ""));
    }
    if (current < lastPage) {
      pages.add(new PageLink("Nästa ›", "/" + links.page(current + 1), false, "next"));
    }
    return pages;
  }
}
