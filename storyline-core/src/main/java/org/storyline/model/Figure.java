package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A number of people stated in the text.
 *
 * @param text        the number as written ("31,500", "two dozen", "tens of thousands"), without its
 *                    qualifier or noun
 * @param value       the number; for a vague plural ("hundreds") the lower bound of its range
 * @param approximate true for a vague plural or a qualifier: "around", "at least", "more than", "nearly", ...
 * @param min         the least the text allows, or null when it sets no lower bound ("nearly 50",
 *                    "about 50"); equal to {@code value} for an exact number, 200 for "hundreds"
 * @param max         the most the text allows, or null when it sets no upper bound ("more than 290,000");
 *                    999 for "hundreds", 24 for "two dozen"
 * @param cumulative  true for a running total ("the death toll rose to 66", "since the war began",
 *                    "in total", "the conflict that has killed"); false for a new count
 * @param subtype     a finer kind, or null: {@code refugees} (kind displaced), {@code casualties}
 *                    (kind other: killed and wounded together, or shot), {@code abducted} (kind other)
 * @param source      who the sentence attributes the figure to ("the UN aid agency says", "according
 *                    to the Observatory"), or null
 * @param date        TIMEX3 value of the date the sentence gives for the counted event or count
 *                    ("2016-09-04"), not the publication date; null when the sentence gives none
 */
public record Figure(
    int start,
    int end,
    String text,
    long value,
    FigureKind kind,
    boolean approximate,
    Long min,
    Long max,
    boolean cumulative,
    @JsonInclude(JsonInclude.Include.NON_NULL) String subtype,
    Attribution source,
    String date) {

  @JsonCreator
  public Figure {
    if (value < 0 || (min != null && max != null && min > max)) {
      throw new IllegalArgumentException("figure '" + text + "': value " + value + ", range " + min + ".." + max
          + " (value must be >= 0 and min <= max)");
    }
  }

  /** An exact (or merely approximate) count with no range, total, source or date. */
  public Figure(int start, int end, String text, long value, FigureKind kind, boolean approximate) {
    this(start, end, text, value, kind, approximate, approximate ? null : value, approximate ? null : value,
        false, null, null, null);
  }
}
