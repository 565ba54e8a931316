package org.storyline.model;

/** The coarse entity types of the contract; finer distinctions go into {@link Entity#subtype()}. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
