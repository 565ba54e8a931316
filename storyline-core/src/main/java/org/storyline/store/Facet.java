package org.storyline.store;

/** The dimensions a search counts its hits by; each names the {@link Filter} list it narrows. */
public enum Facet {
  EVENT_TYPE,
  COUNTRY,
  OUTLET,
  ENTITY
}
