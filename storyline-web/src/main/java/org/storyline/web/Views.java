package org.storyline.web;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.storyline.model.Event;
import org.storyline.model.Place;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;

/** The shapes the API returns beyond the stored records themselves. */
final class Views {
  private Views() {}

  /** An article in a list: what a reader needs to choose it, without its text. */
  record ArticleSummary(String id, String title, String source, String url, OffsetDateTime published, String story,
      String duplicateOf, int events) {
    static ArticleSummary of(StoredArticle a) {
      var article = a.annotated().article();
      return new ArticleSummary(a.id(), article.title(), article.source(), article.url(), article.published(),
          a.story(), a.duplicateOf(), a.eventIds().size());
    }
  }

  /** A place on a story's map, with how often its articles name it. */
  record MapPlace(String name, double lat, double lon, String country, int mentions) {}

  /** A story with its articles, events and places. */
  record StoryView(Story story, List<ArticleSummary> articles, List<Event> events, List<MapPlace> places) {
    static StoryView of(Story story, List<StoredArticle> articles, List<Event> events) {
      Map<String, MapPlace> places = new LinkedHashMap<>();
      for (StoredArticle a : articles) {
        if (a.duplicateOf() != null) {
          continue;
        }
        for (Place p : a.annotated().annotations().places()) {
          String key = p.name() + "|" + p.country();
          MapPlace old = places.get(key);
          places.put(key, new MapPlace(p.name(), p.lat(), p.lon(), p.country(), old == null ? 1 : old.mentions() + 1));
        }
      }
      List<MapPlace> sorted = new ArrayList<>(places.values());
      sorted.sort((x, y) -> y.mentions() - x.mentions());
      return new StoryView(story, articles.stream().map(ArticleSummary::of).toList(), events, sorted);
    }
  }
}
