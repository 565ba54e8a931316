package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One real-world event, merged across the articles that report it, with ACLED-like columns
 * (INTERFACES.md, {@code export --what events}). Serialised in snake_case.
 *
 * @param eventType      ACLED parent type ("Battles", "Strategic developments", "Beyond ACLED")
 * @param subEventType   the code of EVENT_TYPES.md
 * @param sourceArticles ids of the articles that report it, first seen first
 * @param sources        outlets that report it
 * @param notes          the first reporting sentence
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
  "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
  "latitude", "longitude", "country", "fatalities", "injured", "source_articles", "sources", "notes"
})
public record Event(
    String eventId,
    String eventDate,
    String eventType,
    String subEventType,
    String actor1,
    String actor2,
    String location,
    Double latitude,
    Double longitude,
    String country,
    Long fatalities,
    Long injured,
    List<String> sourceArticles,
    List<String> sources,
    String notes) {

  public Event {
    sourceArticles = List.copyOf(sourceArticles);
    sources = List.copyOf(sources);
  }
}
