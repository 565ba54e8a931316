package org.storyline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the metadata readers look up in a page, gathered in one walk over its elements (a jsoup
 * selector per look-up would walk the whole page each time): {@code <meta>} contents by
 * {@code name}/{@code property}/{@code itemprop}/{@code http-equiv} (lower case, first non-empty
 * wins), parsed JSON-LD blocks, the first {@code <h1>}, {@code <time>} elements, elements with an
 * {@code itemprop} or {@code rel=author}, and elements whose class or id names a date or byline.
 */
final class PageIndex {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** JSON-LD blocks parsed at most; pages with more are spam or catalogues. */
  private static final int MAX_JSON_LD = 20;

  final Map<String, String> metas = new HashMap<>();
  final List<JsonNode> jsonLd = new ArrayList<>();
  final List<Element> times = new ArrayList<>();
  final Map<String, List<Element>> itemprops = new HashMap<>();
  final List<Element> relAuthor = new ArrayList<>();
  final List<Element> datelines = new ArrayList<>();
  Element h1;
  Element articleH1;
  Element canonical;

  private PageIndex() {}

  static PageIndex of(Document doc) {
    PageIndex p = new PageIndex();
    for (Element e : doc.getAllElements()) {
      p.add(e);
    }
    return p;
  }

  private void add(Element e) {
    switch (e.normalName()) {
      case "meta" -> meta(e);
      case "script" -> {
        if (e.attr("type").equalsIgnoreCase("application/ld+json") && jsonLd.size() < MAX_JSON_LD) {
          try {
            jsonLd.add(JSON.readTree(e.data()));
          } catch (Exception ignored) {
            // malformed JSON-LD is common; the other signals remain
          }
        }
      }
      case "h1" -> {
        if (h1 == null) {
          h1 = e;
        }
        if (articleH1 == null && e.closest("article") != null) {
          articleH1 = e;
        }
      }
      case "time" -> times.add(e);
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
          canonical = e;
        }
      }
      default -> { }
    }
    if (e.attributesSize() == 0) {
      return;
    }
    String itemprop = e.attr("itemprop");
    if (!itemprop.isEmpty() && !e.normalName().equals("meta")) {
      itemprops.computeIfAbsent(itemprop.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(e);
    }
    if (e.attr("rel").equalsIgnoreCase("author")) {
      relAuthor.add(e);
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.length() > 1 && (names.contains("date") || names.contains("datum") || names.contains("time")
        || names.contains("meta") || names.contains("byline") || names.contains("author") || names.contains("autor"))) {
      datelines.add(e);
    }
  }

  private void meta(Element e) {
    String c = e.attr("content").strip();
    if (c.isEmpty()) {
      return;
    }
    for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
      String k = e.attr(key).strip();
      if (!k.isEmpty()) {
        metas.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
      }
    }
  }

  /** The content of the first of {@code keys} the page has as a meta tag, or null. */
  String meta(String... keys) {
    for (String k : keys) {
      String c = metas.get(k);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  List<Element> itemprop(String name) {
    return itemprops.getOrDefault(name, List.of());
  }

  /** Every object node of the page's JSON-LD, breadth first, at most {@code limit}. */
  List<JsonNode> jsonLdNodes(int limit) {
    List<JsonNode> todo = new ArrayList<>(jsonLd);
    for (int i = 0; i < todo.size() && todo.size() < limit; i++) {
      todo.get(i).forEach(n -> {
        if (n.isContainerNode()) {
          todo.add(n);
        }
      });
    }
    return todo.size() > limit ? todo.subList(0, limit) : todo;
  }
}
