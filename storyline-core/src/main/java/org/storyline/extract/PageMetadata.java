package org.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
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
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
  private static final Pattern BY = Pattern.compile("^(?i)(by|von|from|autor(?:in)?:?|author:?)\\s+");
  private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,|;|\\bund\\b|\\band\\b|&)\\s*");
  private static final int MAX_AUTHORS = 10;

  static PageMetadata of(Document doc, PageIndex page) {
    String siteName = page.meta("og:site_name", "application-name");
    String canonical = page.canonical == null ? "" : page.canonical.attr("abs:href");
    if (canonical.isEmpty()) {
      canonical = Optional.ofNullable(page.meta("og:url")).orElse("");
    }
    return new PageMetadata(title(doc, page, siteName), authors(page), language(doc, page),
        canonical.isEmpty() ? null : canonical, siteName);
  }

  static String title(Document doc, PageIndex page, String siteName) {
    String og = page.meta("og:title", "twitter:title", "dc.title");
    if (og != null) {
      return stripSite(og, siteName);
    }
    Element h1 = page.articleH1 != null ? page.articleH1 : page.h1;
    String heading = h1 == null ? "" : h1.text().strip();
    String docTitle = doc.title().strip();
    if (!heading.isEmpty() && (docTitle.isEmpty() || docTitle.contains(heading))) {
      return heading;
    }
    if (docTitle.isEmpty()) {
      return heading.isEmpty() ? null : heading;
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

  static List<String> authors(PageIndex page) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode node : page.jsonLdNodes(200)) {
      JsonNode author = node.get("author");
      if (author != null && names.isEmpty()) {
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
          addName(a.isTextual() ? a.asText() : a.path("name").asText(""), names);
        }
      }
    }
    if (names.isEmpty()) {
      addName(page.meta("author", "article:author", "dc.creator", "sailthru.author", "parsely-author"), names);
    }
    if (names.isEmpty()) {
      for (Element e : page.itemprop("author")) {
        Element name = e.selectFirst("[itemprop=name]");
        addName((name != null ? name : e).text(), names);
      }
      page.relAuthor.forEach(e -> addName(e.text(), names));
    }
    return List.copyOf(names);
  }

  private static void addName(String raw, Set<String> names) {
    if (raw == null) {
      return;
    }
    for (String part : NAME_LIST.split(raw)) {
      String n = BY.matcher(part.strip()).replaceFirst("").strip();
      if (names.size() < MAX_AUTHORS && n.length() >= 3 && n.length() <= 60 && !n.startsWith("http")
          && Character.isLetter(n.charAt(0))) {
        names.add(n);
      }
    }
  }

  static String language(Document doc, PageIndex page) {
    Element html = doc.firstElementChild();
    String lang = html == null ? "" : html.attr("lang");
    if (lang.isBlank()) {
      lang = Optional.ofNullable(page.meta("content-language", "og:locale", "language", "dc.language")).orElse("");
    }
    lang = lang.strip().toLowerCase(Locale.ROOT);
    return lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
        && (lang.length() == 2 || !Character.isLetter(lang.charAt(2))) ? lang.substring(0, 2) : null;
  }
}
