package org.storyline.annotate;

import java.util.List;
import org.storyline.model.Entity;
import org.storyline.model.EventMention;
import org.storyline.model.Figure;
import org.storyline.model.Place;
import org.storyline.model.Quote;
import org.storyline.model.TimeExpression;

/** The layers Storyline's stages exchange. Each is a list, ordered by start offset. */
public final class Layers {
  private Layers() {}

  public static final Layer<List<Token>> TOKENS = Layer.listOf("tokens", Token.class);
  public static final Layer<List<Sentence>> SENTENCES = Layer.listOf("sentences", Sentence.class);
  /** Entity mentions as a recogniser found them, {@code canonical} not yet resolved. */
  public static final Layer<List<Entity>> ENTITY_MENTIONS = Layer.listOf("entity mentions", Entity.class);
  /** Entity mentions with their canonical names. */
  public static final Layer<List<Entity>> ENTITIES = Layer.listOf("entities", Entity.class);
  public static final Layer<List<TimeExpression>> TIMES = Layer.listOf("times", TimeExpression.class);
  public static final Layer<List<Place>> PLACES = Layer.listOf("places", Place.class);
  public static final Layer<List<Figure>> FIGURES = Layer.listOf("figures", Figure.class);
  public static final Layer<List<Quote>> QUOTES = Layer.listOf("quotes", Quote.class);
  public static final Layer<List<EventMention>> EVENTS = Layer.listOf("events", EventMention.class);

  /** What an article must carry before it can be written out or stored. */
  public static final List<Layer<?>> OUTPUT = List.of(ENTITIES, PLACES, TIMES, FIGURES, QUOTES, EVENTS);
}
