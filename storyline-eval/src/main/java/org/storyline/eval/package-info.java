/**
 * Evaluation: readers for the shared gold data, the metrics each field publishes its results in,
 * and one evaluator per stage in a sub-package ({@code extraction}, ...). The {@code storyline eval}
 * commands print these; the {@code *FloorIT} tests of this module fail CI when a score drops below
 * its pinned floor (and skip when {@code ../shared/data} is absent).
 */
package org.storyline.eval;
