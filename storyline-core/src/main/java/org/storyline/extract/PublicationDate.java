package org.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A page's publication date, from the most to the least trustworthy signal: publication meta tags,
 * JSON-LD {@code datePublished}, {@code itemprop=datePublished}, a date in the URL path,
 * {@code <time>} elements, a visible dateline in an element named as a date or byline, then generic
 * date meta tags. Elements named as modification dates are passed over.
 */
final class PublicationDate {
  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date.created", "sailthru.date", "parsely-pub-date",
    "datepublished", "date.release", "cxenseparse:recs:publishtime", "article.published", "published_time",
    "og:article:published_time"
  };
  private static final String[] GENERIC_META = {"date", "dc.date", "dcterms.created", "created"};
  /** Date-named elements read at most; a page lists other articles' dates further down. */
  private static final int MAX_DATELINES = 40;

  private PublicationDate() {}

  static OffsetDateTime of(PageIndex page, String url) {
    for (String key : PUBLISHED_META) {
      Optional<OffsetDateTime> d = Dates.parse(page.meta(key));
      if (d.isPresent()) {
        return d.get();
      }
    }
    for (JsonNode node : page.jsonLdNodes(200)) {
      Optional<OffsetDateTime> d = jsonLdDate(node);
      if (d.isPresent()) {
        return d.get();
      }
    }
    for (Element e : page.itemprop("datepublished")) {
      Optional<OffsetDateTime> d = firstDate(e);
      if (d.isPresent()) {
        return d.get();
      }
    }
    Optional<OffsetDateTime> fromUrl = Dates.fromUrl(url);
    if (fromUrl.isPresent()) {
      return fromUrl.get();
    }
    for (Element e : page.times) {
      if (!isModified(e)) {
        Optional<OffsetDateTime> d = firstDate(e);
        if (d.isPresent()) {
          return d.get();
        }
      }
    }
    int seen = 0;
    for (Element e : page.datelines) {
      if (isModified(e) || e.childrenSize() > 6) {
        continue;
      }
      Optional<OffsetDateTime> d = Dates.fromText(e.text());
      if (d.isPresent()) {
        return d.get();
      }
      if (++seen >= MAX_DATELINES) {
        break;
      }
    }
    for (String key : GENERIC_META) {
      Optional<OffsetDateTime> d = Dates.parse(page.meta(key));
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static boolean isModified(Element e) {
    String names = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
    return names.contains("modified") || names.contains("updated") || names.contains("aktualisiert");
  }

  private static Optional<OffsetDateTime> firstDate(Element e) {
    for (String attr : List.of("datetime", "content", "title")) {
      Optional<OffsetDateTime> d = Dates.parse(e.attr(attr));
      if (d.isPresent()) {
        return d;
      }
    }
    return Dates.fromText(e.attr("datetime").isEmpty() ? e.text() : e.attr("datetime"));
  }

  private static Optional<OffsetDateTime> jsonLdDate(JsonNode node) {
    JsonNode date = node.get("datePublished");
    if (date == null) {
      date = node.get("dateCreated");
    }
    if (date == null || !date.isTextual()) {
      return Optional.empty();
    }
    Optional<OffsetDateTime> d = Dates.parse(date.asText());
    return d.isPresent() ? d : Dates.fromText(date.asText());
  }
}
