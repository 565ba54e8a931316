package org.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself, read before cleaning: title (without the site name), authors,
 * language, canonical URL and outlet name. Meta tags (Open Graph, Twitter, Dublin Core) and
 * JSON-LD first, then the visible page.
 */
record PageMetadata(String title, List<String> authors, String language, String canonicalUrl, String siteName) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
  private static final Pattern BY = Pattern.compile("^(?i)(by|von|from|autor(?:in)?:?|author:?)\\s+");
  private static final int MAX_AUTHORS = 10;

  static PageMetadata of(Document doc, MetaTags metas) {
    String siteName = metas.first("og:site_name", "application-name");
    Element link = doc.head().selectFirst("link[rel=canonical]");
    String canonical = link == null ? "" : link.attr("abs:href");
    if (canonical.isEmpty()) {
      canonical = Optional.ofNullable(metas.first("og:url")).orElse("");
    }
    return new PageMetadata(title(doc, metas, siteName), authors(doc, metas), language(doc, metas),
        canonical.isEmpty() ? null : canonical, siteName);
  }

  static String title(Document doc, MetaTags metas, String siteName) {
    String og = metas.first("og:title", "twitter:title", "dc.title");
    if (og != null) {
      return stripSite(og, siteName);
    }
    Element h1 = doc.selectFirst("article h1, h1");
    String docTitle = doc.title().strip();
    if (h1 != null && !h1.text().isBlank() && (docTitle.isEmpty() || docTitle.contains(h1.text().strip()))) {
      return h1.text().strip();
    }
    if (docTitle.isEmpty()) {
      return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }
    return stripSite(docTitle, siteName);
  }

  /** "Headline | Site" or "Site - Headline": the longest part that is not the site's name. */
  private static String stripSite(String title, String siteName) {
    String[] parts = TITLE_SEPARATOR.split(title.strip());
    if (parts.length < 2) {
      return title.strip();
    }
    String longest = null;
    for (String part : parts) {
      boolean site = siteName != null && part.strip().equalsIgnoreCase(siteName.strip());
      if (!site && (longest == null || part.length() > longest.length())) {
        longest = part;
      }
    }
    return longest == null ? title.strip() : longest.strip();
  }

  static List<String> authors(Document doc, MetaTags metas) {
    Set<String> names = new LinkedHashSet<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      jsonLdAuthors(script.data(), names);
    }
    if (names.isEmpty()) {
      addName(metas.first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"), names);
    }
    if (names.isEmpty()) {
      for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author], .byline .author, .author-name, .autor")) {
        addName(e.text(), names);
        if (names.size() >= MAX_AUTHORS) {
          break;
        }
      }
    }
    return List.copyOf(names);
  }

  private static void jsonLdAuthors(String json, Set<String> names) {
    try {
      JsonNode root = JSON.readTree(json);
      List<JsonNode> todo = new ArrayList<>(List.of(root));
      for (int i = 0; i < todo.size() && i < 200; i++) {
        JsonNode node = todo.get(i);
        JsonNode author = node.get("author");
        if (author != null) {
          for (JsonNode a : author.isArray() ? author : List.of(author)) {
            addName(a.isTextual() ? a.asText() : a.path("name").asText(""), names);
          }
          return;
        }
        node.forEach(todo::add);
      }
    } catch (Exception e) {
      // malformed JSON-LD is common; meta tags and the byline remain
    }
  }

  private static void addName(String raw, Set<String> names) {
    if (raw == null || names.size() >= MAX_AUTHORS) {
      return;
    }
    for (String part : raw.split("\\s*(?:,|;|\\bund\\b|\\band\\b|&)\\s*")) {
      String n = BY.matcher(part.strip()).replaceFirst("").strip();
      if (n.length() >= 3 && n.length() <= 60 && !n.startsWith("http") && Character.isLetter(n.charAt(0))) {
        names.add(n);
      }
    }
  }

  static String language(Document doc, MetaTags metas) {
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      lang = Optional.ofNullable(metas.first("content-language", "og:locale", "language", "dc.language")).orElse("");
    }
    lang = lang.strip().toLowerCase(Locale.ROOT);
    return lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
        && (lang.length() == 2 || !Character.isLetter(lang.charAt(2))) ? lang.substring(0, 2) : null;
  }


}
