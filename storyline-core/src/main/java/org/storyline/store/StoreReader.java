package org.storyline.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.storyline.model.Event;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/**
 * Reads what the store holds as of its last {@link #refresh()}. Safe for concurrent use; searches
 * work while another process ingests into the same store.
 */
public interface StoreReader extends AutoCloseable {

  Counts counts();

  /** The id of the article stored under a duplicate key (see {@code ArticleFingerprint}). */
  Optional<String> articleWithKey(String key);

  Optional<StoredArticle> article(String id);

  /**
   * Stored articles whose signatures share LSH bands of {@code bandRows} slots with this one, those
   * sharing most first, at most {@code limit}; with their signatures, for
   * {@link org.storyline.dedup.NearDuplicates#best}. A store that keeps no signatures has none.
   */
  default List<org.storyline.dedup.NearDuplicates.Candidate> nearDuplicateCandidates(
      org.storyline.dedup.TextSignature signature, int bandRows, int limit) {
    return List.of();
  }

  /** Articles in ingest order. */
  Page<StoredArticle> articles(int offset, int limit);

  /** Every article in ingest order, without paging cost; for export. */
  void scanArticles(Consumer<StoredArticle> consumer);

  /** A story's articles, duplicates included, in ingest order. */
  List<StoredArticle> articlesOfStory(String storyId);

  Optional<Story> story(String id);

  /** Stories, most recently active first. */
  Page<Story> stories(int offset, int limit);

  /** Every story, for export. */
  void scanStories(Consumer<Story> consumer);

  Optional<org.storyline.model.Event> event(String id);

  /** Events, most recent date first. */
  Page<Event> events(int offset, int limit);

  /** Every event, for export. */
  void scanEvents(Consumer<Event> consumer);

  /** Known people and organisations filed under an alias key (see {@code org.storyline.entities.NameKeys}). */
  List<org.storyline.model.KnownEntity> entitiesWithKey(String key);

  Optional<org.storyline.model.KnownEntity> entity(String id);

  /** Known people and organisations, most mentioned first. */
  Page<org.storyline.model.KnownEntity> entities(int offset, int limit);

  /**
   * Full-text search over titles, text, entity names and place names, in Lucene query syntax
   * ({@code aleppo AND siege}, {@code title:"peace talks"}, {@code entities:Kerry}).
   *
   * @throws InvalidQueryException when the query does not parse
   */
  Page<SearchHit> search(String query, int offset, int limit) throws InvalidQueryException;

  /**
   * Full-text search narrowed by a filter, with facet counts over every hit. A null or blank query
   * matches every article, so a filter alone browses.
   *
   * @param facetValues how many values to count per facet, most frequent first
   * @throws InvalidQueryException when the query does not parse
   */
  FacetedHits search(String query, Filter filter, int offset, int limit, int facetValues) throws InvalidQueryException;

  /** Events that pass the filter, most recent date first. */
  Page<Event> events(Filter filter, int offset, int limit);

  /** Every event that passes the filter, most recent date first. */
  void scanEvents(Filter filter, Consumer<Event> consumer);

  /** The stories of one topic, most recently active first, at most {@code limit}. */
  List<Story> storiesOfTopic(String topic, int limit);

  /**
   * A number that changes whenever {@link #refresh()} makes different data visible, and only then:
   * what callers may key cached answers by.
   */
  long generation();

  /** Makes data committed since the last refresh visible. Cheap when nothing changed. */
  void refresh();

  @Override
  void close();
}
