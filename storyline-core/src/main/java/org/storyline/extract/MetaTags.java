package org.storyline.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by {@code name}, {@code property}, {@code itemprop} and
 * {@code http-equiv} (lower case), first non-empty content wins; read in one walk so that the many
 * look-ups of metadata cost one traversal, not one each.
 */
final class MetaTags {
  private final Map<String, String> content = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags m = new MetaTags();
    for (Element e : doc.getElementsByTag("meta")) {
      String c = e.attr("content").strip();
      if (c.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"name", "property", "itemprop", "http-equiv"}) {
        String k = e.attr(key).strip();
        if (!k.isEmpty()) {
          m.content.putIfAbsent(k.toLowerCase(Locale.ROOT), c);
        }
      }
    }
    return m;
  }

  /** The content of the first of {@code keys} the page has, or null. */
  String first(String... keys) {
    for (String k : keys) {
      String c = content.get(k);
      if (c != null) {
        return c;
      }
    }
    return null;
  }
}
