/**
 * Figures of people scored end to end on a hand-annotated gold set ({@link org.storyline.eval.figures.FigureEval},
 * {@link org.storyline.eval.figures.FigureGold}).
 */
package org.storyline.eval.figures;
