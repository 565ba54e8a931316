package org.storyline.annotate.time;

import java.time.LocalDate;

/**
 * What the article has named so far, for expressions that refer back: "the following year", "the
 * next day", "a year earlier" (than the quarter being reported). One per article, filled in text
 * order; not shared.
 */
final class Memory {
  private LocalDate lastDay;
  private java.time.YearMonth lastMonth;
  private Integer lastYear;
  private Value.Quarter reportedQuarter;

  void remember(Value v) {
    switch (v) {
      case Value.Day d -> {
        lastDay = d.date();
        lastYear = d.date().getYear();
      }
      case Value.DayTime t when t.day() != null -> lastDay = t.day();
      case Value.Month m -> {
        lastMonth = m.month();
        lastYear = m.month().getYear();
      }
      case Value.Year y -> lastYear = y.year();
      case Value.Quarter q -> {
        if (reportedQuarter == null) {
          reportedQuarter = q; // the first quarter a report names is the one it reports on
        }
        lastYear = q.year();
      }
      default -> {
        // durations, sets and references name no point to refer back to
      }
    }
  }

  LocalDate lastDay() {
    return lastDay;
  }

  java.time.YearMonth lastMonth() {
    return lastMonth;
  }

  Integer lastYear() {
    return lastYear;
  }

  /** Names the quarter reported on, whatever was named before ("the quarter ended Sept. 30"). */
  void reportOn(Value.Quarter q) {
    reportedQuarter = q;
  }

  /** The quarter the article reports on: the first it named; null when it named none. */
  Value.Quarter reportedQuarter() {
    return reportedQuarter;
  }
}
