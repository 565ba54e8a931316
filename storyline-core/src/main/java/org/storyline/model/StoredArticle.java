package org.storyline.model;

import java.time.Instant;
import java.util.List;

/**
 * An article as the store keeps it.
 *
 * @param story       id of the story it belongs to
 * @param duplicateOf id of the first stored copy when this one repeats it, else null
 * @param eventIds    ids of the merged events it reports
 * @param ingested    when Storyline stored it
 * @param sequence    position in ingest order, from 0; stable across restarts
 */
public record StoredArticle(
    AnnotatedArticle annotated,
    String story,
    String duplicateOf,
    List<String> eventIds,
    Instant ingested,
    long sequence) {

  public StoredArticle {
    eventIds = List.copyOf(eventIds);
  }

  public String id() {
    return annotated.article().id();
  }
}
