package org.storyline.annotate.time;

/** Which occurrence of a day, month or season without a year an expression means, seen from the anchor. */
enum Direction {
  /** The latest on or before the anchor ("renewed the siege on Sunday"). */
  BACK,
  /** The earliest on or after the anchor ("will meet on Monday"). */
  FORWARD,
  /** The nearest either way (no tense to go by). */
  NEAREST,
  /** The latest strictly before the anchor's own ("last Wednesday", "last September"). */
  BEFORE,
  /** The earliest strictly after the anchor's own ("next Monday"). */
  AFTER
}
