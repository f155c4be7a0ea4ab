package se.debattsok.corpus;

import java.time.LocalDate;

/**
 * From one day to another, both included; an open end where a source leaves it out ("member since
 * 2014"). People's names and parties are valid for such periods.
 */
record Period(LocalDate from, LocalDate to) {
  /** Whether the day falls in the period; an unknown day falls in every one. */
  boolean covers(LocalDate day) {
    return day == null || (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
