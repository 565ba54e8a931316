package org.storyline.model;

/**
 * A quotation: the quoted content, who said it and the verb that says so.
 *
 * @param speaker the speaker's mention, or null when not found
 * @param cue     the attribution cue ("said", "told reporters"), or null
 */
public record Quote(int start, int end, String text, TextSpan speaker, TextSpan cue) {}
