package org.storyline.annotate.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.time.Value.Day;

/**
 * The time expressions of one sentence: at each piece the longest of the rules below that matches
 * there, left to right, no overlaps. Rules are methods returning a {@link Hit} or null; the date
 * rules live here, the clock, duration, set and reference rules in {@link OtherRules}. Spans follow
 * TimeBank: determiners and approximations ("the third quarter", "nearly two years") are in,
 * prepositions ("on", "in", "since") are out.
 */
final class Grammar {
  static final String DATE = "DATE";
  static final String TIME = "TIME";
  static final String DURATION = "DURATION";
  static final String SET = "SET";
  /** The value of an expression that needs an anchor when the article has none. */
  static final Value UNKNOWN = new Value.Literal(null);

  private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,4})/(\\d{1,2})/(\\d{2}|\\d{4})");
  private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "until", "till", "by", "from", "to", "through",
      "during", "of", "before", "after", "between", "and", "early", "late", "mid", "year", "fiscal", "around", "circa",
      "spring", "summer", "autumn", "fall", "winter", "the", "'s", "its", "their", "his", "her", "for");
  private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "from", "to", "through",
      "during", "of", "before", "after", "between", "early", "late", "mid", "last", "next", "this", "end", "beginning",
      "start", "middle", "and", "or", "on", "each", "every", "that", "throughout");
  private static final Set<String> QUANTITY_BEFORE = Set.of("$", "us$", "€", "£", "#", "about", "some", "nearly", "almost",
      "approximately", "around", "over", "than", "least", "estimated", "roughly", "only", "just", "total", "no", "no.",
      "number", "page", "flight", "route", "highway", "resolution", "item");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their", "our", "this",
      "that", "'s", "since", "in", "of", "by", "until", "from", "to", "during", "before", "after");
  private static final Set<String> RELATIVE_UNITS = Set.of("week", "month", "year", "weekend", "decade", "century", "day", "quarter");
  private static final Set<String> SEASON_BEFORE = Set.of("in", "during", "by", "until", "since", "through", "early", "late", "mid",
      "last", "this");
  private static final Set<String> SCHEDULE_BEFORE = Set.of("until", "till", "payable", "effective", "expire", "expires", "by");
  private static final Set<String> RANGE_WORDS = Set.of("to", "and", "through", "until", "till", "-", "–", "or");

  /**
   * What a rule matched: pieces [start, end), and possibly a second expression it found with it (a
   * range's end). {@code refersBack}: the value was derived from what the article named before
   * ("a year earlier"), so it must not become the new point of reference.
   */
  record Hit(int start, int end, String type, Value value, Hit extra, boolean refersBack) {
    Hit(int start, int end, String type, Value value, Hit extra) {
      this(start, end, type, value, extra, false);
    }

    Hit from(int newStart) {
      return new Hit(newStart, end, type, value, extra, refersBack);
    }
  }

  final List<Piece> p;
  final int n;
  /** Null when the article has no publication date: relative expressions then have no value. */
  final Anchor anchor;
  final Memory memory;
  private final OtherRules other;

  Grammar(List<Piece> pieces, Anchor anchor, Memory memory) {
    this.p = pieces;
    this.n = pieces.size();
    this.anchor = anchor;
    this.memory = memory;
    this.other = new OtherRules(this);
  }

  List<Hit> parse() {
    List<Hit> hits = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Hit h = best(i);
      if (h == null) {
        i++;
        continue;
      }
      for (Hit x = h; x != null; x = x.extra()) {
        hits.add(x);
        if (!x.refersBack()) {
          memory.remember(x.value());
        }
        i = Math.max(i, x.end());
      }
    }
    return hits;
  }

  private Hit best(int i) {
    Hit best = null;
    for (int r = 0; r < 5; r++) {
      Hit h = switch (r) {
        case 0 -> other.timeOfDay(i);
        case 1 -> other.set(i);
        case 2 -> date(i);
        case 3 -> other.duration(i);
        default -> other.reference(i);
      };
      if (h != null && (best == null || h.end() > best.end())) {
        best = h;
      }
    }
    return best;
  }

  // ---- access to pieces

  String w(int i) {
    return i >= 0 && i < n ? p.get(i).lower() : "";
  }

  boolean is(int i, String... words) {
    String x = w(i);
    for (String word : words) {
      if (word.equals(x)) {
        return true;
      }
    }
    return false;
  }

  boolean glued(int i) {
    return i >= 0 && i < n && p.get(i).glued();
  }

  Tense tense(int start, int end) {
    return Tense.around(p, start, end);
  }

  /** Direction of a bare weekday: news reports the past, so "Sunday" with no tense at all is the last one. */
  static Direction forDay(Tense t) {
    return t == Tense.FUTURE || t == Tense.PRESENT ? Direction.FORWARD : Direction.BACK;
  }

  /** Direction of a month or a day of a month without a year. */
  static Direction forMonth(Tense t) {
    return switch (t) {
      case PAST -> Direction.BACK;
      case FUTURE -> Direction.FORWARD;
      default -> Direction.NEAREST;
    };
  }

  // ---- dates

  /** A date, after an optional modifier that keeps its value ("mid-November" is 2016-11: TIMEX3 values have no "mid"). */
  Hit date(int i) {
    int j = afterModifier(i);
    if (j == i) {
      return dateCore(i, false);
    }
    Hit core = dateCore(j, true);
    if (core != null) {
      return core.from(i);
    }
    if (is(j, "the") && is(j + 1, "month", "year", "week", "day") && is(j - 1, "of") && anchor != null) {
      Value v = switch (w(j + 1)) {
        case "month" -> new Value.Month(YearMonth.from(anchor.date()));
        case "year" -> new Value.Year(anchor.date().getYear());
        case "week" -> Value.Week.of(anchor.date());
        default -> new Day(anchor.date());
      };
      return new Hit(i, j + 2, DATE, v, null); // "the end of the month"
    }
    if (is(j, "in") && is(j + 1, "the") && is(j + 2, "day", "week", "month", "year") && is(i, "earlier", "later")) {
      // "later in the day", "earlier in the year": the anchor's
      Value v = anchor == null ? UNKNOWN : switch (w(j + 2)) {
        case "day" -> new Day(anchor.date());
        case "week" -> Value.Week.of(anchor.date());
        case "month" -> new Value.Month(YearMonth.from(anchor.date()));
        default -> new Value.Year(anchor.date().getYear());
      };
      return is(j + 2, "day") ? new Hit(j + 1, j + 3, DATE, v, null) : new Hit(i, j + 3, DATE, v, null);
    }
    return null;
  }

  /** The piece after "early", "late", "mid", "earlier", "later", "the end of", "the middle of" ...; i when none. */
  int afterModifier(int i) {
    if (is(i, "the") && is(i + 1, "end", "beginning", "start", "middle", "turn", "close", "first", "last")
        && is(i + 2, "of") && !is(i + 1, "first", "last")) {
      return i + 3;
    }
    if (is(i, "early", "late", "mid", "earlier", "later", "mid-", "middle") && !is(i + 1, "than")) {
      return i + 1;
    }
    return i;
  }

  private Hit dateCore(int j, boolean modified) {
    Hit best = null;
    for (int r = 0; r < 11; r++) {
      Hit h = switch (r) {
        case 0 -> numericDate(j);
        case 1 -> weekdayDate(j);
        case 2 -> monthDate(j, modified);
        case 3 -> dayMonthDate(j);
        case 4 -> relativeDay(j);
        case 5 -> relativeUnit(j);
        case 6 -> agoDate(j);
        case 7 -> yearExpression(j, modified);
        case 8 -> season(j);
        case 9 -> theWeekend(j);
        default -> other.quarter(j);
      };
      if (h != null && (best == null || h.end() > best.end())) {
        best = h;
      }
    }
    return best;
  }

  /** "9/4/2016" (month first, as US wires write it, unless the first number cannot be a month), "2016-09-04". */
  private Hit numericDate(int j) {
    if (j >= n) {
      return null;
    }
    Matcher m = SLASH_DATE.matcher(p.get(j).text());
    if (m.matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int c = Integer.parseInt(m.group(3));
      LocalDate d;
      if (m.group(1).length() == 4) {
        d = Anchor.valid(a, b, c);
      } else {
        int year = m.group(3).length() == 2 ? twoDigitYear(c) : c;
        d = a <= 12 ? Anchor.valid(year, a, b) : Anchor.valid(year, b, a);
      }
      return d == null ? null : new Hit(j, j + 1, DATE, new Day(d), null);
    }
    int y = p.get(j).digits();
    if (y >= 1000 && p.get(j).text().length() == 4 && glued(j + 1) && glued(j + 2)
        && p.get(j + 1).text().length() == 2 && p.get(j + 2).text().length() == 2) {
      LocalDate d = Anchor.valid(y, p.get(j + 1).digits(), p.get(j + 2).digits());
      return d == null ? null : new Hit(j, j + 3, DATE, new Day(d), null);
    }
    return null;
  }

  private int twoDigitYear(int yy) {
    int century = anchor == null ? 2000 : anchor.date().getYear() / 100 * 100;
    int y = century + yy;
    return anchor != null && y > anchor.date().getYear() + 10 ? y - 100 : y;
  }

  /** "Sunday", "last Wednesday", "next Monday", "this coming Sunday", "Saturday, April 25". */
  Hit weekdayDate(int j) {
    int k = j;
    Direction explicit = null;
    if (is(k, "the") && is(k + 1, "previous", "following", "next") && weekday(k + 2) != null) {
      LocalDate ref = memory.lastDay() != null ? memory.lastDay() : anchor == null ? null : anchor.date();
      if (ref == null) {
        return new Hit(j, k + 3, DATE, UNKNOWN, null);
      }
      Direction d = is(k + 1, "previous") ? Direction.BEFORE : Direction.AFTER;
      return new Hit(j, k + 3, DATE, new Day(new Anchor(ref).weekday(weekday(k + 2), d)), null);
    }
    if (is(k, "this") && is(k + 1, "coming", "past")) {
      explicit = is(k + 1, "coming") ? Direction.FORWARD : Direction.BACK;
      k += 2;
    } else if (is(k, "last", "past")) {
      explicit = Direction.BEFORE;
      k++;
    } else if (is(k, "next")) {
      explicit = Direction.AFTER;
      k++;
    } else if (is(k, "this", "coming")) {
      explicit = is(k, "coming") ? Direction.FORWARD : null;
      k++;
    }
    DayOfWeek day = weekday(k);
    if (day == null) {
      return null;
    }
    int end = k + 1;
    int m = is(end, ",") ? end + 1 : end;
    Hit date = monthDate(m, true);
    if (date == null || !(date.value() instanceof Day)) {
      date = dayMonthDate(m);
    }
    if (date != null && date.value() instanceof Day) {
      return new Hit(j, date.end(), DATE, date.value(), date.extra());
    }
    if (anchor == null) {
      return new Hit(j, end, DATE, new Value.Literal("XXXX-WXX-" + day.getValue()), null);
    }
    Direction d = explicit != null ? explicit : forDay(tense(j, end));
    return new Hit(j, end, DATE, new Day(anchor.weekday(day, d)), null);
  }

  DayOfWeek weekday(int k) {
    if (k >= n) {
      return null;
    }
    DayOfWeek d = Lexicon.WEEKDAYS.get(w(k));
    if (d == null && p.get(k).text().endsWith(".") && p.get(k).capitalized()) {
      d = Lexicon.WEEKDAY_ABBREVIATIONS.get(w(k));
    }
    return d;
  }

  /** The month named at k, or 0; ambiguous names ("May", "March") only where a date is certain. */
  int month(int k, boolean certain) {
    if (k >= n) {
      return 0;
    }
    Piece x = p.get(k);
    Integer m = Lexicon.MONTHS.get(x.lower());
    if (m == null || !x.capitalized()) {
      return 0;
    }
    boolean abbreviated = x.lower().length() <= 4 && !x.lower().equals("june") && !x.lower().equals("july")
        && !x.lower().equals("may");
    if (certain) {
      return m;
    }
    if (abbreviated && !x.text().endsWith(".")) {
      return 0;
    }
    if (Lexicon.AMBIGUOUS_MONTHS.contains(x.lower())) {
      boolean context = MONTH_CONTEXT.contains(w(k - 1)) || x.glued();
      boolean name = k > 0 && p.get(k - 1).capitalized() && !MONTH_CONTEXT.contains(w(k - 1)) && weekday(k - 1) == null;
      return context && !name ? m : 0;
    }
    return m;
  }

  /** A day of the month at k (1 to 31, "24", "24th", "eighth"): its value and end, or null. */
  int[] dayOfMonth(int k, boolean words) {
    if (k >= n || glued(k) && !is(k - 1, "mid") && !(k > 0 && p.get(k - 1).isDigits())) {
      return null;
    }
    Piece x = p.get(k);
    int d = x.digits();
    int end = k + 1;
    if (d < 0) {
      Integer o = Lexicon.ORDINALS.get(x.lower());
      String t = x.lower();
      if (o == null && t.length() >= 3 && t.length() <= 4 && Character.isDigit(t.charAt(0))
          && (t.endsWith("th") || t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd"))) {
        String digits = t.substring(0, t.length() - 2);
        o = digits.chars().allMatch(Character::isDigit) ? Integer.parseInt(digits) : null;
      } else if (o != null && !words && !Character.isDigit(t.charAt(0))) {
        o = null;
      }
      if (o == null) {
        return null;
      }
      d = o;
    } else {
      if (x.text().length() > 2 || is(k + 1, "%", "percent", "per") || glued(k + 1) && !p.get(k + 1).isDigits()) {
        return null;
      }
      if (is(end, "th", "st", "nd", "rd")) {
        end++;
      }
    }
    return d >= 1 && d <= 31 ? new int[] {d, end} : null;
  }

  /** A year at k written in digits (1000 to 2999), or -1. */
  int yearAt(int k) {
    if (k >= n || p.get(k).text().length() != 4) {
      return -1;
    }
    int y = p.get(k).digits();
    return y >= 1000 && y <= 2999 ? y : -1;
  }

  /**
   * "August 24", "Aug. 24, 2016", "March 2011", "March of 2011", "last September", "January this year",
   * "September 4-5" (two expressions), "July" (the tense picks the year).
   */
  Hit monthDate(int j, boolean certain) {
    int k = j;
    Direction explicit = null;
    if (is(k, "last", "past")) {
      explicit = Direction.BEFORE;
      k++;
    } else if (is(k, "next", "coming")) {
      explicit = Direction.AFTER;
      k++;
    } else if (is(k, "this")) {
      explicit = Direction.NEAREST;
      k++;
    }
    int month = month(k, true);
    if (month == 0) {
      return null;
    }
    int end = k + 1;
    int[] day = dayOfMonth(end, false);
    if (day != null) {
      int e = day[1];
      int ye = is(e, ",") ? e + 1 : e;
      int year = yearAt(ye);
      if (year > 0 && !glued(ye + 1)) {
        Hit h = dayHit(j, ye + 1, year, month, day[0]);
        return h == null ? null : withDayRange(h, ye + 1, year, month);
      }
      Hit h = anchor == null ? new Hit(j, e, DATE, new Value.Literal(String.format("XXXX-%02d-%02d", month, day[0])), null)
          : dayHitNoYear(j, e, month, day[0], explicit);
      return h == null ? null : withDayRange(h, e, h.value() instanceof Day d ? d.date().getYear() : -1, month);
    }
    if (month(k, certain || explicit != null) == 0 && !monthYearFollows(end)) {
      return null;
    }
    int ye = is(end, ",", "of") ? end + 1 : end;
    int year = yearAt(ye);
    if (year > 0) {
      return new Hit(j, ye + 1, DATE, new Value.Month(YearMonth.of(year, month)), null);
    }
    if (is(end, "this", "last", "next") && is(end + 1, "year") && anchor != null) {
      int y = anchor.date().getYear() + (is(end, "last") ? -1 : is(end, "next") ? 1 : 0);
      return new Hit(j, end + 2, DATE, new Value.Month(YearMonth.of(y, month)), null);
    }
    if (anchor == null) {
      return new Hit(j, end, DATE, new Value.Literal(String.format("XXXX-%02d", month)), null);
    }
    Direction d = explicit == Direction.NEAREST ? null : explicit;
    if (explicit == Direction.NEAREST) {
      return new Hit(j, end, DATE, new Value.Month(YearMonth.of(anchor.date().getYear(), month)), null);
    }
    if (d == null) {
      d = monthDirection(j, end);
    }
    return new Hit(j, end, DATE, new Value.Month(anchor.month(month, d)), null);
  }

  private boolean monthYearFollows(int end) {
    int ye = is(end, ",", "of") ? end + 1 : end;
    return yearAt(ye) > 0 || is(end, "this", "last", "next") && is(end + 1, "year");
  }

  private Hit dayHit(int start, int end, int year, int month, int day) {
    LocalDate d = Anchor.valid(year, month, day);
    return d == null ? null : new Hit(start, end, DATE, new Day(d), null);
  }

  /** The direction of a month or day without a year: ahead after "until", "payable", "effective"; else the tense's. */
  private Direction monthDirection(int start, int end) {
    int before = is(start - 1, "mid", "early", "late") ? start - 2 : start - 1;
    return SCHEDULE_BEFORE.contains(w(before)) ? Direction.FORWARD : forMonth(tense(start, end));
  }

  private Hit dayHitNoYear(int start, int end, int month, int day, Direction explicit) {
    Direction d = explicit == null || explicit == Direction.NEAREST ? monthDirection(start, end) : explicit;
    if (explicit == Direction.NEAREST) {
      return dayHit(start, end, anchor.date().getYear(), month, day);
    }
    LocalDate date = anchor.monthDay(month, day, d);
    return date == null ? null : new Hit(start, end, DATE, new Day(date), null);
  }

  /** "September 4-5", "September 4 to 6": the second day as an expression of its own, in the same month. */
  private Hit withDayRange(Hit first, int k, int year, int month) {
    if (!RANGE_WORDS.contains(w(k)) && !glued(k)) {
      return first;
    }
    int d2 = RANGE_WORDS.contains(w(k)) && !glued(k) ? k + 1 : k;
    int[] day = dayOfMonth(d2, false);
    if (day == null && glued(k) && k < n) {
      int v = p.get(k).digits();
      day = v >= 1 && v <= 31 && p.get(k).text().length() <= 2 ? new int[] {v, k + 1} : null;
    }
    if (day == null || month(day[1], true) != 0 || yearAt(day[1]) > 0 && !is(day[1] - 1, ",")) {
      return first;
    }
    int start = glued(k) ? k : d2;
    Value v = year > 0 && Anchor.valid(year, month, day[0]) != null ? new Day(LocalDate.of(year, month, day[0]))
        : new Value.Literal(String.format("XXXX-%02d-%02d", month, day[0]));
    return new Hit(first.start(), first.end(), first.type(), first.value(), new Hit(start, day[1], DATE, v, null));
  }

  /** "24 August", "4th of September 2016", "the 24th of August", "4-5 September" (two expressions). */
  private Hit dayMonthDate(int j) {
    int k = is(j, "the") ? j + 1 : j;
    int[] day = dayOfMonth(k, k > j);
    if (day == null) {
      return null;
    }
    int m = is(day[1], "of") ? day[1] + 1 : day[1];
    int month = month(m, true);
    if (month == 0) {
      // "4-5 September": a range whose first day takes the month of the second
      int r = RANGE_WORDS.contains(w(day[1])) && !glued(day[1]) ? day[1] + 1 : day[1];
      int[] second = r > day[1] || glued(r) ? dayOfMonthLoose(r) : null;
      if (second != null && month(second[1], true) != 0) {
        Hit rest = dayMonthDate(r);
        if (rest != null && rest.value() instanceof Day d) {
          LocalDate first = Anchor.valid(d.date().getYear(), d.date().getMonthValue(), day[0]);
          if (first != null) {
            return new Hit(j, day[1], DATE, new Day(first), rest);
          }
        }
      }
      return null;
    }
    int end = m + 1;
    int ye = is(end, ",") ? end + 1 : end;
    int year = yearAt(ye);
    if (year > 0) {
      return dayHit(j, ye + 1, year, month, day[0]);
    }
    if (anchor == null) {
      return new Hit(j, end, DATE, new Value.Literal(String.format("XXXX-%02d-%02d", month, day[0])), null);
    }
    return dayHitNoYear(j, end, month, day[0], null);
  }

  private int[] dayOfMonthLoose(int k) {
    if (k >= n) {
      return null;
    }
    int v = p.get(k).digits();
    if (v >= 1 && v <= 31 && p.get(k).text().length() <= 2) {
      return new int[] {v, is(k + 1, "th", "st", "nd", "rd") ? k + 2 : k + 1};
    }
    return dayOfMonth(k, false);
  }

  /** "today", "yesterday", "tomorrow", "the day before yesterday", "the day after tomorrow". */
  Hit relativeDay(int j) {
    int offset;
    int end = j + 1;
    if (is(j, "today")) {
      offset = 0;
    } else if (is(j, "yesterday")) {
      offset = -1;
    } else if (is(j, "tomorrow")) {
      offset = 1;
    } else if (is(j, "the") && is(j + 1, "day") && is(j + 2, "before") && is(j + 3, "yesterday")) {
      offset = -2;
      end = j + 4;
    } else if (is(j, "the") && is(j + 1, "day") && is(j + 2, "after") && is(j + 3, "tomorrow")) {
      offset = 2;
      end = j + 4;
    } else {
      return null;
    }
    if (glued(j + 1) || j > 0 && p.get(j).capitalized() && p.get(j - 1).capitalized() && !is(j - 1, "and", "but")) {
      return null; // "today-style", "VOA Today"
    }
    return new Hit(j, end, DATE, anchor == null ? UNKNOWN : new Day(anchor.date().plusDays(offset)), null);
  }

  /**
   * "this week", "last month", "next year", "the past year", "the coming week", "this weekend",
   * "the following year" (after the last date named), "that day", "the next day", "the same day".
   */
  private Hit relativeUnit(int j) {
    int k = is(j, "the") ? j + 1 : j;
    String rel = w(k);
    String unit = w(k + 1);
    int end = k + 2;
    if (is(k + 1, "fiscal") && is(k + 2, "year")) {
      unit = "year";
      end = k + 3;
    }
    if (glued(k + 1) || !RELATIVE_UNITS.contains(unit) || p.get(k + 1).capitalized()) {
      return null; // "This Week", a television programme
    }
    boolean the = k > j;
    if (unit.equals("quarter")) {
      return null; // the quarter rules know the reporting quarter
    }
    LocalDate ref = memory.lastDay() != null ? memory.lastDay() : anchor == null ? null : anchor.date();
    int offset;
    LocalDate base;
    switch (rel) {
      case "this", "current" -> {
        offset = 0;
        base = anchor == null ? null : anchor.date();
      }
      case "last", "past" -> {
        if (unit.equals("decade") || unit.equals("century")) {
          return new Hit(j, end, DURATION, new Value.Literal(unit.equals("decade") ? "P1DE" : "P1CE"), null);
        }
        offset = -1;
        base = anchor == null ? null : anchor.date();
      }
      case "next", "coming" -> {
        if (unit.equals("day") && !the) {
          return null;
        }
        offset = 1;
        base = the && unit.equals("day") ? ref : anchor == null ? null : anchor.date();
      }
      case "previous", "preceding", "following" -> {
        if (!the) {
          return null;
        }
        offset = rel.equals("following") ? 1 : -1;
        base = referencePoint(unit, ref);
      }
      case "same", "that" -> {
        if (rel.equals("same") != the || unit.equals("weekend")) {
          return null;
        }
        offset = 0;
        base = unit.equals("year") && memory.lastYear() != null ? LocalDate.of(memory.lastYear(), 1, 1) : ref;
      }
      default -> {
        return null;
      }
    }
    if (unit.equals("day") && (rel.equals("this") || rel.equals("last") || rel.equals("past") || rel.equals("current"))) {
      return null; // "this day", "the last day of": not a day of the calendar
    }
    if (base == null) {
      return new Hit(j, end, DATE, UNKNOWN, null);
    }
    Value v = switch (unit) {
      case "day" -> new Day(base.plusDays(offset));
      case "week" -> Value.Week.of(base.plusWeeks(offset));
      case "month" -> new Value.Month(YearMonth.from(base).plusMonths(offset));
      case "year" -> new Value.Year(base.getYear() + offset);
      case "decade" -> new Value.Decade(base.getYear() / 10 + offset);
      case "century" -> new Value.Century(base.getYear() / 100 + offset);
      default -> weekend(base, offset, tense(j, end));
    };
    return new Hit(j, end, DATE, v, null);
  }

  /** What "the following year" (month, day) follows: the last year (month, day) the article named, else the anchor. */
  private LocalDate referencePoint(String unit, LocalDate ref) {
    if (unit.equals("year") && memory.lastYear() != null) {
      return LocalDate.of(memory.lastYear(), 1, 1);
    }
    if (unit.equals("month") && memory.lastMonth() != null) {
      return memory.lastMonth().atDay(1);
    }
    return ref;
  }

  /** The weekend: "this weekend" by tense, "last weekend" the one before, "next weekend" the one ahead. */
  private Value weekend(LocalDate anchorDay, int offset, Tense tense) {
    boolean inWeekend = anchorDay.getDayOfWeek().getValue() >= 6;
    LocalDate d;
    if (offset < 0) {
      d = anchorDay.minusWeeks(1);
    } else if (offset > 0) {
      d = inWeekend ? anchorDay.plusWeeks(1) : anchorDay;
    } else {
      d = inWeekend || forDay(tense) == Direction.FORWARD ? anchorDay : anchorDay.minusWeeks(1);
    }
    return new Value.Weekend(Value.Week.of(d));
  }

  /** "the weekend", "over the weekend": the last one, or the next one in a future clause. */
  Hit theWeekend(int j) {
    if (!is(j, "the") || !is(j + 1, "weekend") || anchor == null) {
      return null;
    }
    return new Hit(j, j + 2, DATE, weekend(anchor.date(), 0, tense(j, j + 2)), null);
  }

  /**
   * "two years ago", "a year earlier", "year-earlier", "five months ago", "several years ago" (PAST_REF).
   * A year before while the article reports on a quarter is that quarter a year before: TimeBank's
   * "net rose from $10 million a year ago" is 1988-Q3 in a report on the third quarter of 1989.
   */
  private Hit agoDate(int j) {
    if (is(j, "year") && glued(j + 1) && is(j + 1, "earlier", "ago")) {
      return new Hit(j, j + 2, DATE, yearBefore(1), null, true);
    }
    int k = other.afterApproximation(j);
    OtherRules.Num num = other.number(k, true);
    if (num == null) {
      return null;
    }
    Unit unit = Lexicon.UNITS.get(w(num.end()));
    if (unit == null || glued(num.end())) {
      return null;
    }
    int e = num.end() + 1;
    boolean ago = is(e, "ago");
    boolean earlier = is(e, "earlier", "before") && unit == Unit.YEAR;
    boolean later = is(e, "later", "after") && unit == Unit.YEAR;
    boolean hence = is(e, "from") && is(e + 1, "now");
    if (!ago && !earlier && !later && !hence) {
      return null;
    }
    int end = hence ? e + 2 : e + 1;
    if (num.value() == null) {
      return new Hit(j, end, DATE, new Value.Literal(hence ? "FUTURE_REF" : "PAST_REF"), null);
    }
    if (anchor == null) {
      return new Hit(j, end, DATE, UNKNOWN, null);
    }
    long amount = Math.round(num.value());
    if (amount != num.value() || unit == Unit.SECOND || unit == Unit.MINUTE || unit == Unit.HOUR) {
      return null;
    }
    if ((earlier || ago) && unit == Unit.YEAR && memory.reportedQuarter() != null) {
      return new Hit(j, end, DATE, yearBefore(amount), null, true);
    }
    LocalDate base = earlier || later ? (memory.lastDay() != null ? memory.lastDay() : anchor.date()) : anchor.date();
    long signed = ago || earlier ? -amount : amount;
    Value v = switch (unit) {
      case DAY -> new Day(base.plusDays(signed));
      case WEEK -> Value.Week.of(base.plusWeeks(signed));
      case MONTH -> new Value.Month(YearMonth.from(base).plusMonths(signed));
      case QUARTER -> new Value.Month(YearMonth.from(base).plusMonths(3 * signed));
      case YEAR -> new Value.Year((int) (base.getYear() + signed));
      case DECADE -> new Value.Decade((int) (base.getYear() / 10 + signed));
      default -> new Value.Century((int) (base.getYear() / 100 + signed));
    };
    return new Hit(j, end, DATE, v, null);
  }

  /** {@code years} before: the reporting quarter's year when a quarter was named, else the anchor's year. */
  Value yearBefore(long years) {
    Value.Quarter q = memory.reportedQuarter();
    if (q != null) {
      return new Value.Quarter((int) (q.year() - years), q.quarter());
    }
    return anchor == null ? UNKNOWN : new Value.Year((int) (anchor.date().getYear() - years));
  }

  /**
   * Years, decades and centuries: "2012", "mid-2012", "fiscal 1989", "the year 2000", "the 1990s",
   * "the '80s", "the nineties", "the 20th century", "nineteen ninety-one", "1990-92" (two expressions).
   */
  private Hit yearExpression(int j, boolean modified) {
    int k = j;
    boolean the = is(k, "the");
    if (the) {
      k++;
      if (is(k, "early", "late", "mid")) {
        k++;
        modified = true;
      }
    }
    if (is(k, "year") && !glued(k + 1)) {
      Hit y = spelledOrDigitYear(k + 1, true);
      return y == null ? null : y.from(j);
    }
    if (is(k, "fiscal")) {
      int y = yearAt(is(k + 1, "year") ? k + 2 : k + 1);
      int e = is(k + 1, "year") ? k + 3 : k + 2;
      return y > 0 ? new Hit(j, e, DATE, new Value.Year(y), null) : null;
    }
    Hit decade = decade(k, the);
    if (decade != null) {
      return decade.from(j);
    }
    if ((the || Character.isDigit(w(k).isEmpty() ? 'x' : w(k).charAt(0))) && century(k) != null) {
      return century(k).from(j);
    }
    if (the) {
      return null;
    }
    Hit y = spelledOrDigitYear(k, modified);
    if (y == null) {
      return null;
    }
    // "1990-92", "1990-1992", "2016-17": the second year an expression of its own
    int r = y.end();
    int second = -1;
    if (glued(r) && r < n && (p.get(r).text().length() == 2 || p.get(r).text().length() == 4)) {
      second = p.get(r).digits();
    }
    if (second >= 0 && y.value() instanceof Value.Year first && !glued(r + 1)) {
      int full = second < 100 ? first.year() / 100 * 100 + second : second;
      if (full > first.year() && full - first.year() < 100) {
        return new Hit(y.start(), y.end(), DATE, y.value(), new Hit(r, r + 1, DATE, new Value.Year(full), null));
      }
    }
    return y;
  }

  private Hit spelledOrDigitYear(int k, boolean certain) {
    int y = yearAt(k);
    if (y > 0) {
      if (!certain && !looksLikeYear(k, y)) {
        return null;
      }
      return new Hit(k, k + 1, DATE, new Value.Year(y), null);
    }
    // "nineteen ninety-one", "nineteen eighty-nine": spoken years in broadcast transcripts
    if (is(k, "nineteen", "eighteen") && Lexicon.CARDINALS.containsKey(w(k + 1)) && (certain || YEAR_CONTEXT.contains(w(k - 1)))) {
      int tens = Lexicon.CARDINALS.get(w(k + 1));
      if (tens >= 10 && tens <= 90) {
        int end = k + 2;
        int units = 0;
        Integer u = Lexicon.CARDINALS.get(w(k + 2));
        if (tens >= 20 && tens % 10 == 0 && u != null && u < 10) {
          units = u;
          end++;
        }
        int century = is(k, "nineteen") ? 1900 : 1800;
        return new Hit(k, end, DATE, new Value.Year(century + tens + units), null);
      }
    }
    if (is(k, "two") && is(k + 1, "thousand") && (certain || YEAR_CONTEXT.contains(w(k - 1)))) {
      int end = k + 2;
      int add = 0;
      int a = is(end, "and") ? end + 1 : end;
      Integer u = Lexicon.CARDINALS.get(w(a));
      if (u != null && u < 20 && u > 0) {
        add = u;
        end = a + 1;
      }
      return new Hit(k, end, DATE, new Value.Year(2000 + add), null);
    }
    return null;
  }

  /** A four-digit number is a year unless it reads as an amount ("$2000", "about 1500 people"). */
  private boolean looksLikeYear(int k, int y) {
    String before = w(k - 1);
    if (QUANTITY_BEFORE.contains(before) || is(k + 1, "%", "percent", "per", ":") || glued(k)) {
      return false;
    }
    if (y < 1800 && !YEAR_CONTEXT.contains(before)) {
      return false;
    }
    if (y > 2100) {
      return false;
    }
    String next = w(k + 1);
    boolean pluralNoun = next.length() > 3 && next.endsWith("s") && !next.endsWith("'s") && Character.isLowerCase(next.charAt(0))
        && !Lexicon.UNITS.containsKey(next) && !next.equals("was") && !next.equals("has") && !next.equals("is");
    return !pluralNoun || DETERMINERS.contains(before);
  }

  private Hit decade(int k, boolean the) {
    if (k >= n) {
      return null;
    }
    String t = p.get(k).text().toLowerCase(java.util.Locale.ROOT);
    if (t.matches("(1[0-9]|20)\\d0s")) {
      return new Hit(k, k + 1, DATE, new Value.Decade(Integer.parseInt(t.substring(0, 3))), null);
    }
    if (t.matches("['’]?\\d0s") && (the || t.charAt(0) == '\'' || t.charAt(0) == '’')) {
      int d = t.charAt(t.length() - 3) - '0';
      return new Hit(k, k + 1, DATE, new Value.Decade(190 + d), null);
    }
    if (the && Lexicon.DECADE_WORDS.containsKey(t)) {
      return new Hit(k, k + 1, DATE, new Value.Decade(Lexicon.DECADE_WORDS.get(t)), null);
    }
    return null;
  }

  private Hit century(int k) {
    int[] ordinal = dayOfMonth(k, true);
    if (ordinal == null || !is(ordinal[1], "century")) {
      return null;
    }
    return new Hit(k, ordinal[1] + 1, DATE, new Value.Century(ordinal[0] - 1), null);
  }

  /** "this summer", "last winter", "the summer of 2016", "spring 2012", "in the fall". */
  private Hit season(int j) {
    int k = j;
    Direction explicit = null;
    boolean determined = false;
    if (is(k, "the")) {
      k++;
      determined = true;
    }
    if (is(k, "this")) {
      explicit = Direction.NEAREST;
      k++;
    } else if (is(k, "last", "past")) {
      explicit = Direction.BEFORE;
      k++;
    } else if (is(k, "next", "coming")) {
      explicit = Direction.AFTER;
      k++;
    }
    String code = Lexicon.SEASONS.get(w(k));
    if (code == null || glued(k + 1) || glued(k)) {
      return null;
    }
    boolean risky = is(k, "fall", "spring") || p.get(k).capitalized() && k > 0;
    int end = k + 1;
    int ye = is(end, "of") ? end + 1 : is(end, ",") ? end + 1 : end;
    int year = yearAt(ye);
    Hit spelled = year > 0 ? null : is(end, "of") ? spelledOrDigitYear(ye, true) : null;
    if (spelled != null && spelled.value() instanceof Value.Year sy) {
      return new Hit(j, spelled.end(), DATE, new Value.Season(sy.year(), code), null);
    }
    if (year > 0) {
      return new Hit(j, ye + 1, DATE, new Value.Season(year, code), null);
    }
    if (risky && explicit == null && (!determined || is(end, "of") || !SEASON_BEFORE.contains(w(j - 1)))) {
      return null; // "the fall of Aleppo", "spring water", "Arab Spring"
    }
    if (!determined && explicit == null && !SEASON_BEFORE.contains(w(j - 1))) {
      return null;
    }
    if (anchor == null) {
      return new Hit(j, end, DATE, new Value.Literal("XXXX-" + code), null);
    }
    int y = explicit == Direction.NEAREST ? anchor.date().getYear()
        : anchor.seasonYear(code, explicit != null ? explicit : forMonth(tense(j, end)) == Direction.FORWARD ? Direction.FORWARD : Direction.BACK);
    return new Hit(j, end, DATE, new Value.Season(y, code), null);
  }
}
