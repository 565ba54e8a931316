package org.storyline.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named entity mention.
 *
 * @param subtype   finer type (NATIONALITY, CITY, COUNTRY, ...) or null
 * @param canonical the name of the real-world entity this mention refers to ("Mr Kerry" → "John Kerry")
 */
public record Entity(
    int start,
    int end,
    String text,
    EntityType type,
    @JsonInclude(JsonInclude.Include.NON_NULL) String subtype,
    String canonical) {

  public Entity withCanonical(String canonical) {
    return new Entity(start, end, text, type, subtype, canonical);
  }
}
