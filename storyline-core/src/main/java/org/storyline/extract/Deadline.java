package org.storyline.extract;

import java.time.Duration;
import java.time.InstantSource;

/** A page's time budget: {@link #check} throws {@link Exceeded} once it is spent. */
final class Deadline {
  private final InstantSource clock;
  private final long endMillis;
  private final Duration budget;

  Deadline(InstantSource clock, Duration budget) {
    this.clock = clock;
    this.budget = budget;
    this.endMillis = clock.millis() + budget.toMillis();
  }

  void check(String phase) {
    if (clock.millis() > endMillis) {
      throw new Exceeded("time budget of " + budget.toMillis() + " ms spent while " + phase);
    }
  }

  /** Signals a spent budget inside the extractor; turned into a rejection at its entry, never escapes. */
  static final class Exceeded extends RuntimeException {
    Exceeded(String message) {
      super(message, null, false, false);
    }
  }
}
