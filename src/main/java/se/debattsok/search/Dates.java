package se.debattsok.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Dates as users write them in filters: a day (2023-05-17), a month (2023-05) or a year (2023). As
 * a start it means the first day, as an end the last, so "--from 2023 --to 2023" is all of 2023.
 */
public final class Dates {
  private Dates() {}

  /** The first day the text can mean, or null when it is not a date. */
  public static LocalDate parseFrom(String text) {
    return parse(text, true);
  }

  /** The last day the text can mean, or null when it is not a date. */
  public static LocalDate parseTo(String text) {
    return parse(text, false);
  }

  private static LocalDate parse(String text, boolean start) {
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int year = Integer.parseInt(t);
        return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
      } else if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth month = YearMonth.parse(t);
        return start ? month.atDay(1) : month.atEndOfMonth();
      } else if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(t);
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }
}
