package org.storyline.annotate.time;

import java.util.Locale;

/** A calendar or clock unit, with how TIMEX3 writes an amount of it ("P5Y", "PT48H", "P2DE"). */
enum Unit {
  SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
  MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

  private final String letter;
  private final boolean clock;

  Unit(String letter, boolean clock) {
    this.letter = letter;
    this.clock = clock;
  }

  /** A TIMEX3 duration of {@code amount} units; a null amount is an unknown one ("PXY"). */
  String duration(Double amount) {
    String n;
    if (amount == null) {
      n = "X";
    } else if (amount == Math.rint(amount)) {
      n = Long.toString(amount.longValue());
    } else {
      n = String.format(Locale.ROOT, "%s", amount).replaceAll("0+$", "");
    }
    return (clock ? "PT" : "P") + n + letter;
  }
}
