package org.storyline.store;

/** How many hits carry one value of a facet. */
public record FacetCount(String value, long count) {}
