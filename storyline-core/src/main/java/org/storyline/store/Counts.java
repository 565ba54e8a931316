package org.storyline.store;

/** How much the store holds. */
public record Counts(long articles, long duplicates, long stories, long events, long entities) {}
