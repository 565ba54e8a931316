package org.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's publication date, from the most to the least trustworthy signal: publication meta tags
 * and JSON-LD {@code datePublished}, {@code itemprop=datePublished}, {@code <time>} elements marked
 * as publication or inside the article's header, a date in the URL path, a visible dateline in an
 * element named as a date, then generic date meta tags. Modification dates are not publication
 * dates and are read last, if at all.
 */
final class PublicationDate {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] PUBLISHED_META = {
    "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "publish_date",
    "dc.date.issued", "dcterms.issued", "dcterms.date", "dc.date.created", "sailthru.date", "parsely-pub-date",
    "datepublished", "date.release", "cxenseparse:recs:publishtime", "article.published", "published_time", "og:article:published_time"
  };
  private static final String[] GENERIC_META = {"date", "dc.date", "dcterms.created", "created"};
  private static final int MAX_DATELINES = 40;

  private PublicationDate() {}

  static OffsetDateTime of(Document doc, MetaTags metas, String url) {
    for (String key : PUBLISHED_META) {
      Optional<OffsetDateTime> d = Dates.parse(metas.first(key));
      if (d.isPresent()) {
        return d.get();
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Optional<OffsetDateTime> d = jsonLdDate(script.data());
      if (d.isPresent()) {
        return d.get();
      }
    }
    for (Element e : doc.select("[itemprop=datePublished], time[pubdate], [property=datePublished]")) {
      Optional<OffsetDateTime> d = firstDate(e);
      if (d.isPresent()) {
        return d.get();
      }
    }
    Optional<OffsetDateTime> fromUrl = Dates.fromUrl(url);
    if (fromUrl.isPresent()) {
      return fromUrl.get();
    }
    for (Element e : doc.select("article time[datetime], header time[datetime], time[datetime][class*=publish], "
        + "time[datetime][class*=date], time[datetime]")) {
      if (isModified(e)) {
        continue;
      }
      Optional<OffsetDateTime> d = firstDate(e);
      if (d.isPresent()) {
        return d.get();
      }
    }
    int seen = 0;
    for (Element e : doc.select("[class*=date], [class*=Date], [class*=datum], [class*=time], [class*=meta], [class*=byline], "
        + "[id*=date], time, .entry-meta, .post-meta")) {
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
      Optional<OffsetDateTime> d = Dates.parse(metas.first(key));
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static boolean isModified(Element e) {
    String names = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(java.util.Locale.ROOT);
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

  private static Optional<OffsetDateTime> jsonLdDate(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<JsonNode> todo = new ArrayList<>(List.of(root));
      for (int i = 0; i < todo.size() && i < 200; i++) {
        JsonNode node = todo.get(i);
        JsonNode date = node.get("datePublished");
        if (date == null) {
          date = node.get("dateCreated");
        }
        if (date != null && date.isTextual()) {
          Optional<OffsetDateTime> d = Dates.parse(date.asText());
          if (d.isEmpty()) {
            d = Dates.fromText(date.asText());
          }
          if (d.isPresent()) {
            return d;
          }
        }
        node.forEach(todo::add);
      }
    } catch (Exception e) {
      // malformed JSON-LD is common; other signals remain
    }
    return Optional.empty();
  }
}
