package org.storyline.ingest;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How sources read their input.
 *
 * @param maxBytes         largest single document (file, HTTP body, WARC record) read; larger ones
 *                         are rejected with their size, so one huge page cannot exhaust memory
 * @param fetchTimeout     connect and read timeout for http(s) sources
 * @param fetchLinkedPages for feeds fetched over http(s): fetch an entry's linked page when the
 *                         entry itself carries no more than a summary
 */
public record SourceSettings(long maxBytes, Duration fetchTimeout, boolean fetchLinkedPages)
    implements Serializable {

  public static final SourceSettings DEFAULTS = new SourceSettings(32L << 20, Duration.ofSeconds(30), true);

  public SourceSettings {
    Objects.requireNonNull(fetchTimeout, "fetchTimeout");
    if (maxBytes < 1024) {
      throw new IllegalArgumentException("maxBytes must be at least 1024, was " + maxBytes);
    }
    if (fetchTimeout.isNegative() || fetchTimeout.isZero()) {
      throw new IllegalArgumentException("fetchTimeout must be positive, was " + fetchTimeout);
    }
  }
}
