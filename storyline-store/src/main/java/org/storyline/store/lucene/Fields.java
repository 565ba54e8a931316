package org.storyline.store.lucene;

/** Field names of the index. One place, so that writing and reading agree. */
final class Fields {
  private Fields() {}

  /** "article", "story" or "event". */
  static final String KIND = "kind";
  static final String ID = "id";
  /** kind + ":" + id: the key stories and events are replaced by. */
  static final String UID = "uid";
  /** The record as JSON, stored. */
  static final String JSON = "json";
  /** Duplicate keys of an article (see ArticleFingerprint). */
  static final String KEY = "key";
  /** "yes" on articles that are copies of another. */
  static final String DUPLICATE = "duplicate";
  static final String STORY = "story";
  /** LSH band keys of an article's MinHash signature (see TextSignature.bandKeys). */
  static final String BAND = "band";
  /** The signature's bytes and the article's id, as binary doc values, for near-duplicate checks. */
  static final String SIGNATURE = "signature";
  static final String SIGNATURE_ID = "signature_id";
  static final String SOURCE = "source";
  /** Ingest position, for ordering. */
  static final String SEQUENCE = "seq";
  /** Sort key of stories (epoch second of the last article) and events (epoch day). */
  static final String RECENCY = "recency";
  static final String PUBLISHED = "published";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String ENTITIES = "entities";
  static final String PLACES = "places";

  static final String ARTICLE = "article";
  static final String STORY_KIND = "story";
  static final String EVENT = "event";
  static final String ENTITY = "entity";

  /** Commit user data key for the operators' checkpoint. */
  static final String CHECKPOINT = "storyline.checkpoint";
  /** Commit user data key for the store format, checked on open. */
  static final String FORMAT = "storyline.format";
  static final String FORMAT_VERSION = "1";
}
