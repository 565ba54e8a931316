package org.storyline.model;

/**
 * A number of people stated in the text.
 *
 * @param value       the number (for ranges such as "hundreds", the lower bound)
 * @param approximate true for "around", "at least", "more than", "nearly", "some", ...
 */
public record Figure(int start, int end, String text, long value, FigureKind kind, boolean approximate) {}
