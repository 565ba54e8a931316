package org.storyline.model;

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
 * @param killed     people killed according to the sentence, or null
 * @param injured    people injured according to the sentence, or null
 * @param confidence 0..1
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
    double confidence) {

  public EventMention {
    actors = List.copyOf(actors);
  }
}
