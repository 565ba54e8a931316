package org.storyline.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Articles about one real-world sequence of events ("siege of eastern Aleppo, September 2016").
 *
 * @param topic    id of the topic that groups related stories ("battle of Aleppo")
 * @param articles ids of its articles, in ingest order (duplicates excluded)
 * @param first    earliest publication time of its articles
 * @param last     latest publication time of its articles
 * @param places   names of its main places, most prominent first
 * @param entities canonical names of its main people and organisations, most prominent first
 * @param summary  its most central sentence (extractive), or null when no article has one that reads as a sentence
 */
public record Story(
    String id,
    String title,
    String topic,
    List<String> articles,
    OffsetDateTime first,
    OffsetDateTime last,
    List<String> places,
    List<String> entities,
    Summary summary) {

  public Story {
    articles = List.copyOf(articles);
    places = List.copyOf(places);
    entities = List.copyOf(entities);
  }

  /** A story without a summary. */
  public Story(String id, String title, String topic, List<String> articles, OffsetDateTime first, OffsetDateTime last,
      List<String> places, List<String> entities) {
    this(id, title, topic, articles, first, last, places, entities, null);
  }

  /**
   * A sentence of one of the story's articles, with where it stands, so that the summary can be
   * traced to its source.
   *
   * @param article id of the article it is taken from
   * @param start   character offset of the sentence in that article's text
   * @param end     character offset one past its end
   */
  public record Summary(String text, String article, int start, int end) {}
}
