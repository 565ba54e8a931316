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
 * @param places   names of its most mentioned places, most mentioned first
 * @param entities canonical names of its most mentioned people and organisations
 */
public record Story(
    String id,
    String title,
    String topic,
    List<String> articles,
    OffsetDateTime first,
    OffsetDateTime last,
    List<String> places,
    List<String> entities) {

  public Story {
    articles = List.copyOf(articles);
    places = List.copyOf(places);
    entities = List.copyOf(entities);
  }
}
