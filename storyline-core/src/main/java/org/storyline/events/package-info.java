/**
 * Events across articles: one record per real-world event, merged from the mentions of every
 * article that reports it ({@link org.storyline.events.EventMerger}), with ACLED-like columns.
 */
package org.storyline.events;
