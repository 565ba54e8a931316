package org.storyline.model;

/**
 * Who a statement is attributed to: the words that name the source ("the UN aid agency", "police
 * and medical sources") and, when they name a known entity, its canonical name.
 *
 * @param canonical the canonical name of the entity the source is ("Syrian Observatory for Human
 *                  Rights" for "the Observatory"), or null when the source is not a named entity
 */
public record Attribution(int start, int end, String text, String canonical) {}
