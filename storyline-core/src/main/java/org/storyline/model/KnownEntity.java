package org.storyline.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A person or organisation Storyline has met, with one canonical name across all articles and the
 * names it has been written as.
 *
 * @param id        stable id derived from the canonical name and type
 * @param name      the canonical name (the first full form seen)
 * @param aliases   every surface form seen ("Sergei Lavrov", "Sergey Lavrov", "Lavrov"), first seen first
 * @param keys      the lookup keys the aliases reduce to (see {@code org.storyline.entities.NameKeys})
 * @param mentions  how many articles named it
 * @param firstSeen publication time of the first article that named it, or null
 */
public record KnownEntity(String id, String name, EntityType type, List<String> aliases, List<String> keys,
    long mentions, OffsetDateTime firstSeen) {

  public KnownEntity {
    aliases = List.copyOf(aliases);
    keys = List.copyOf(keys);
  }
}
