package org.storyline.pipeline;

import java.util.OptionalLong;

/** What an ingest reports as it goes: for progress bars, logs and live views. Called from one thread. */
public interface IngestListener {

  /** Ingest begins; {@code expected} is how many items the sources announce, when they know. */
  default void started(OptionalLong expected) {}

  /** One item was handled (not yet durable if it was stored: see {@link #committed}). */
  default void handled(ItemOutcome outcome) {}

  /** Everything handled so far is durable; {@code stored} articles in this run. */
  default void committed(long stored) {}

  /** What became of one input item. */
  record ItemOutcome(Kind kind, String input, String articleId, String message) {
    /** The fates of an item. */
    public enum Kind {
      /** A new article, stored. */
      STORED,
      /** A copy of an article already stored under another URL or id: stored, marked duplicateOf. */
      DUPLICATE,
      /** The same article was stored before: nothing new stored. */
      ALREADY_STORED,
      /** The input could not be used; {@code message} says why. */
      FAILED
    }
  }

  IngestListener NONE = new IngestListener() {};
}
