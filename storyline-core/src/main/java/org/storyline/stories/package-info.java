/**
 * Stories and topics: online clustering of articles, in stream order, into stories (one real-world
 * sequence of events) and topics (related stories). {@link org.storyline.stories.StoryTerms} finds
 * an article's headline and lead words and the sentences that could summarise it (a per-article
 * stage, run in parallel); {@link org.storyline.stories.StoryClusterer} assigns articles one by one,
 * adding their canonical names, places and years, with state bounded by time windows (a sequential
 * operator whose state is checkpointed with the store). The rest of the package is its machinery:
 * term ids, sorted sparse vectors, windowed document frequencies and the index of heavy terms.
 */
package org.storyline.stories;
