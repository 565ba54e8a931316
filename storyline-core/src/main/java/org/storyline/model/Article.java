package org.storyline.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A clean article: the text every offset of every annotation points into, with its metadata.
 *
 * @param id        caller's identifier, echoed back unchanged
 * @param url       where it came from, or null
 * @param source    the outlet ("AFP", "BBC News"), or null when unknown
 * @param title     headline, or null
 * @param text      body text; never null (may be empty only for rejected inputs, which never get here)
 * @param published publication time; a date-only input is midnight UTC; null when unknown
 * @param language  ISO 639-1 code, or null when unknown
 */
public record Article(
    String id,
    String url,
    String source,
    String title,
    String text,
    OffsetDateTime published,
    String language) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
