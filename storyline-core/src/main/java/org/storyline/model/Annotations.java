package org.storyline.model;

import java.util.List;

/** Everything the annotation stages found in one article, in the contract's field order. */
public record Annotations(
    List<Entity> entities,
    List<Place> places,
    List<TimeExpression> times,
    List<Figure> figures,
    List<Quote> quotes,
    List<EventMention> events) {

  public static final Annotations NONE =
      new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public Annotations {
    entities = List.copyOf(entities);
    places = List.copyOf(places);
    times = List.copyOf(times);
    figures = List.copyOf(figures);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
  }
}
