package org.storyline.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which HTML elements start a block of text (a paragraph break), per the HTML standard's flow content. */
final class Blocks {
  private static final Set<String> BLOCK = Set.of(
      "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
      "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
      "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
      "thead", "tr", "ul", "caption", "legend", "option", "frameset", "noframes");
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  private Blocks() {}

  static boolean isBlock(Element e) {
    return BLOCK.contains(e.normalName());
  }

  static boolean isHeading(Element e) {
    return HEADINGS.contains(e.normalName());
  }

  /** Blocks whose text is a paragraph a reader would read as running text. */
  static boolean isParagraphLike(Element e) {
    return switch (e.normalName()) {
      case "p", "pre", "blockquote", "td", "dd", "li", "div", "section", "article", "main", "font", "center", "span" -> true;
      default -> false;
    };
  }
}
