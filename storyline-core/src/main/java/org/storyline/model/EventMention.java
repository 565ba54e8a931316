package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One article's mention of something that happened, typed with the codes of EVENT_TYPES.md.
 *
 * @param type       sub-event type code, e.g. GOV_REGAINS_TERIT, DIPLO
 * @param start      start of the trigger in the text
 * @param end        end of the trigger in the text
 * @param sentence   the sentence that states the event
 * @param date       TIMEX3 date the event happened, or the publication date when the text says nothing
 * @param place      where it happened, or null
 * @param actors     canonical names of the actors named in the sentence
 * @param killed     people killed according to the clause (else the sentence) of the trigger, or null
 * @param injured    people injured, the same way, or null
 * @param confidence 0..1
 * @param actor1     who acted (the actor before the trigger, as a rule the subject), or null
 * @param actor2     who it was done to or with, or null
 * @param displaced  people displaced, as killed, or null
 */
public record EventMention(
    String type,
    int start,
    int end,
    String sentence,
    String date,
    Place place,
    List<String> actors,
    Long killed,
    Long injured,
    double confidence,
    @JsonInclude(JsonInclude.Include.NON_NULL) EventActor actor1,
    @JsonInclude(JsonInclude.Include.NON_NULL) EventActor actor2,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long displaced) {

  public EventMention {
    actors = List.copyOf(actors);
  }

  /** A mention without typed actors or displacement (the fields of the first contract). */
  public EventMention(String type, int start, int end, String sentence, String date, Place place, List<String> actors,
      Long killed, Long injured, double confidence) {
    this(type, start, end, sentence, date, place, actors, killed, injured, confidence, null, null, null);
  }

  /** The same mention with its actors renamed by {@code rename} (the names registry's canonical names). */
  public EventMention withActorNames(java.util.function.UnaryOperator<String> rename) {
    return new EventMention(type, start, end, sentence, date, place, actors.stream().map(rename).distinct().toList(),
        killed, injured, confidence, renamed(actor1, rename), renamed(actor2, rename), displaced);
  }

  private static EventActor renamed(EventActor a, java.util.function.UnaryOperator<String> rename) {
    return a == null ? null : new EventActor(rename.apply(a.name()), a.role(), a.country());
  }
}
