package org.storyline.annotate.figures;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Number words as news writes them, one token at a time: digits with separators ("31,500"),
 * decimals ("1.5", for "1.5 million"), cardinal words ("twelve", "sixty"), scale words
 * ("dozen", "hundred", "million") and vague plurals ("dozens", "hundreds", "tens"), which stand for
 * a range. Hand-written: no library reads English number words into values with their vagueness.
 */
final class NumberWords {
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
      Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
      Map.entry("ninety", 90L));
  private static final Map<String, Long> SCALES = Map.of(
      "dozen", 12L, "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  /**
   * A vague plural as the range of its multiplier of one unit: "hundreds" is 2..9 hundreds
   * (200..999: beyond that, news says "thousands"), "dozens" 2..8 dozens (24..99), "scores" 2..4
   * scores (40..99), "tens" 2..9 tens.
   */
  private static final Map<String, Vague> VAGUE = Map.of(
      "tens", new Vague(10, 20, 99), "dozens", new Vague(12, 24, 99), "scores", new Vague(20, 40, 99),
      "hundreds", new Vague(100, 200, 999), "thousands", new Vague(1_000, 2_000, 9_999),
      "millions", new Vague(1_000_000, 2_000_000, 9_999_999), "billions", new Vague(1_000_000_000, 2_000_000_000, 9_999_999_999L));

  /** A vague plural: its unit and the least and most it means. */
  record Vague(long unit, long min, long max) {}

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3}){1,4}|\\d{1,15}");
  private static final Pattern DECIMAL = Pattern.compile("\\d{1,6}\\.\\d{1,6}");

  private NumberWords() {}

  static boolean isScale(String word) {
    return SCALES.containsKey(lower(word));
  }

  static long scale(String word) {
    return SCALES.get(lower(word));
  }

  /** The vague plural {@code word} is, or null. */
  static Vague vague(String word) {
    return VAGUE.get(lower(word));
  }

  /** A cardinal word's value ("twelve" → 12, "sixty" → 60, "sixty-seven" as one token → 67), or empty. */
  static OptionalLong word(String word) {
    String w = lower(word);
    Long unit = UNITS.get(w);
    if (unit != null) {
      return OptionalLong.of(unit);
    }
    int hyphen = w.indexOf('-');
    if (hyphen > 0) {
      Long tens = UNITS.get(w.substring(0, hyphen));
      Long ones = UNITS.get(w.substring(hyphen + 1));
      if (tens != null && ones != null && isTens(tens) && ones < 10) {
        return OptionalLong.of(tens + ones);
      }
    }
    return OptionalLong.empty();
  }

  /** A tens word ("twenty" .. "ninety"), which may take a unit after a hyphen. */
  static boolean isTens(long value) {
    return value >= 20 && value <= 90 && value % 10 == 0;
  }

  /** Digits ("31,500" → 31500, "7" → 7), or empty; at most 15 digits. */
  static OptionalLong digits(String word) {
    if (!DIGITS.matcher(word).matches()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(word.replace(",", "")));
  }

  /** A decimal such as "1.5", to be multiplied by a following scale word; NaN when not one. */
  static double decimal(String word) {
    return DECIMAL.matcher(word).matches() ? Double.parseDouble(word) : Double.NaN;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
