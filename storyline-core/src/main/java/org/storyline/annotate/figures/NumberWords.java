package org.storyline.annotate.figures;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Numbers as news writes them: digits with separators ("31,500", "1.5"), number words ("twelve",
 * "two dozen"), scale words ("million") and vague plurals ("hundreds", "tens of thousands"),
 * which stand for their lower bound.
 */
final class NumberWords {
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
      Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L), Map.entry("eighteen", 18L),
      Map.entry("nineteen", 19L), Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L),
      Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
      Map.entry("ninety", 90L), Map.entry("a", 1L), Map.entry("an", 1L));
  private static final Map<String, Long> SCALES = Map.of(
      "dozen", 12L, "hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);
  /** Vague plurals: "hundreds" means at least two hundred. */
  private static final Map<String, Long> VAGUE = Map.of(
      "dozens", 24L, "scores", 40L, "hundreds", 200L, "thousands", 2_000L, "millions", 2_000_000L);

  private NumberWords() {}

  static boolean isScale(String word) {
    return SCALES.containsKey(lower(word));
  }

  static boolean isVague(String word) {
    return VAGUE.containsKey(lower(word));
  }

  static long vague(String word) {
    return VAGUE.get(lower(word));
  }

  static long scale(String word) {
    return SCALES.get(lower(word));
  }

  /** The value of a single token: "31,500" → 31500, "1.5" → (1.5, as 1 with fraction kept by caller), "twelve" → 12. */
  static OptionalLong cardinal(String word) {
    String w = lower(word);
    Long unit = UNITS.get(w);
    if (unit != null && !w.equals("a") && !w.equals("an")) {
      return OptionalLong.of(unit);
    }
    if (w.contains("-")) { // "twenty-five"
      String[] parts = w.split("-", 2);
      Long tens = UNITS.get(parts[0]);
      Long ones = UNITS.get(parts[1]);
      if (tens != null && ones != null && tens >= 20 && ones < 10) {
        return OptionalLong.of(tens + ones);
      }
      return OptionalLong.empty();
    }
    if (w.matches("\\d{1,3}(,\\d{3})+|\\d+")) {
      try {
        return OptionalLong.of(Long.parseLong(w.replace(",", "")));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** A decimal such as "1.5", to be multiplied by a following scale word; NaN when not one. */
  static double decimal(String word) {
    return word.matches("\\d+\\.\\d+") ? Double.parseDouble(word) : Double.NaN;
  }

  static boolean isArticle(String word) {
    String w = lower(word);
    return w.equals("a") || w.equals("an");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
