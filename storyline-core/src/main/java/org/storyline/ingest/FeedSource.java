package org.storyline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * Articles from an RSS or Atom feed, parsed with Rome, which decodes the bytes by the XML
 * declaration, the BOM and the HTTP content type. A feed whose prolog declares a DOCTYPE is refused
 * outright (and Rome is told to refuse DOCTYPEs too), so no external entity is ever resolved (XXE)
 * and no entity expansion bomb is ever expanded; a "<!DOCTYPE html>" quoted inside an entry's
 * content is not a declaration and does no harm. An entry's body is its full content, else its
 * description; for feeds read over http(s) a {@link Fetcher} may replace a summary with the
 * linked page.
 */
final class FeedSource implements ArticleSource {
  /** A DOCTYPE in the prolog: after the XML declaration, processing instructions and comments, before the root. */
  private static final Pattern PROLOG_DOCTYPE =
      Pattern.compile("\\A\\s*(?:<\\?.*?\\?>\\s*|<!--.*?-->\\s*)*<!DOCTYPE", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  /** Below this many characters of body an entry is taken to be a summary of a linked page. */
  private static final int SUMMARY_CHARS = 600;

  private final byte[] bytes;
  private final String contentType;
  private final String name;
  private final Fetcher linkFetcher;
  private List<Result<ArticleInput>> items;

  /**
   * @param contentType the HTTP Content-Type the feed came with, or null for a file
   * @param linkFetcher fetches linked pages for summary-only entries, or null to keep the summaries
   */
  FeedSource(byte[] bytes, String contentType, String name, Fetcher linkFetcher) {
    this.bytes = bytes;
    this.contentType = contentType;
    this.name = name;
    this.linkFetcher = linkFetcher;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public OptionalLong estimatedSize() {
    return OptionalLong.of(items().size());
  }

  @Override
  public Iterator<Result<ArticleInput>> iterator() {
    return items().iterator();
  }

  private List<Result<ArticleInput>> items() {
    if (items == null) {
      items = parse();
    }
    return items;
  }

  private List<Result<ArticleInput>> parse() {
    String xml;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      java.io.StringWriter chars = new java.io.StringWriter();
      reader.transferTo(chars);
      xml = chars.toString();
    } catch (IOException | RuntimeException e) {
      return List.of(Result.rejected(name, "cannot decode the feed: " + e.getMessage()));
    }
    if (PROLOG_DOCTYPE.matcher(xml).lookingAt()) {
      return List.of(Result.rejected(name, "feed declares a DOCTYPE; refused so that no external entity is resolved"));
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new StringReader(xml));
    } catch (FeedException | RuntimeException e) {
      return List.of(Result.rejected(name, "not a valid RSS/Atom feed: " + e.getMessage()));
    }
    List<Result<ArticleInput>> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      n++;
      out.add(entry(entry, name + " entry " + n, feed.getTitle()));
    }
    if (out.isEmpty()) {
      out.add(Result.rejected(name, "feed has no entries"));
    }
    return out;
  }

  private Result<ArticleInput> entry(SyndEntry entry, String where, String feedTitle) {
    String link = entry.getLink();
    String id = firstNonBlank(entry.getUri(), link);
    if (id == null) {
      id = where;
    }
    String body = body(entry);
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    String published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
    if (linkFetcher != null && link != null && link.matches("(?i)https?://.*")
        && (body == null || body.length() < SUMMARY_CHARS)) {
      Result<Fetcher.Fetched> page = linkFetcher.fetch(link);
      if (page instanceof Result.Ok<Fetcher.Fetched>(Fetcher.Fetched fetched) && fetched.isHtml()) {
        body = fetched.text();
      }
    }
    if (body == null || body.isBlank()) {
      return Result.rejected(where, "entry has neither content nor description");
    }
    return Result.ok(new ArticleInput(id, link, feedTitle, entry.getTitle(), null, body, published, null, where));
  }

  private static String body(SyndEntry entry) {
    StringBuilder content = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      if (c.getValue() != null) {
        content.append(c.getValue()).append('\n');
      }
    }
    if (!content.isEmpty()) {
      return content.toString();
    }
    return entry.getDescription() == null ? null : entry.getDescription().getValue();
  }

  private static String firstNonBlank(String a, String b) {
    return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
  }

  @Override
  public void close() {
    // everything was read into memory up front; nothing to release
  }
}
