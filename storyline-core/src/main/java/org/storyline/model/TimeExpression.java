package org.storyline.model;

/**
 * A temporal expression normalised the TIMEX3 way.
 *
 * @param type  DATE, TIME, DURATION or SET
 * @param value TIMEX3 value ("2016-09-04", "2016-11", "2016-W48", "P3D", "PRESENT_REF"), or null when
 *              the expression could not be normalised
 */
public record TimeExpression(int start, int end, String text, String type, String value) {}
