package org.storyline.store;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article that matches a search.
 *
 * @param snippet    plain text around the best match (never HTML: callers escape it)
 * @param highlights [start, end) character ranges of matched terms within {@code snippet}
 */
public record SearchHit(String id, String title, String source, OffsetDateTime published, String story,
    double score, String snippet, List<int[]> highlights) {}
