package org.storyline.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article body: the container to which the page's paragraphs
 * give the highest score, and the siblings that continue it.
 *
 * <p>Written by hand because no Java library scores content; the shape follows readability's
 * (paragraphs vote for their ancestors with decaying weight, link density discounts), with the
 * votes made language-independent: a paragraph is worth its length and its punctuation, not
 * English words. What readability does with English class names, {@link Boilerplate} does with
 * furniture and article words that also cover the German names of this project's pages.
 */
final class MainContent {
  /** Characters a block's own text needs to count as a paragraph (shorter: captions, labels, buttons). */
  static final int MIN_PARAGRAPH = 25;
  /** Ancestors a paragraph votes for: parent, grandparent, then three more with falling weight. */
  private static final int VOTE_DEPTH = 5;

  /** A parent is taken in when what it adds to the container is at most this link-dense... */
  static final double CLIMB_LINK_DENSITY = 0.3;
  /** ...and at most this many times the container's readable text (more: a different region). */
  static final double CLIMB_GROWTH = 1.0;

  private MainContent() {}

  /** The best container under {@code body}, or {@code body} itself when no paragraph voted. */
  static Element find(Element body, TextStats stats) {
    Map<Element, Double> votes = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      double v = paragraphValue(e, stats);
      if (v <= 0) {
        continue;
      }
      Element a = Blocks.isParagraphLike(e) && !e.normalName().equals("td") ? e : e.parent();
      // a paragraph-like block with its own long text is a candidate itself (a div holding text and <br>s)
      if (a == e) {
        votes.merge(e, v, Double::sum);
        a = e.parent();
      }
      for (int level = 0; level < VOTE_DEPTH && a != null; level++, a = a.parent()) {
        double weight = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        votes.merge(a, v * weight, Double::sum);
      }
    }
    Element best = body;
    double bestScore = 0;
    for (Map.Entry<Element, Double> c : votes.entrySet()) {
      double s = candidateScore(c.getKey(), c.getValue(), stats);
      if (s > bestScore) {
        bestScore = s;
        best = c.getKey();
      }
    }
    return climb(best, votes, stats, bestScore);
  }

  /** What one block's own text is worth as a paragraph; 0 when it is too short or mostly links. */
  static double paragraphValue(Element e, TextStats stats) {
    int own = stats.ownText(e);
    if (own < MIN_PARAGRAPH) {
      return 0;
    }
    double linkDensity = stats.ownLinkDensity(e);
    if (linkDensity > 0.5) {
      return 0;
    }
    double v = 1 + Math.min(stats.ownPunctuation(e), 12) + Math.min(own / 100.0, 3);
    return v * (1 - linkDensity);
  }

  private static double candidateScore(Element e, double votes, TextStats stats) {
    double s = votes * (1 - stats.linkDensity(e));
    int weight = Boilerplate.weight(e);
    s += weight * 5;
    String tag = e.normalName();
    if (tag.equals("article") || tag.equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      s += 10;
    }
    if (tag.equals("body") || tag.equals("html")) {
      s *= 0.5; // the whole page is the answer only when nothing narrower is close
    }
    return s;
  }

  /**
   * Moves up from the best candidate while its parent adds link-poor text of at most the
   * container's size: the best-voted element is often the longest of the article's parts (the
   * steps of a recipe, without its introduction and ingredients).
   */
  private static Element climb(Element best, Map<Element, Double> votes, TextStats stats, double bestScore) {
    Element e = best;
    while (e.parent() != null && !e.normalName().equals("body") && !e.parent().normalName().equals("body")) {
      Element p = e.parent();
      int extraText = stats.text(p) - stats.text(e);
      int extraLinks = stats.linkText(p) - stats.linkText(e);
      double extraReadable = extraText - extraLinks;
      boolean linkPoor = extraText == 0 || (double) extraLinks / extraText < CLIMB_LINK_DENSITY;
      if (linkPoor && extraReadable <= readable(e, stats) * CLIMB_GROWTH) {
        e = p;
      } else {
        break;
      }
    }
    return e;
  }

  private static double readable(Element e, TextStats stats) {
    return stats.text(e) - stats.linkText(e);
  }

  /**
   * The siblings of the container that continue the article: other blocks under the same parent
   * whose own paragraphs are long and link-poor (readability's sibling rule), in document order with
   * the container.
   */
  static List<Element> withSiblings(Element container, TextStats stats) {
    List<Element> out = new ArrayList<>();
    Element parent = container.parent();
    if (parent == null || container.normalName().equals("body")) {
      out.add(container);
      return out;
    }
    double threshold = Math.max(10, readable(container, stats) * 0.2);
    String cls = container.className();
    for (Element sibling : parent.children()) {
      if (sibling == container) {
        out.add(sibling);
        continue;
      }
      double r = readable(sibling, stats);
      boolean sameClass = !cls.isEmpty() && cls.equals(sibling.className()) && r >= threshold * 0.5;
      boolean paragraph = sibling.normalName().equals("p") && stats.text(sibling) >= 80 && stats.linkDensity(sibling) < 0.25;
      boolean rich = r >= threshold && stats.linkDensity(sibling) < 0.2 && !Boilerplate.isFurniture(sibling)
          && r >= 250;
      if (sameClass || paragraph || rich) {
        out.add(sibling);
      }
    }
    return out;
  }
}
