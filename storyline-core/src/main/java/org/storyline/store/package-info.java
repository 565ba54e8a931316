/**
 * The store contract: what Storyline keeps (articles, stories, events, and the checkpointed state
 * of the sequential operators) and how it is read. {@link org.storyline.store.StoreWriter} and
 * {@link org.storyline.store.StoreReader} are interfaces: the embedded default is Lucene
 * ({@code storyline-store}); a cluster form (OpenSearch) implements the same.
 */
package org.storyline.store;
