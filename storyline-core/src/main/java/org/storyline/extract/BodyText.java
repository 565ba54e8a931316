package org.storyline.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of the chosen containers as paragraphs: one paragraph per block (blank line between),
 * list items and lines broken by {@code <br>} on lines of their own, {@code <pre>} verbatim. A
 * block's own text is left out when it reads as furniture inside the article: mostly links (a
 * "read more" list, tag links), or a short line of links.
 */
final class BodyText {
  /** A block whose text is more than this share links... */
  static final double LINK_LIST_DENSITY = 0.5;
  /** ...and that has fewer readable (non-link) characters than this is left out whole. */
  static final int LINK_LIST_READABLE = 400;
  private final TextStats stats;
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int preDepth;
  /** Index of the last paragraph that was a heading, or -1. */
  private int lastHeading = -1;
  private int headingAt;

  private BodyText(TextStats stats) {
    this.stats = stats;
  }

  static String of(List<Element> containers, TextStats stats) {
    BodyText b = new BodyText(stats);
    for (Element c : containers) {
      b.render(c);
    }
    return String.join("\n\n", b.paragraphs);
  }

  private void render(Element container) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          text(t);
        } else if (node instanceof Element e) {
          if (e != container && isLinkList(e)) {
            flush();
            dropTrailingHeading(); // "Related articles" goes with its list
            return FilterResult.SKIP_ENTIRELY;
          }
          if (e.normalName().equals("br")) {
            newline();
          } else if (Blocks.isBlock(e)) {
            flush();
            if (e.normalName().equals("pre")) {
              preDepth++;
            }
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && Blocks.isBlock(e)) {
          if (e.normalName().equals("pre")) {
            preDepth--;
          }
          flush();
          if (Blocks.isHeading(e) && paragraphs.size() > headingAt) {
            lastHeading = paragraphs.size() - 1;
          }
        }
        return FilterResult.CONTINUE;
      }
    }, container);
    flush();
    dropTrailingHeading(); // a heading with nothing after it introduced what was left out
  }

  /** Removes the last paragraph when it is a heading with nothing after it. */
  private void dropTrailingHeading() {
    if (lastHeading >= 0 && lastHeading == paragraphs.size() - 1) {
      paragraphs.remove(lastHeading);
    }
    lastHeading = -1;
    headingAt = paragraphs.size();
  }

  /**
   * A block that is mostly links with little text of its own: "related articles" with its heading,
   * a tag cloud, a list of links. Long link-rich blocks (a list of sources) stay.
   */
  private boolean isLinkList(Element e) {
    if (!Blocks.isBlock(e)) {
      return false;
    }
    int text = stats.text(e);
    return text > 0 && stats.linkDensity(e) > LINK_LIST_DENSITY && text - stats.linkText(e) < LINK_LIST_READABLE;
  }

  private void text(TextNode t) {
    Element block = block(t);
    if (block != null && skip(block)) {
      return;
    }
    String s = t.getWholeText();
    if (preDepth > 0) {
      current.append(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ' && current.charAt(current.length() - 1) != '\n') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
  }

  private static Element block(TextNode t) {
    for (Node n = t.parent(); n instanceof Element e; n = e.parent()) {
      if (Blocks.isBlock(e)) {
        return e;
      }
    }
    return null;
  }

  /** Whether a block's own text is furniture: mostly links, or a short run of links. */
  private boolean skip(Element block) {
    int own = stats.ownText(block);
    double ld = stats.ownLinkDensity(block);
    if (ld >= 0.75) {
      return true;
    }
    return ld > 0.4 && own < 120;
  }

  private void newline() {
    int end = current.length();
    while (end > 0 && current.charAt(end - 1) == ' ') {
      end--;
    }
    current.setLength(end);
    if (end > 0 && current.charAt(end - 1) != '\n') {
      current.append('\n');
    }
  }

  private void flush() {
    String p = current.toString().strip();
    current.setLength(0);
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }
}
