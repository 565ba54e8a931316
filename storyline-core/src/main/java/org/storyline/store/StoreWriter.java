package org.storyline.store;

import java.util.List;
import java.util.Optional;
import org.storyline.model.Event;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * Writes to the store. One writer per store at a time (others get a clear error). Nothing written
 * is durable or visible until {@link #commit}: an article counts as stored only once a commit that
 * includes it has returned, and then survives a crash or {@code kill -9}.
 */
public interface StoreWriter extends StoreReader {

  /**
   * Adds an article.
   *
   * @param keys the duplicate keys it will be found under ({@link #articleWithKey})
   */
  void add(StoredArticle article, List<String> keys);

  /**
   * Adds an article with its text's MinHash signature, found afterwards by
   * {@link #nearDuplicateCandidates} (by this run after the next commit, and by every later run).
   */
  default void add(StoredArticle article, List<String> keys, org.storyline.dedup.TextSignature signature) {
    add(article, keys);
  }

  /** Adds or replaces a story by id. */
  void put(Story story);

  /** Adds or replaces an event by id. */
  void put(Event event);

  /** Adds or replaces a known person or organisation by id, filed under its keys. */
  void put(org.storyline.model.KnownEntity entity);

  /** The checkpoint of the last commit, if any. */
  Optional<Checkpoint> checkpoint();

  /** Makes everything added so far durable and visible, with the operators' state. */
  void commit(Checkpoint checkpoint);
}
