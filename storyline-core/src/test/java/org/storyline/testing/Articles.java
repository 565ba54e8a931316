package org.storyline.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.storyline.model.Article;

/** Articles for tests. */
public final class Articles {
  private Articles() {}

  public static Article of(String id, String title, String text, String date) {
    return new Article(id, null, "Test Wire", title, text, at(date), "en");
  }

  public static OffsetDateTime at(String date) {
    return date == null ? null : LocalDate.parse(date).atStartOfDay().atOffset(ZoneOffset.UTC);
  }
}
