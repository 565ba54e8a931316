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
 * @param actor1Kind     what kind of actor actor1 is (an {@link ActorRole} name), or null
 * @param actor2Kind     the same for actor2
 * @param displaced      people displaced, reconciled as fatalities are
 * @param fatalitiesRule which rule chose {@code fatalities} among the reports: "single" (one report
 *                       gives a figure), "agreed" (all give the same), "latest" (the figure grew as
 *                       reports came in: the latest count), "max" (reports disagree: the largest,
 *                       the usual reading of "at least" figures); null when no report gives one
 * @param conflict       whether two outlets give different killed, injured or displaced figures
 * @param firstSeen      when the first report of it was published (or ingested when it has no date), ISO-8601
 * @param reports        every reporting sentence with its article, outlet and figures, first seen first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({
  "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
  "latitude", "longitude", "country", "fatalities", "injured", "source_articles", "sources", "notes",
  "actor1_kind", "actor2_kind", "displaced", "fatalities_rule", "conflict", "first_seen", "reports"
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
    String notes,
    String actor1Kind,
    String actor2Kind,
    Long displaced,
    String fatalitiesRule,
    boolean conflict,
    String firstSeen,
    List<EventReport> reports) {

  public Event {
    sourceArticles = List.copyOf(sourceArticles);
    sources = List.copyOf(sources);
    reports = reports == null ? List.of() : List.copyOf(reports);
  }

  /** An event with the columns of the first contract only. */
  public Event(String eventId, String eventDate, String eventType, String subEventType, String actor1, String actor2,
      String location, Double latitude, Double longitude, String country, Long fatalities, Long injured,
      List<String> sourceArticles, List<String> sources, String notes) {
    this(eventId, eventDate, eventType, subEventType, actor1, actor2, location, latitude, longitude, country, fatalities,
        injured, sourceArticles, sources, notes, null, null, null, null, false, null, List.of());
  }
}
