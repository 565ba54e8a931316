package org.storyline.extract;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class}, {@code id} and {@code role} say about it: words that mark page
 * furniture (navigation, sharing, comments, ads, cookie and paywall banners) and words that mark the
 * article. Names are cut into words at case changes, digits, '-', '_' and spaces, so that
 * {@code article__share-bar} says "share" but {@code shareholder} does not.
 *
 * <p>By hand, because no library names these; the word lists follow what readability and trafilatura
 * match (their class/id patterns), made word-exact.
 */
final class Boilerplate {
  private static final Set<String> FURNITURE = Set.of(
      "comment", "comments", "kommentar", "kommentare", "disqus", "respond", "reply", "share", "sharing", "shariff",
      "sharedaddy", "social", "socials", "socialmedia", "related", "relatedposts", "recommend", "recommended",
      "recommendations", "empfehlungen", "promo", "newsletter", "subscribe", "subscription", "abo", "cookie", "cookies",
      "consent", "gdpr", "dsgvo", "cook", "eucookie", "cookiebar", "cookienotice", "banner", "advert", "advertisement", "advertising", "werbung", "anzeige", "ad", "ads",
      "adsense", "sponsor", "sponsored", "sidebar", "breadcrumb", "breadcrumbs", "paywall", "footer", "masthead",
      "navbar", "nav", "navigation", "menu", "submenu", "megamenu", "popup", "modal", "overlay", "outbrain", "taboola",
      "plista", "tagcloud", "pagination", "pager", "skip", "skiplink", "toolbar", "login",
      "signup", "rating", "author", "authorbox", "bio", "byline", "meta", "postmeta", "entrymeta",
      "print", "teaserlist", "trending", "popular", "headerbar",
      "topbar", "side", "articleside", "infobox", "offcanvas", "flyout", "dropdown", "lightbox", "carousel", "thumbnails",
      "noprint", "sr", "screenreader", "visually", "copyright", "legal", "imprint", "impressum", "follow",
      "donate", "spenden", "addthis", "sociable", "likes", "votes", "rss", "caption", "credit", "credits", "bildnachweis",
      "fotocredit", "copyrights", "wp-caption", "discussion", "komments", "teilen", "related-posts", "morelinks", "readmore",
      "weiterlesen", "newsticker", "subnav", "sitemap", "servicebox");
  private static final Set<String> ARTICLE = Set.of(
      "article", "articlebody", "artikel", "content", "entry", "entrycontent", "post", "postcontent", "posting", "text",
      "body", "story", "storybody", "main", "blog", "hentry", "single", "inhalt", "beitrag", "page", "column", "richtext",
      "rte", "bodytext", "copy", "prose", "news", "detail", "fulltext");

  private Boilerplate() {}

  /** Furniture words minus article words in the element's names; 0 when it has no names. */
  static int weight(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return 0;
    }
    int furniture = 0;
    int article = 0;
    for (String word : words(names)) {
      if (FURNITURE.contains(word)) {
        furniture++;
      } else if (ARTICLE.contains(word)) {
        article++;
      }
    }
    return article - furniture;
  }

  /**
   * Whether the names or the role mark the element as page furniture. A furniture word wins over an
   * article word ({@code article-comments}, {@code post-meta}); the caller keeps big containers.
   */
  static boolean isFurniture(Element e) {
    String role = e.attr("role");
    if (!role.isEmpty()) {
      String r = role.toLowerCase(Locale.ROOT);
      if (r.equals("navigation") || r.equals("banner") || r.equals("contentinfo") || r.equals("complementary")
          || r.equals("menu") || r.equals("menubar") || r.equals("dialog") || r.equals("alertdialog") || r.equals("search")) {
        return true;
      }
    }
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    for (String word : words(names)) {
      if (FURNITURE.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Lower-case words of a class/id list: split at non-letters and at lower-to-upper case changes. */
  static java.util.List<String> words(String names) {
    java.util.List<String> out = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    char prev = ' ';
    for (int i = 0; i < names.length(); i++) {
      char c = names.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isUpperCase(c) && Character.isLowerCase(prev) && w.length() > 0) {
          out.add(w.toString());
          w.setLength(0);
        }
        w.append(Character.toLowerCase(c));
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
      prev = c;
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }
}
