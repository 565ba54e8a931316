package org.storyline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates as pages and callers write them, to {@link OffsetDateTime} (UTC when no offset). */
public final class Dates {
  private static final Pattern URL_YMD = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[/-](0?[1-9]|[12]\\d|3[01])(?:/|$|[^0-9])",
      Pattern.CASE_INSENSITIVE);
  /** 20160904, 2016_09_04 or 2016-09-04 after a slash, "=", "-" or "_" (paths, query values, slugs). */
  private static final Pattern URL_COMPACT =
      Pattern.compile("[/=_-]((?:19|20)\\d{2})[_-]?(0[1-9]|1[0-2])[_-]?(0[1-9]|[12]\\d|3[01])(?:/|$|[^0-9])");
  /** A dateline opening a text: "May 03, 2013", "27 NOVEMBER, 2005", "Updated Saturday, December 05, 2009 8:28 PM". */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:updated:?\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:(\\d{1,2})\\s+)?"
          + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d\\d)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  /** Month names and abbreviations of the languages of this project's pages: English, German, French, Spanish. */
  private static final Map<String, Integer> MONTH_NAMES = monthNames();
  private static final String MONTH_WORD = "([A-Za-zÄÖÜäöüéèûçñ]{3,10})\\.?";
  /** 4. September 2016, 4 September 2016, 4 de septiembre de 2016. */
  private static final Pattern TEXT_DMY = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.?\\s*(?:de\\s+)?" + MONTH_WORD + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})(?!\\d)");
  /** September 4, 2016; Sept. 4th 2016. */
  private static final Pattern TEXT_MDY = Pattern.compile(
      "\\b" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})(?!\\d)");
  /** 04.09.2016, 4.9.2016, 04/09/2016 (day first, as in Europe). */
  private static final Pattern TEXT_NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./]((?:19|20)\\d{2})(?!\\d)");
  /** 2016-09-04, 2016/09/04. */
  private static final Pattern TEXT_ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
  /** How much of a text {@link #fromText} reads: datelines are short. */
  private static final int DATELINE_CHARS = 400;

  private Dates() {}

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> m = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene"},
      {"february", "feb", "februar", "febr", "février", "févr", "fevrier", "febrero"},
      {"march", "mar", "märz", "mär", "maerz", "mars", "marzo"},
      {"april", "apr", "avril", "avr", "abril", "abr"},
      {"may", "mai", "mayo"},
      {"june", "jun", "juni", "juin", "junio"},
      {"july", "jul", "juli", "juillet", "juil", "julio"},
      {"august", "aug", "août", "aout", "agosto", "ago"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
      {"october", "oct", "oktober", "okt", "octobre", "octubre"},
      {"november", "nov", "novembre", "noviembre"},
      {"december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dic"}
    };
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        m.put(n, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The first full date written in a short text (a dateline, a byline, a date element): "4. September
   * 2016", "September 4, 2016", "04.09.2016", "2016-09-04"; month-only dates do not count.
   */
  public static Optional<OffsetDateTime> fromText(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.length() > DATELINE_CHARS ? text.substring(0, DATELINE_CHARS) : text;
    Optional<OffsetDateTime> best = Optional.empty();
    int bestAt = Integer.MAX_VALUE;
    Matcher m = TEXT_ISO.matcher(t);
    if (m.find() && m.start() < bestAt) {
      Optional<OffsetDateTime> d = of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = TEXT_NUMERIC.matcher(t);
    if (m.find() && m.start() < bestAt) {
      Optional<OffsetDateTime> d = of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
      if (d.isPresent()) {
        best = d;
        bestAt = m.start();
      }
    }
    m = TEXT_DMY.matcher(t);
    while (m.find() && m.start() < bestAt) {
      Integer month = MONTH_NAMES.get(m.group(2).toLowerCase(Locale.ROOT));
      if (month != null) {
        Optional<OffsetDateTime> d = of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        if (d.isPresent()) {
          best = d;
          bestAt = m.start();
          break;
        }
      }
    }
    m = TEXT_MDY.matcher(t);
    while (m.find() && m.start() < bestAt) {
      Integer month = MONTH_NAMES.get(m.group(1).toLowerCase(Locale.ROOT));
      if (month != null) {
        Optional<OffsetDateTime> d = of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
        if (d.isPresent()) {
          best = d;
          break;
        }
      }
    }
    return best;
  }

  /**
   * Parses ISO-8601 dates and date-times ("2016-09-04", "2016-09-04T10:00Z", "2016-09-04 10:00:00"),
   * and RFC 1123 ("Sun, 04 Sep 2016 10:00:00 GMT").
   */
  public static Optional<OffsetDateTime> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(v));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(v).toOffsetDateTime());
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(LocalDate.parse(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v)
          .atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    } catch (DateTimeParseException ignored) {
      return Optional.empty();
    }
  }

  /** A date written into a URL path: /2016/09/04/, /2013/may/03/, /20160904/. */
  public static Optional<OffsetDateTime> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_YMD.matcher(url);
    if (m.find()) {
      String month = m.group(2).toLowerCase(Locale.ROOT);
      int mm = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : MONTHS.get(month);
      return of(Integer.parseInt(m.group(1)), mm, Integer.parseInt(m.group(3)));
    }
    m = URL_COMPACT.matcher(url);
    if (m.find()) {
      return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return Optional.empty();
  }

  /** A full date opening a line of text (a visible dateline), or empty; month-only datelines do not count. */
  public static Optional<OffsetDateTime> fromDateline(String line) {
    if (line == null) {
      return Optional.empty();
    }
    Matcher m = DATELINE.matcher(line.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    String day = m.group(1) != null ? m.group(1) : m.group(3);
    if (day == null) {
      return Optional.empty();
    }
    return of(Integer.parseInt(m.group(4)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3)), Integer.parseInt(day));
  }

  private static Optional<OffsetDateTime> of(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d).atStartOfDay().atOffset(ZoneOffset.UTC));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
