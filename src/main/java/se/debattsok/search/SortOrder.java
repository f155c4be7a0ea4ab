package se.debattsok.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
