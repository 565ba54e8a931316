package org.storyline.extract;

import java.time.OffsetDateTime;

/**
 * What an HTML page says about itself and its body text.
 *
 * @param title        headline without the site name, or null
 * @param published    publication date, or null
 * @param text         the article body, paragraphs separated by blank lines
 * @param language     ISO 639-1 code from the page, or null
 * @param canonicalUrl the page's canonical URL, or null
 * @param siteName     the outlet's name from the page, or null
 */
public record ExtractedPage(
    String title, OffsetDateTime published, String text, String language, String canonicalUrl, String siteName) {}
