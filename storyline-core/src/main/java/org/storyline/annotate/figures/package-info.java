/** Figures: numbers of people with what they count ({@link org.storyline.annotate.figures.FigureExtractor}). */
package org.storyline.annotate.figures;
