package org.storyline.extract;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an HTML page says about itself and its body text.
 *
 * @param title        headline without the site name, or null
 * @param published    publication date, or null
 * @param text         the article body, paragraphs separated by blank lines
 * @param language     ISO 639-1 code from the page, or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param siteName     the outlet's name from the page, or null
 * @param authors      the article's authors as the page names them, in page order; empty when unknown
 */
public record ExtractedPage(
    String title, OffsetDateTime published, String text, String language, String canonicalUrl, String siteName,
    List<String> authors) {

  public ExtractedPage {
    authors = List.copyOf(authors);
  }
}
