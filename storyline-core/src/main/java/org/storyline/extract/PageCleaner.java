package org.storyline.extract;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes from a page's body what is never article text: code, media and controls by tag, hidden
 * elements, and page furniture by name ({@link Boilerplate}). A furniture-named element is kept
 * when it holds most of the page's readable text: a wrapper called {@code content-with-sidebar} is
 * the page, not its sidebar.
 */
final class PageCleaner {
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "frame",
      "frameset", "svg", "canvas", "math", "button", "input", "select", "option", "textarea", "label", "nav", "aside",
      "footer", "menu", "dialog", "object", "embed", "video", "audio", "map", "picture", "source", "track", "link", "meta");
  /** Share of the body's readable text above which a furniture-named element is the page itself. */
  private static final double PAGE_SHARE = 0.4;

  private PageCleaner() {}

  static void clean(Element body, Deadline deadline) {
    NodeTraversor.filter(new Remover(e -> NEVER_TEXT.contains(e.normalName()) || isHidden(e), deadline), body);
    TextStats stats = TextStats.of(body);
    double page = Math.max(1, stats.text(body) - stats.linkText(body));
    NodeTraversor.filter(new Remover(e -> isSmallForm(e, stats, page) || isCaption(e, stats)
        || (Boilerplate.isFurniture(e) && !isMain(e) && (stats.text(e) - stats.linkText(e)) < PAGE_SHARE * page), deadline), body);
  }

  /** Removes the elements below the root that the test picks, with their subtrees, in one walk. */
  private static final class Remover implements NodeFilter {
    private final Predicate<Element> test;
    private final Deadline deadline;
    private int seen;

    Remover(Predicate<Element> test, Deadline deadline) {
      this.test = test;
      this.deadline = deadline;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if ((++seen & 1023) == 0) {
        deadline.check("cleaning");
      }
      return depth > 0 && node instanceof Element e && test.test(e) ? FilterResult.REMOVE : FilterResult.CONTINUE;
    }
  }

  private static boolean isMain(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  /** A search box or login form; a form that wraps the page (ASP.NET does) is kept. */
  private static boolean isSmallForm(Element e, TextStats stats, double page) {
    return e.normalName().equals("form") && stats.text(e) - stats.linkText(e) < PAGE_SHARE * page;
  }

  /** Figures are kept for their text only when they hold more than a caption. */
  private static boolean isCaption(Element e, TextStats stats) {
    String tag = e.normalName();
    return tag.equals("figcaption") || (tag.equals("figure") && stats.text(e) < 300);
  }
}
