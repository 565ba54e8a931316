package org.storyline.annotate.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * What a time expression denotes, before it is written as a TIMEX3 value. Calendar values keep
 * their parts so that rules can combine them ("10 p.m." with "Wednesday") and step them ("a year
 * earlier" than the third quarter of 1989 is the third quarter of 1988).
 */
sealed interface Value {

  /** The TIMEX3 value string. */
  String timex();

  record Day(LocalDate date) implements Value {
    @Override
    public String timex() {
      return date.toString();
    }
  }

  record Month(YearMonth month) implements Value {
    @Override
    public String timex() {
      return month.toString();
    }
  }

  record Year(int year) implements Value {
    @Override
    public String timex() {
      return year4(year);
    }
  }

  /** An ISO-8601 week ("2016-W49"), by its week-based year. */
  record Week(int year, int week) implements Value {
    static Week of(LocalDate d) {
      return new Week(d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Override
    public String timex() {
      return year4(year) + String.format(Locale.ROOT, "-W%02d", week);
    }
  }

  /** The Saturday and Sunday that end an ISO week ("1990-W32-WE"). */
  record Weekend(Week week) implements Value {
    @Override
    public String timex() {
      return week.timex() + "-WE";
    }
  }

  record Quarter(int year, int quarter) implements Value {
    @Override
    public String timex() {
      return year4(year) + "-Q" + quarter;
    }
  }

  record Half(int year, int half) implements Value {
    @Override
    public String timex() {
      return year4(year) + "-H" + half;
    }
  }

  /** @param code SP, SU, FA or WI */
  record Season(int year, String code) implements Value {
    @Override
    public String timex() {
      return year4(year) + "-" + code;
    }
  }

  /** @param decade the first three digits of its years: 199 for the 1990s */
  record Decade(int decade) implements Value {
    @Override
    public String timex() {
      return String.format(Locale.ROOT, "%03d", decade);
    }
  }

  /** @param century the first two digits of its years: 19 for the 20th century */
  record Century(int century) implements Value {
    @Override
    public String timex() {
      return String.format(Locale.ROOT, "%02d", century);
    }
  }

  /**
   * A time on a day.
   *
   * @param day  the day, or null when no anchor says which ("XXXX-XX-XX")
   * @param time "22:00", or a part of the day ("NI", "MO")
   */
  record DayTime(LocalDate day, String time) implements Value {
    @Override
    public String timex() {
      return (day == null ? "XXXX-XX-XX" : day.toString()) + "T" + time;
    }
  }

  /** Anything written as is: durations, sets, PRESENT_REF, values with unknown parts ("XXXX-09-04"). */
  record Literal(String value) implements Value {
    @Override
    public String timex() {
      return value;
    }
  }

  private static String year4(int year) {
    return String.format(Locale.ROOT, "%04d", year);
  }
}
