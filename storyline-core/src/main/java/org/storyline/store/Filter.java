package org.storyline.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a search or a list of events is narrowed to. Within one dimension the values are
 * alternatives (any of them matches); across dimensions all must hold. An empty list or a null
 * date leaves that dimension open.
 *
 * @param eventTypes sub-event type codes of EVENT_TYPES.md ("AIR_STRIKE")
 * @param countries  ISO 3166-1 alpha-2 codes of the places
 * @param from       first day, inclusive (articles: publication day, UTC; events: event date)
 * @param to         last day, inclusive
 * @param outlets    outlet names as stored ("AFP")
 * @param entities   canonical names of people and organisations (articles: named in it; events: an actor)
 */
public record Filter(List<String> eventTypes, List<String> countries, LocalDate from, LocalDate to, List<String> outlets,
    List<String> entities) {

  public static final Filter NONE = new Filter(List.of(), List.of(), null, null, List.of(), List.of());

  public Filter {
    eventTypes = List.copyOf(Objects.requireNonNullElse(eventTypes, List.of()));
    countries = List.copyOf(Objects.requireNonNullElse(countries, List.of()));
    outlets = List.copyOf(Objects.requireNonNullElse(outlets, List.of()));
    entities = List.copyOf(Objects.requireNonNullElse(entities, List.of()));
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
  }

  public Filter withDates(LocalDate newFrom, LocalDate newTo) {
    return new Filter(eventTypes, countries, newFrom, newTo, outlets, entities);
  }

  public Filter withEntities(List<String> names) {
    return new Filter(eventTypes, countries, from, to, outlets, names);
  }

  /** The values chosen in one faceted dimension. */
  public List<String> chosen(Facet facet) {
    return switch (facet) {
      case EVENT_TYPE -> eventTypes;
      case COUNTRY -> countries;
      case OUTLET -> outlets;
      case ENTITY -> entities;
    };
  }

  /** This filter with one faceted dimension left open: what its facet counts are counted under. */
  public Filter without(Facet facet) {
    return new Filter(facet == Facet.EVENT_TYPE ? List.of() : eventTypes, facet == Facet.COUNTRY ? List.of() : countries,
        from, to, facet == Facet.OUTLET ? List.of() : outlets, facet == Facet.ENTITY ? List.of() : entities);
  }

  public boolean isOpen() {
    return eventTypes.isEmpty() && countries.isEmpty() && from == null && to == null && outlets.isEmpty() && entities.isEmpty();
  }
}
