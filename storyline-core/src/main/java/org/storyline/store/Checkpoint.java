package org.storyline.store;

import org.storyline.events.EventMerger;
import org.storyline.stories.StoryClusterer;

/**
 * The state of the sequential operators, committed atomically with the articles it reflects, so a
 * restarted ingest continues exactly where the last acknowledged article left it.
 *
 * @param nextSequence the ingest position the next stored article gets
 */
public record Checkpoint(long nextSequence, StoryClusterer.State stories, EventMerger.State events) {
  public static final Checkpoint EMPTY = new Checkpoint(0, StoryClusterer.State.EMPTY, EventMerger.State.EMPTY);
}
