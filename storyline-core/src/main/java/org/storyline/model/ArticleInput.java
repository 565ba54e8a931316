package org.storyline.model;

/**
 * An article as a caller gives it, before extraction: the fields of an input JSONL line, or what a
 * feed entry, a file or a WARC record yields. Only {@code id} and one of {@code text}/{@code html} are
 * required; everything else may be null.
 *
 * @param published ISO-8601 date or date-time as given; parsed by the extraction stage
 * @param origin    where the input came from ("feed.xml entry 3", "articles.jsonl:12"), for error messages
 */
public record ArticleInput(
    String id,
    String url,
    String source,
    String title,
    String text,
    String html,
    String published,
    String language,
    String origin) {

  /** An input whose body is plain text, used verbatim. */
  public static ArticleInput ofText(String id, String title, String text, String origin) {
    return new ArticleInput(id, null, null, title, text, null, null, null, origin);
  }

  public ArticleInput withPublished(String published) {
    return new ArticleInput(id, url, source, title, text, html, published, language, origin);
  }

  public ArticleInput withOrigin(String origin) {
    return new ArticleInput(id, url, source, title, text, html, published, language, origin);
  }
}
