package org.storyline.extract;

import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.storyline.model.Result;

/**
 * HTML page to metadata and body text, with jsoup. The steps, in order:
 *
 * <ol>
 *   <li>refuse what is not a page: too long, or binary (control characters, replacement characters);
 *   <li>parse (jsoup never throws on broken markup);
 *   <li>read the metadata from the whole page ({@link PageMetadata}, {@link PublicationDate});
 *   <li>clean the body ({@link PageCleaner}), measure its text ({@link TextStats});
 *   <li>find the article container and its continuing siblings ({@link MainContent});
 *   <li>render their text as paragraphs ({@link BodyText}); when that is implausibly short next to
 *       what the page holds, the page's link-poor paragraphs instead.
 * </ol>
 *
 * Every step runs within the page's time budget ({@link Deadline}); a spent budget is a rejection.
 */
final class HtmlExtractor {
  /** Rendered text below this many characters makes the container suspect. */
  private static final int SHORT_BODY = 250;

  private final ArticleExtractor.Settings settings;
  private final InstantSource clock;

  HtmlExtractor(ArticleExtractor.Settings settings, InstantSource clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** Extracts from a decoded page; {@code name} names the input in a rejection. */
  Result<ExtractedPage> extract(String html, String url, String name) {
    if (html.length() > settings.maxPageChars()) {
      return Result.rejected(name, "page of " + html.length() + " characters is longer than the limit of "
          + settings.maxPageChars() + " (extract.maxPageChars)");
    }
    String binary = whyBinary(html);
    if (binary != null) {
      return Result.rejected(name, binary);
    }
    Deadline deadline = new Deadline(clock, settings.pageBudget());
    try {
      return extract(html, url, name, deadline);
    } catch (Deadline.Exceeded e) {
      return Result.rejected(name, e.getMessage());
    }
  }

  private Result<ExtractedPage> extract(String html, String url, String name, Deadline deadline) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    deadline.check("parsing");
    PageIndex index = PageIndex.of(doc);
    PageMetadata meta = PageMetadata.of(doc, index);
    OffsetDateTime published = PublicationDate.of(index, url);
    deadline.check("reading metadata");
    Element body = doc.body();
    PageCleaner.clean(body, deadline);
    TextStats stats = TextStats.of(body);
    deadline.check("measuring text");
    Element container = MainContent.find(body, stats);
    List<Element> parts = MainContent.withSiblings(container, stats);
    String text = BodyText.of(parts, stats);
    deadline.check("rendering text");
    if (text.length() < SHORT_BODY && container != body) {
      String whole = BodyText.of(List.of(body), stats);
      if (whole.length() > text.length() * 3 && whole.length() >= SHORT_BODY) {
        text = whole;
      }
    }
    if (text.isBlank()) {
      return Result.rejected(name, "no article text found in the HTML");
    }
    return Result.ok(new ExtractedPage(meta.title(), published, text, meta.language(), meta.canonicalUrl(),
        meta.siteName(), meta.authors()));
  }

  /** Why a decoded page is binary garbage rather than HTML, or null when it looks like text. */
  static String whyBinary(String html) {
    int sample = Math.min(html.length(), 8192);
    int bad = 0;
    for (int i = 0; i < sample; i++) {
      char c = html.charAt(i);
      if (c == '\uFFFD' || c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        bad++;
      }
    }
    return bad * 10 > sample ? "binary content (" + (bad * 100 / Math.max(1, sample)) + "% control or undecodable characters), not HTML" : null;
  }
}
