package org.storyline.store.lucene;

import java.time.Instant;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.Place;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.testing.Articles;

/** Records to store in tests. */
final class StoredRecords {
  private StoredRecords() {}

  static StoredArticle article(String id, long sequence, String title, String text) {
    Annotations a = new Annotations(
        List.of(new Entity(0, 5, "Kerry", EntityType.PERSON, null, "John Kerry")),
        List.of(new Place(10, 16, "Aleppo", "Aleppo", 36.2, 37.16, "SY", "Aleppo", 170063L, "PPLA")),
        List.of(), List.of(), List.of(), List.of());
    return new StoredArticle(new AnnotatedArticle(Articles.of(id, title, text, "2016-09-04"), a), "s-1", null,
        List.of("e-1"), Instant.parse("2026-01-01T00:00:00Z"), sequence);
  }

  static Story story(String id, String last) {
    return new Story(id, "Siege of Aleppo", "t-1", List.of("a1"), Articles.at("2016-09-04"), Articles.at(last),
        List.of("Aleppo"), List.of("John Kerry"));
  }

  static Event event(String id, String date) {
    return new Event(id, date, "Battles", "GOV_REGAINS_TERIT", "Syrian Army", null, "Aleppo", 36.2, 37.16, "SY", 3L, null,
        List.of("a1"), List.of("AFP"), "Troops renewed the siege.");
  }
}
