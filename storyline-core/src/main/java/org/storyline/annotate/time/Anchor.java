package org.storyline.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * Calendar arithmetic from the anchor (the article's publication date): which Sunday "on Sunday"
 * is, which June "in June" is, given the {@link Direction} the clause's tense points in.
 *
 * @param date the anchor day, never null (an article without a date has no anchor at all)
 */
record Anchor(LocalDate date) {
  /**
   * How far after the anchor a day without a year may lie and still be taken in the anchor's year
   * when the clause is in the past tense: "extended the offer to Nov. 20" written on 2 November
   * means this November, not last year's.
   */
  private static final int NEAR_FUTURE_DAYS = 31;

  LocalDate weekday(DayOfWeek day, Direction direction) {
    int back = Math.floorMod(date.getDayOfWeek().getValue() - day.getValue(), 7);
    int ahead = Math.floorMod(day.getValue() - date.getDayOfWeek().getValue(), 7);
    return switch (direction) {
      case BACK, NEAREST -> date.minusDays(back);
      case FORWARD -> date.plusDays(ahead);
      case BEFORE -> date.minusDays(back == 0 ? 7 : back);
      case AFTER -> date.plusDays(ahead == 0 ? 7 : ahead);
    };
  }

  /** The day of {@code month} and {@code day} in the year the direction picks, or null when no year near has it. */
  LocalDate monthDay(int month, int day, Direction direction) {
    int y = date.getYear();
    LocalDate same = valid(y, month, day);
    switch (direction) {
      case BACK -> {
        if (same != null && same.isAfter(date) && ChronoUnit.DAYS.between(date, same) <= NEAR_FUTURE_DAYS) {
          return same;
        }
        return first(month, day, y, -1, c -> !c.isAfter(date));
      }
      case BEFORE -> {
        return first(month, day, y, -1, c -> c.isBefore(date));
      }
      case FORWARD -> {
        return first(month, day, y, +1, c -> !c.isBefore(date));
      }
      case AFTER -> {
        return first(month, day, y, +1, c -> c.isAfter(date));
      }
      default -> {
        LocalDate best = null;
        for (int k = y - 1; k <= y + 1; k++) {
          LocalDate c = valid(k, month, day);
          if (c != null && (best == null || distance(c) < distance(best))) {
            best = c;
          }
        }
        return best;
      }
    }
  }

  /** The first valid day from year {@code y} stepping by {@code step} (up to four years: 29 February) that passes. */
  private static LocalDate first(int month, int day, int y, int step, java.util.function.Predicate<LocalDate> test) {
    for (int k = 0; k < 5; k++) {
      LocalDate c = valid(y + k * step, month, day);
      if (c != null && test.test(c)) {
        return c;
      }
    }
    return null;
  }

  /** The {@code month} the direction picks. */
  YearMonth month(int month, Direction direction) {
    YearMonth now = YearMonth.from(date);
    YearMonth same = YearMonth.of(date.getYear(), month);
    return switch (direction) {
      case BACK -> same.isAfter(now) ? same.minusYears(1) : same;
      case FORWARD -> same.isBefore(now) ? same.plusYears(1) : same;
      // the month just gone would be "last month": "last February" written in March is a year before
      case BEFORE -> same.isBefore(now.minusMonths(1)) ? same : same.minusYears(1);
      case AFTER -> same.isAfter(now) ? same : same.plusYears(1);
      case NEAREST -> Math.abs(monthsBetween(now, same)) <= 6 ? same
          : same.isAfter(now) ? same.minusYears(1) : same.plusYears(1);
    };
  }

  /** The year of the season (SP, SU, FA, WI; winter counted in the year its December falls) the direction picks. */
  int seasonYear(String code, Direction direction) {
    int startMonth = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    YearMonth now = YearMonth.from(date);
    // the occurrence that starts in the anchor's year, and the ones a year either side
    YearMonth start = YearMonth.of(date.getYear(), startMonth);
    if (code.equals("WI") && date.getMonthValue() <= 2) {
      start = start.minusYears(1); // January and February belong to the winter that began in December
    }
    YearMonth end = start.plusMonths(2);
    boolean inside = !now.isBefore(start) && !now.isAfter(end);
    int y = start.getYear();
    return switch (direction) {
      case BACK, NEAREST -> now.isBefore(start) ? y - 1 : y;
      case FORWARD -> now.isAfter(end) ? y + 1 : y;
      case BEFORE -> inside || now.isBefore(start) ? y - 1 : y;
      case AFTER -> inside || now.isAfter(end) ? y + 1 : y;
    };
  }

  /** The year of quarter {@code q} the direction picks (a later quarter than the anchor's, in the past, is last year's). */
  int quarterYear(int q, Direction direction) {
    int current = (date.getMonthValue() - 1) / 3 + 1;
    return switch (direction) {
      case BACK, NEAREST -> q > current ? date.getYear() - 1 : date.getYear();
      case FORWARD -> date.getYear(); // "expects to report third-quarter results": this year's, even when it is past
      case BEFORE -> q >= current ? date.getYear() - 1 : date.getYear();
      case AFTER -> q <= current ? date.getYear() + 1 : date.getYear();
    };
  }

  private long distance(LocalDate c) {
    return Math.abs(ChronoUnit.DAYS.between(date, c));
  }

  private static long monthsBetween(YearMonth a, YearMonth b) {
    return ChronoUnit.MONTHS.between(a, b);
  }

  static LocalDate valid(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }
}
