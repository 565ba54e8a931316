/**
 * The embedded store: one Lucene index in {@code DATA/index} holding articles, stories and events
 * as documents of three kinds ({@link org.storyline.store.lucene.LuceneStore}).
 */
package org.storyline.store.lucene;
