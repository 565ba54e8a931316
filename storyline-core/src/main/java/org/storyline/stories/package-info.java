/**
 * Stories and topics: online clustering of articles, in stream order, into stories (one real-world
 * sequence of events) and topics (related stories). {@link org.storyline.stories.StoryTerms} turns an
 * article into weighted terms (a per-article stage, run in parallel);
 * {@link org.storyline.stories.StoryClusterer} assigns articles one by one with state bounded by a
 * time window (a sequential operator whose state is checkpointed with the store).
 */
package org.storyline.stories;
