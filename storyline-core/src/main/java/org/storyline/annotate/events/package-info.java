/**
 * Events in one article: sentences that state something happened, typed with the codes of
 * EVENT_TYPES.md ({@link org.storyline.annotate.events.EventDetector}). Merging mentions across
 * articles into one record per real event is {@code org.storyline.events}.
 */
package org.storyline.annotate.events;
