package org.storyline.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.time.Grammar.Hit;
import org.storyline.annotate.time.Value.Day;

/**
 * The rules beside the calendar dates of {@link Grammar}: clock times and parts of the day,
 * durations, sets, the PRESENT_REF/PAST_REF/FUTURE_REF words, and quarters of a year.
 */
final class OtherRules {
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})*(\\.\\d+)?|\\d+(\\.\\d+)?");
  private static final Set<String> AM = Set.of("a.m", "am", "a.m.");
  private static final Set<String> PM = Set.of("p.m", "pm", "p.m.");
  private static final Set<String> BARE_UNIT_BEFORE = Set.of("for", "within", "over", "after", "spanning", "lasting", "in");
  private static final Set<String> NOT_BEFORE_UNITS_OF = Set.of("the", "a", "an", "these", "those", "its", "his", "her", "their",
      "few", "several", "many", "some", "of", "recent", "coming", "past", "last", "next");
  private static final Set<String> SPAN_WORDS = Set.of("past", "last", "next", "first", "previous", "coming", "following",
      "remaining", "final", "initial", "latest", "entire", "whole", "full", "preceding", "ensuing", "subsequent",
      "same", "other", "intervening", "opening", "closing");
  /** Before "daily", "monthly": the adjective ("its average daily volume"), which TimeBank does not tag. */
  private static final Set<String> ADJECTIVE_BEFORE = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "average",
      "initial", "first", "regular", "latest", "this", "that", "record");
  private static final Set<String> VAGUE = Set.of("several", "few", "many", "some", "numerous", "dozens", "hundreds",
      "countless", "various");

  /** A number read at some piece: its value (null when vague, "several") and the piece after it. */
  record Num(Double value, int end) {}

  private record Clock(String time, int end) {}

  private final Grammar g;

  OtherRules(Grammar grammar) {
    this.g = grammar;
  }

  // ---- numbers

  /** The piece after an approximation ("about", "more than", "no more than", "up to"), or i when none. */
  int afterApproximation(int i) {
    if (g.is(i, "no") && g.is(i + 1, "more", "less", "fewer") && g.is(i + 2, "than")) {
      return i + 3;
    }
    if (Lexicon.APPROXIMATE_PAIRS.contains(g.w(i) + " " + g.w(i + 1))) {
      return i + 2;
    }
    if (Lexicon.APPROXIMATE.contains(g.w(i)) && !g.is(i + 1, "the")) {
      return i + 1;
    }
    return i;
  }

  /**
   * A cardinal number at k: digits ("48", "2.5", "1,000"), words ("twenty four", "twenty-four",
   * "a hundred", "two and a half"), "a"/"an" as one when {@code articles}, and vague amounts
   * ("several", "a few", "a couple of") with a null value.
   */
  Num number(int k, boolean articles) {
    if (k >= g.n) {
      return null;
    }
    Piece x = g.p.get(k);
    String w = x.lower();
    if (Character.isDigit(w.charAt(0))) {
      if (!NUMBER.matcher(x.text()).matches()) {
        return null;
      }
      return new Num(Double.parseDouble(x.text().replace(",", "")), k + 1);
    }
    if (w.equals("a") || w.equals("an")) {
      if (g.is(k + 1, "couple") && g.is(k + 2, "of")) {
        return new Num(2.0, k + 3);
      }
      if (g.is(k + 1, "few")) {
        return new Num(null, k + 2);
      }
      if (g.is(k + 1, "dozen")) {
        return new Num(12.0, k + 2);
      }
      if (g.is(k + 1, "hundred", "thousand")) {
        return new Num(g.is(k + 1, "hundred") ? 100.0 : 1000.0, k + 2);
      }
      if (g.is(k + 1, "half") && !g.is(k + 2, "hour")) {
        return articles ? new Num(0.5, k + 2) : null;
      }
      return articles ? new Num(1.0, k + 1) : null;
    }
    if (w.equals("half") && g.is(k + 1, "a", "an")) {
      return new Num(0.5, k + 2);
    }
    if (w.equals("couple") && g.is(k + 1, "of")) {
      return new Num(2.0, k + 2);
    }
    if (VAGUE.contains(w)) {
      return new Num(null, g.is(k + 1, "of") ? k + 2 : k + 1);
    }
    Integer v = Lexicon.CARDINALS.get(w);
    if (v == null) {
      return null;
    }
    double value = v;
    int end = k + 1;
    Integer units = Lexicon.CARDINALS.get(g.w(end));
    if (v >= 20 && v % 10 == 0 && units != null && units > 0 && units < 10) {
      value += units;
      end++;
    }
    if (g.is(end, "hundred")) {
      value *= 100;
      end++;
    } else if (g.is(end, "thousand")) {
      value *= 1000;
      end++;
    }
    if (g.is(end, "and") && g.is(end + 1, "a") && g.is(end + 2, "half")) {
      value += 0.5;
      end += 3;
    }
    return new Num(value, end);
  }

  // ---- durations

  /**
   * "five years", "a week", "the past three months", "more than four hours", "48-hour", "five-year",
   * "a couple of years", "several years" (PXY), "for years". Ages ("6-year-old", "52 years old") are not
   * durations; the age of a state of affairs ("the 8-month-old truce") is.
   */
  Hit duration(int i) {
    int j = afterApproximation(i);
    boolean the = g.is(j, "the");
    if (the) {
      j++;
    }
    if (SPAN_WORDS.contains(g.w(j)) && (the || g.is(j, "another", "next", "past", "last", "first"))
        || g.is(j, "another")) {
      j++;
    }
    Num num = number(j, !the);
    if (num == null) {
      return bareUnits(i, j, the);
    }
    int k = num.end();
    if (g.is(k, "more", "additional", "straight", "consecutive", "full", "long") && Lexicon.UNITS.containsKey(g.w(k + 1))) {
      k++;
    }
    Unit unit = Lexicon.UNITS.get(g.w(k));
    if (unit == null || g.glued(k) && num.end() != k) {
      return null;
    }
    int end = k + 1;
    Double amount = num.value();
    if (unit == Unit.QUARTER && g.is(end, "of") || unit == Unit.SECOND && !Character.isDigit(g.w(j).charAt(0))
        && !Lexicon.CARDINALS.containsKey(g.w(j))) {
      return null; // "three-quarters of its food", "a second group"
    }
    if (the && g.glued(k) && end - k == 1 && i == j - 1) {
      i = j; // "the [eight-year] war": an adjectival duration leaves the article out, as TimeBank does
    }
    if (g.is(end, "and") && g.is(end + 1, "a") && g.is(end + 2, "half") && amount != null) {
      amount += 0.5;
      end += 3;
    }
    if (g.glued(end) && g.is(end, "long")) {
      end++;
    }
    if (g.is(end, "old") || g.is(end, "of") && g.is(end + 1, "age")) {
      if (!Lexicon.AGED_THINGS.contains(g.w(end + 1))) {
        return null; // an age
      }
      end++;
    }
    if (g.is(end, "ago")) {
      return null; // a date: Grammar's
    }
    String value = unit.duration(amount);
    return new Hit(i, end, Grammar.DURATION, new Value.Literal(value), null);
  }

  /** "for years", "within weeks", "over the years", "the year ended June 30" (a fiscal year: P1Y). */
  private Hit bareUnits(int i, int j, boolean the) {
    if (the && j == i + 1 && g.is(j, "fiscal") && g.is(j + 1, "year")) {
      if (g.is(j + 2, "ended", "ending", "ends")) {
        return new Hit(i, j + 2, Grammar.DURATION, new Value.Literal("P1Y"), null);
      }
      return new Hit(i, j + 2, Grammar.DATE, g.anchor == null ? Grammar.UNKNOWN : new Value.Year(g.anchor.date().getYear()), null);
    }
    Unit unit = Lexicon.UNITS.get(g.w(j));
    if (unit == null || g.glued(j) || g.glued(j + 1)) {
      return null;
    }
    boolean plural = g.w(j).endsWith("s") && unit != Unit.CENTURY || g.is(j, "centuries");
    if (plural && j == i && BARE_UNIT_BEFORE.contains(g.w(i - 1)) && !g.is(j + 1, "ago", "old")) {
      return new Hit(i, j + 1, Grammar.DURATION, new Value.Literal(unit.duration(null)), null);
    }
    if (plural && the && j == i + 1 && g.is(i - 1, "over")) {
      return new Hit(i, j + 1, Grammar.DURATION, new Value.Literal(unit.duration(null)), null);
    }
    if (plural && (g.is(j - 1, "recent", "coming", "past") && (j == i || !the) || j == i && g.is(j - 1, "future"))) {
      // "recent years" (PAST_REF), "coming weeks" (FUTURE_REF), as the TIMEX3 guidelines have them
      String ref = g.is(j - 1, "coming", "future") ? "FUTURE_REF" : "PAST_REF";
      return new Hit(j - 1, j + 1, Grammar.DATE, new Value.Literal(ref), null);
    }
    if (plural && j > i && (g.is(j - 1, "first", "early", "coming", "past", "last", "next", "final", "remaining")
        || g.is(j + 1, "ahead"))) {
      // "the first hours", "the early years", "recent months", "the weeks ahead": a stretch of unknown length
      int end = g.is(j + 1, "ahead") ? j + 2 : j + 1;
      return new Hit(i, end, Grammar.DURATION, new Value.Literal(unit.duration(null)), null);
    }
    if (plural && j == i && g.is(j + 1, "of") && !NOT_BEFORE_UNITS_OF.contains(g.w(j - 1))
        && !Character.isDigit(g.w(j - 1).isEmpty() ? 'x' : g.w(j - 1).charAt(0))) {
      return new Hit(j, j + 1, Grammar.DURATION, new Value.Literal(unit.duration(null)), null); // "months of talks"
    }
    if (!plural && the && j == i + 1 && g.is(j + 1, "ended", "ending", "ends", "to")
        && (unit == Unit.YEAR || unit == Unit.MONTH || unit == Unit.WEEK) && !g.is(j + 1, "to") ) {
      return new Hit(i, j + 1, Grammar.DURATION, new Value.Literal(unit.duration(1.0)), null);
    }
    return null;
  }

  // ---- sets

  /** "every week", "each July", "weekly", "twice a week", "$100 a month", "on Sundays". */
  Hit set(int i) {
    String w = g.w(i);
    if ((w.equals("every") || w.equals("each")) && i + 1 < g.n) {
      return every(i);
    }
    String frequency = Lexicon.FREQUENCIES.get(w);
    if (frequency != null && !g.glued(i) && !g.glued(i + 1) && !ADJECTIVE_BEFORE.contains(g.w(i - 1))) {
      return new Hit(i, i + 1, Grammar.SET, new Value.Literal(frequency), null);
    }
    DayOfWeek plural = Lexicon.WEEKDAYS_PLURAL.get(w);
    if (plural != null && g.p.get(i).capitalized()) {
      return new Hit(i, i + 1, Grammar.SET, new Value.Literal("XXXX-WXX-" + plural.getValue()), null);
    }
    // "twice a week", "three times a day"
    int k = i;
    if (Lexicon.TIMES.contains(w) && !w.equals("times")) {
      k = i + 1;
    } else {
      Num num = number(i, false);
      if (num != null && num.value() != null && g.is(num.end(), "times")) {
        k = num.end() + 1;
      }
    }
    if (k > i) {
      Hit rate = rate(k);
      return rate == null ? null : rate.from(i);
    }
    // "$100 a month", "50,000 CDs a year": the rate after an amount
    if (g.is(i, "a", "per", "an") && (amountBefore(i) || g.is(i, "per"))) {
      return rate(i);
    }
    return null;
  }

  private Hit every(int i) {
    int j = i + 1;
    double amount = 1;
    if (g.is(j, "other")) {
      amount = 2;
      j++;
    }
    Num num = number(j, false);
    if (num != null && num.value() != null) {
      amount *= num.value();
      j = num.end();
    }
    Unit unit = Lexicon.UNITS.get(g.w(j));
    if (unit != null) {
      String v = unit.duration(amount);
      return new Hit(i, j + 1, Grammar.SET, new Value.Literal(v), null);
    }
    DayOfWeek day = g.weekday(j);
    if (day != null) {
      return new Hit(i, j + 1, Grammar.SET, new Value.Literal("XXXX-WXX-" + day.getValue()), null);
    }
    int month = g.month(j, true);
    if (month > 0) {
      return new Hit(i, j + 1, Grammar.SET, new Value.Literal(String.format(Locale.ROOT, "XXXX-%02d", month)), null);
    }
    String season = Lexicon.SEASONS.get(g.w(j));
    if (season != null) {
      return new Hit(i, j + 1, Grammar.SET, new Value.Literal("XXXX-" + season), null);
    }
    String part = Lexicon.PARTS_OF_DAY.get(g.w(j));
    if (part != null) {
      return new Hit(i, j + 1, Grammar.SET, new Value.Literal("XXXX-XX-XXT" + part), null);
    }
    return null;
  }

  /** "a week", "per day", "each month" at k, as a rate. */
  private Hit rate(int k) {
    if (!g.is(k, "a", "an", "per", "each", "every")) {
      return null;
    }
    Unit unit = Lexicon.UNITS.get(g.w(k + 1));
    if (unit == null || g.w(k + 1).endsWith("s") || g.glued(k + 2)) {
      return null;
    }
    String v = unit.duration(1.0);
    return new Hit(k, k + 2, Grammar.SET, new Value.Literal(v), null);
  }

  /**
   * A count just before a rate: a plural noun ("50,000 CDs a year"). Money is left out ("$2 million a
   * year"): TimeBank tags a third of those.
   */
  private boolean amountBefore(int i) {
    if (i == 0) {
      return false;
    }
    Piece prev = g.p.get(i - 1);
    String w = prev.lower();
    if (Character.isDigit(w.charAt(0))) {
      return false;
    }
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !Lexicon.UNITS.containsKey(w)
        && Character.isLowerCase(prev.text().charAt(0)) && !Set.of("was", "has", "is", "does", "this", "its", "his", "as", "plus",
            "perhaps", "always", "towards", "afterwards", "whereas", "unless", "besides").contains(w);
  }

  // ---- PRESENT_REF, PAST_REF, FUTURE_REF

  /** "now", "currently", "recently", "the past", "previously", "soon", "the future", "recent years". */
  Hit reference(int i) {
    String w = g.w(i);
    if (g.glued(i + 1) || g.glued(i)) {
      return null; // "now-defunct", "long-awaited"
    }
    String v = switch (w) {
      case "now", "currently", "presently", "nowadays" -> "PRESENT_REF";
      case "today" -> null;
      case "current" -> g.is(i + 1, "account", "accounts", "affairs") ? null : "PRESENT_REF";
      // "previously" and the adjective "recent" are left out: TimeBank tags them in fewer than half their uses
      case "recently", "lately", "formerly" -> "PAST_REF";
      case "earlier" -> g.is(i + 1, "than", "on", "in") || Lexicon.UNITS.containsKey(g.w(i - 1))
          || Set.of("the", "its", "his", "her", "their", "an", "our", "my").contains(g.w(i - 1)) ? null : "PAST_REF";
      case "soon" -> g.is(i + 1, "after", "as") ? null : "FUTURE_REF";
      default -> null;
    };
    if (v != null) {
      int end = i + 1;
      if (w.equals("now") && g.is(i - 1, "right")) {
        return new Hit(i - 1, end, Grammar.DATE, new Value.Literal(v), null);
      }
      return new Hit(i, end, Grammar.DATE, new Value.Literal(v), null);
    }
    if (g.is(i, "the") || g.is(i, "these")) {
      int k = i + 1;
      if (g.is(k, "near", "distant", "foreseeable")) {
        k++;
      }
      if (g.is(k, "future") && !g.is(k + 1, "of")) {
        return new Hit(i, k + 1, Grammar.DATE, new Value.Literal("FUTURE_REF"), null);
      }
      if (k == i + 1 && g.is(k, "past") && !g.is(k + 1, "of") && number(k + 1, false) == null
          && !Lexicon.UNITS.containsKey(g.w(k + 1))) {
        return new Hit(i, k + 1, Grammar.DATE, new Value.Literal("PAST_REF"), null);
      }
      if (k > i + 1 && g.is(k, "term")) {
        return new Hit(i, k + 1, Grammar.DATE, new Value.Literal("FUTURE_REF"), null); // "the near term"
      }
      if (k == i + 1 && g.is(k, "present") && !g.is(k + 1, "of")) {
        return new Hit(i, k + 1, Grammar.DATE, new Value.Literal("PRESENT_REF"), null);
      }
      if (g.is(i, "these") && g.is(k, "days")) {
        return new Hit(i, k + 1, Grammar.DATE, new Value.Literal("PRESENT_REF"), null);
      }
      if (g.is(i, "the") && g.is(k, "near", "short") && g.is(k + 1, "term")) {
        return new Hit(i, k + 2, Grammar.DATE, new Value.Literal("FUTURE_REF"), null);
      }
    }
    if (g.is(i, "at") && g.is(i + 1, "present") && !g.is(i + 2, "of")) {
      return new Hit(i, i + 2, Grammar.DATE, new Value.Literal("PRESENT_REF"), null);
    }
    return null;
  }

  // ---- quarters and halves of a year

  /**
   * "the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3", "the first half",
   * "the 1988 second quarter", "the latest quarter", "the year-earlier period". Without an ordinal
   * it is the quarter being reported: the last one named, else the last one complete at the anchor.
   */
  Hit quarter(int j) {
    int k = j;
    boolean the = g.is(k, "the");
    if (the) {
      k++;
    }
    Integer year = null;
    int back = 0;
    String rel = null;
    boolean fiscal = false;
    for (int round = 0; round < 4; round++) {
      if (g.is(k, "fiscal")) {
        fiscal = true;
        k++;
      } else if (g.is(k, "year") && g.glued(k + 1) && g.is(k + 1, "earlier", "ago")) {
        back = 1;
        k += 2;
      } else if (g.yearAt(k) > 0 && (the || g.is(k + 1, "'s")) && !g.glued(k + 1)) {
        year = g.yearAt(k);
        k += g.is(k + 1, "'s") ? 2 : 1;
      } else if (g.is(k, "this", "last", "next") && g.is(k + 1, "year") && g.is(k + 2, "'s") && g.anchor != null) {
        year = g.anchor.date().getYear() + (g.is(k, "last") ? -1 : g.is(k, "next") ? 1 : 0);
        k += 3;
      } else if (g.is(k, "latest", "current", "this", "last", "next", "same", "comparable", "corresponding", "previous",
          "recent", "just", "year's", "that")) {
        rel = rel == null ? g.w(k) : rel;
        k++;
      } else {
        break;
      }
    }
    int q = 0;
    int half = 0;
    String w = g.w(k);
    Integer ordinal = Lexicon.ORDINALS.get(w);
    if (w.length() == 2 && w.charAt(0) == 'q' && w.charAt(1) >= '1' && w.charAt(1) <= '4' && g.p.get(k).text().charAt(0) == 'Q') {
      q = w.charAt(1) - '0';
      k++;
    } else if (ordinal != null && ordinal <= 4 && g.is(k + 1, "quarter")) {
      q = ordinal;
      k += 2;
    } else if (ordinal != null && ordinal <= 2 && g.is(k + 1, "half") && (the || g.glued(k + 1) || year != null)) {
      half = ordinal;
      k += 2;
    } else if (g.is(k, "quarter", "period") && (the || rel != null || back > 0 || year != null) && !g.glued(k + 1)) {
      if (g.is(k, "period") && rel == null && back == 0 && year == null) {
        return null; // "the period": not a quarter
      }
      k++;
    } else {
      return null;
    }
    int end = k;
    if (g.is(end, "of") && (g.yearAt(end + 1) > 0 || g.is(end + 1, "fiscal") && g.yearAt(end + 2) > 0)) {
      int at = g.is(end + 1, "fiscal") ? end + 2 : end + 1;
      year = g.yearAt(at);
      end = at + 1;
    } else if (g.is(end, "of") && g.is(end + 1, "this", "last", "next") && g.is(end + 2, "year") && g.anchor != null) {
      year = g.anchor.date().getYear() + (g.is(end + 1, "last") ? -1 : g.is(end + 1, "next") ? 1 : 0);
      end += 3;
    } else if (g.is(end, "of") && q == 0 && half == 0) {
      return null; // "a quarter of the city"
    } else if (g.is(end, "last") && g.is(end + 1, "year")) {
      back = 1;
      end += 2;
    } else if (g.is(end, "a") && g.is(end + 1, "year") && g.is(end + 2, "ago", "earlier")) {
      back = 1;
      end += 3;
    } else if (g.yearAt(end) > 0 && !g.glued(end)) {
      year = g.yearAt(end); // "Q3 2016"
      end++;
    }
    if (g.anchor == null && year == null) {
      return new Hit(j, end, Grammar.DATE, Grammar.UNKNOWN, null);
    }
    Direction d = g.tense(j, end) == Tense.FUTURE ? Direction.FORWARD : Direction.BACK;
    if (half > 0) {
      int y = year != null ? year : halfYear(half, d);
      return new Hit(j, end, Grammar.DATE, new Value.Half(y - back, half), null, back > 0);
    }
    if (q > 0) {
      int y = year != null ? year : g.anchor.quarterYear(q, d);
      return new Hit(j, end, Grammar.DATE, new Value.Quarter(y - back, q), null, back > 0);
    }
    if (g.is(end, "ended", "ending", "ends") && year == null && back == 0) {
      Hit day = g.monthDate(end + 1, true);
      if (day != null && day.value() instanceof Day endDay) {
        LocalDate last = endDay.date();
        Value.Quarter ended = new Value.Quarter(last.getYear(), (last.getMonthValue() - 1) / 3 + 1);
        g.memory.reportOn(ended);
        return new Hit(j, end, Grammar.DATE, ended, null, true);
      }
    }
    return new Hit(j, end, Grammar.DATE, reported(rel, year, back), null, true);
  }

  private int halfYear(int half, Direction d) {
    LocalDate a = g.anchor.date();
    int current = a.getMonthValue() <= 6 ? 1 : 2;
    return half > current && d != Direction.FORWARD ? a.getYear() - 1 : a.getYear();
  }

  /** The quarter a report is about: the last named, else the last complete one; "next quarter" is the anchor's next. */
  private Value reported(String rel, Integer year, int back) {
    Value.Quarter q = g.memory.reportedQuarter();
    if (q == null && g.anchor != null || "next".equals(rel) || "current".equals(rel) || "last".equals(rel) && q == null) {
      LocalDate a = g.anchor == null ? LocalDate.of(year, 1, 1) : g.anchor.date();
      int current = (a.getMonthValue() - 1) / 3 + 1;
      int step = "next".equals(rel) ? 1 : "current".equals(rel) ? 0 : -1;
      int index = a.getYear() * 4 + current - 1 + step;
      q = new Value.Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }
    if (q == null) {
      return new Value.Year(year - back);
    }
    if (year != null) {
      return g.memory.reportedQuarter() != null ? new Value.Quarter(year, q.quarter()) : new Value.Year(year);
    }
    return new Value.Quarter(q.year() - back, q.quarter());
  }

  // ---- clock times and parts of the day

  /**
   * "10 p.m. Wednesday", "5 p.m. EST, Nov. 6", "noon Thursday", "Sunday morning", "Saturday night",
   * "this evening", "tonight", "last night", "at 10:30".
   */
  Hit timeOfDay(int i) {
    Clock c = clock(i);
    LocalDate today = g.anchor == null ? null : g.anchor.date();
    if (c != null) {
      int k = g.is(c.end(), ",") ? c.end() + 1 : c.end();
      if (g.is(k, "on")) {
        k++;
      }
      Hit day = dayRef(k);
      if (day != null) {
        return new Hit(i, day.end(), Grammar.TIME, new Value.DayTime(dayOf(day), c.time()), null);
      }
      return new Hit(i, c.end(), Grammar.TIME, new Value.DayTime(today, c.time()), null);
    }
    int j = g.is(i, "early", "late") ? i + 1 : i;
    if (g.is(j, "tonight") && !g.glued(j + 1)) {
      return new Hit(i, j + 1, Grammar.TIME, new Value.DayTime(today, "NI"), null);
    }
    if (g.is(j, "this") && part(j + 1) != null) {
      return new Hit(i, j + 2, Grammar.TIME, new Value.DayTime(today, part(j + 1)), null);
    }
    if (g.is(j, "last") && g.is(j + 1, "night")) {
      return new Hit(i, j + 2, Grammar.TIME, new Value.DayTime(today == null ? null : today.minusDays(1), "NI"), null);
    }
    if (g.is(j, "the") && part(j + 1) != null && !g.is(j + 1, "night") && g.is(j - 1, "in", "during") && !g.is(j + 2, "of")) {
      LocalDate day = g.memory.lastDay() != null ? g.memory.lastDay() : today;
      return new Hit(j, j + 2, Grammar.TIME, new Value.DayTime(day, part(j + 1)), null); // "in the morning": of the day last named
    }
    if (g.is(j, "the") && part(j + 1) != null && g.is(j + 2, "of")) {
      Hit day = dayRef(j + 3);
      return day == null ? null : new Hit(i, day.end(), Grammar.TIME, new Value.DayTime(dayOf(day), part(j + 1)), null);
    }
    Hit day = dayRef(j);
    if (day == null) {
      return null;
    }
    int k = day.end();
    String part = part(k);
    if (part != null) {
      return new Hit(i, k + 1, Grammar.TIME, new Value.DayTime(dayOf(day), part), null);
    }
    int m = g.is(k, ",") ? k + 1 : k;
    if (g.is(m, "at")) {
      m++;
    }
    Clock at = clock(m);
    return at == null ? null : new Hit(i, at.end(), Grammar.TIME, new Value.DayTime(dayOf(day), at.time()), null);
  }

  private static LocalDate dayOf(Hit day) {
    return day.value() instanceof Day d ? d.date() : null;
  }

  private String part(int k) {
    return g.glued(k) ? null : Lexicon.PARTS_OF_DAY.get(g.w(k));
  }

  /** A day named at k: a weekday, a day of a month, today, yesterday or tomorrow. */
  private Hit dayRef(int k) {
    Hit h = g.weekdayDate(k);
    if (h == null) {
      h = g.relativeDay(k);
    }
    if (h == null) {
      h = g.monthDate(k, true);
    }
    return h != null && (h.value() instanceof Day || h.value() == Grammar.UNKNOWN) && h.extra() == null ? h : null;
  }

  /** "10:30", "5 p.m.", "10.30 pm", "noon", "midnight", "10 o'clock", "1400 GMT", with an optional zone. */
  private Clock clock(int i) {
    if (i >= g.n) {
      return null;
    }
    String t = g.p.get(i).text();
    int hour;
    int minute = 0;
    int k;
    Matcher m = CLOCK.matcher(t);
    if (m.matches() && (t.indexOf(':') > 0 || isAmPm(i + 1))) {
      hour = Integer.parseInt(m.group(1));
      minute = Integer.parseInt(m.group(2));
      k = i + 1;
    } else if (g.p.get(i).digits() >= 1 && g.p.get(i).digits() <= 12 && t.length() <= 2 && (isAmPm(i + 1) || g.is(i + 1, "o'clock"))) {
      hour = g.p.get(i).digits();
      k = i + 1;
    } else if (g.is(i, "noon", "midday")) {
      return new Clock("12:00", i + 1);
    } else if (g.is(i, "midnight")) {
      return new Clock("24:00", i + 1);
    } else if (t.length() == 4 && g.p.get(i).digits() >= 0 && Lexicon.ZONES.contains(g.w(i + 1)) && !g.is(i + 1, "z")) {
      hour = g.p.get(i).digits() / 100;
      minute = g.p.get(i).digits() % 100;
      k = i + 1;
    } else {
      return null;
    }
    if (g.is(k, "o'clock")) {
      k++;
    } else if (isAmPm(k)) {
      boolean pm = PM.contains(g.w(k));
      if (hour > 12 || hour == 0) {
        return null;
      }
      hour = pm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
      k++;
    }
    if (hour > 24 || minute > 59) {
      return null;
    }
    if (Lexicon.ZONES.contains(g.w(k))) {
      k++;
    } else if (g.is(k, "local") && g.is(k + 1, "time")) {
      k += 2;
    }
    return new Clock(String.format(Locale.ROOT, "%02d:%02d", hour, minute), k);
  }

  private boolean isAmPm(int k) {
    return AM.contains(g.w(k)) || PM.contains(g.w(k));
  }
}
