package org.storyline.annotate.figures;

/**
 * Tokens [first, end) that spell one number, with its value and the range its words allow.
 *
 * @param value the number; the lower bound for a vague plural or a range ("hundreds" → 200, "40 or 50" → 40)
 * @param vague a vague plural or a range, approximate by its words alone
 */
record Quantity(int first, int end, long value, long min, long max, boolean vague) {}
