package org.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.storyline.model.Result;

/**
 * HTML page to title, publication date and body text, with jsoup.
 *
 * <p>The body is found by a hand-written score, because no Java library does boilerplate removal
 * well: the element whose paragraph children hold the most text, with link-heavy paragraphs
 * discounted. Navigation, share bars, related-article lists, comments and footers are dropped by
 * tag and by class/id before scoring. This is deliberately simple; its quality is measured by
 * {@code storyline eval extraction}.
 */
final class HtmlExtractor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DROPPED_TAGS =
      "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, nav, aside, footer, menu, dialog, object, embed";
  private static final Pattern BOILERPLATE = Pattern.compile(
      "(?i)(^|[-_ ])(comment|comments|share|sharing|social|related|recommend|promo|newsletter|subscribe|cookie|consent|"
          + "banner|advert|ads?|sponsor|sidebar|breadcrumbs?|paywall|footer|masthead|navbar|nav|menu|popup|modal|outbrain|taboola)($|[-_ ])");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»]\\s+");
  private static final int MIN_PARAGRAPH = 25;

  /** Extracts from a decoded page; {@code name} names the input in a rejection. */
  Result<ExtractedPage> extract(String html, String url, String name) {
    org.jsoup.nodes.Document doc = Jsoup.parse(html, url == null ? "" : url);
    String siteName = meta(doc, "meta[property=og:site_name]");
    String title = title(doc, siteName);
    OffsetDateTime published = published(doc, url);
    String language = language(doc);
    String canonical = doc.select("link[rel=canonical]").attr("abs:href");

    doc.select(DROPPED_TAGS).remove();
    for (Element e : new ArrayList<>(doc.body().getAllElements())) {
      if (e != doc.body() && e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
    String text = body(doc.body());
    if (text.isBlank()) {
      return Result.rejected(name, "no article text found in the HTML");
    }
    return Result.ok(new ExtractedPage(title, published, text, language, canonical.isEmpty() ? null : canonical, siteName));
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || tag.equals("p")) {
      return false;
    }
    String marks = e.className() + " " + e.id() + " " + e.attr("role");
    return (!marks.isBlank() && BOILERPLATE.matcher(marks).find())
        || e.attr("role").equalsIgnoreCase("navigation")
        || e.attr("aria-hidden").equals("true");
  }

  /** The text of the best-scoring container, paragraph by paragraph. */
  private static String body(Element body) {
    Map<Element, Double> scores = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote, li")) {
      String text = p.text();
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double linkText = p.select("a").text().length();
      double score = text.length() * (1 - Math.min(1, linkText / text.length()));
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), score / 2, Double::sum);
        }
      }
    }
    Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    String text = paragraphs(best);
    return text.length() >= 200 ? text : paragraphs(body);
  }

  private static String paragraphs(Element container) {
    List<String> out = new ArrayList<>();
    Elements blocks = container.select("p, h2, h3, h4, pre, blockquote, li, div:not(:has(p, div, li, blockquote, pre, h2, h3, h4, table))");
    Set<Element> blockSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    blockSet.addAll(blocks);
    for (Element block : blocks) {
      if (hasBlockAncestorIn(block, blockSet, container)) {
        continue;
      }
      String text = block.normalName().equals("pre") ? block.wholeText().strip() : block.text().strip();
      if (text.isEmpty() || (!block.normalName().matches("h[2-4]") && text.length() < MIN_PARAGRAPH && isLinkOnly(block))) {
        continue;
      }
      out.add(text);
    }
    if (out.isEmpty()) {
      String text = container.text().strip();
      return text;
    }
    return String.join("\n\n", out);
  }

  private static boolean isLinkOnly(Element block) {
    return block.select("a").text().length() >= block.text().length() * 0.8;
  }

  private static boolean hasBlockAncestorIn(Element e, Set<Element> blocks, Element stop) {
    for (Element a = e.parent(); a != null && a != stop; a = a.parent()) {
      if (blocks.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private static String title(org.jsoup.nodes.Document doc, String siteName) {
    String og = meta(doc, "meta[property=og:title], meta[name=twitter:title]");
    if (og != null) {
      return og;
    }
    Element h1 = doc.selectFirst("article h1, h1");
    String docTitle = doc.title().strip();
    if (h1 != null && !h1.text().isBlank() && (docTitle.isEmpty() || docTitle.contains(h1.text().strip()))) {
      return h1.text().strip();
    }
    if (docTitle.isEmpty()) {
      return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }
    // "Headline | Site" or "Site - Headline": keep the longest part, which is the headline.
    String[] parts = TITLE_SEPARATOR.split(docTitle);
    String longest = docTitle;
    if (parts.length > 1) {
      longest = parts[0];
      for (String part : parts) {
        if (part.length() > longest.length() && (siteName == null || !part.equalsIgnoreCase(siteName))) {
          longest = part;
        }
      }
    }
    return longest.strip();
  }

  private static OffsetDateTime published(org.jsoup.nodes.Document doc, String url) {
    String[] metas = {
      "meta[property=article:published_time]", "meta[name=article:published_time]", "meta[itemprop=datePublished]",
      "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=date]",
      "meta[name=DC.date.issued]", "meta[name=dc.date]", "meta[name=sailthru.date]", "meta[property=og:published_time]"
    };
    for (String selector : metas) {
      Optional<OffsetDateTime> d = Dates.parse(meta(doc, selector));
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
    for (Element time : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
      Optional<OffsetDateTime> d = Dates.parse(time.attr("datetime"));
      if (d.isPresent()) {
        return d.get();
      }
    }
    return Dates.fromUrl(url).orElse(null);
  }

  private static Optional<OffsetDateTime> jsonLdDate(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<JsonNode> todo = new ArrayList<>(List.of(root));
      for (int i = 0; i < todo.size() && i < 200; i++) {
        JsonNode node = todo.get(i);
        JsonNode date = node.get("datePublished");
        if (date != null && date.isTextual()) {
          Optional<OffsetDateTime> d = Dates.parse(date.asText());
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

  private static String language(org.jsoup.nodes.Document doc) {
    String lang = doc.select("html[lang]").attr("lang");
    if (lang.isBlank()) {
      lang = Optional.ofNullable(meta(doc, "meta[http-equiv=content-language], meta[property=og:locale]")).orElse("");
    }
    lang = lang.strip().toLowerCase(Locale.ROOT);
    return lang.length() >= 2 && Character.isLetter(lang.charAt(0)) && Character.isLetter(lang.charAt(1))
        ? lang.substring(0, 2) : null;
  }

  private static String meta(org.jsoup.nodes.Document doc, String selector) {
    for (Element e : doc.select(selector)) {
      String content = e.attr("content").strip();
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }
}
