package org.storyline.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text measures of every element, computed in one iterative walk (deeply nested pages cannot
 * overflow the stack): characters of text in the subtree and inside links, and the same for the
 * element's own block, the text that belongs to it and not to a nested block element. Lengths count
 * non-whitespace-collapsed characters of trimmed text nodes, which is cheap and close enough to what
 * a reader sees.
 */
final class TextStats {
  /** Per element: [0] text, [1] link text, [2] own-block text, [3] own-block link text, [4] own-block punctuation. */
  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  private TextStats() {}

  static TextStats of(Element root) {
    TextStats s = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          s.addText(t);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e != root && e.parent() != null) {
          int[] mine = s.stats.get(e);
          if (mine != null) {
            if (e.normalName().equals("a")) {
              mine[1] = mine[0]; // everything inside a link is link text, whatever its depth
            }
            int[] parent = s.stats.computeIfAbsent(e.parent(), k -> new int[5]);
            parent[0] += mine[0];
            parent[1] += mine[1];
          }
        }
      }
    }, root);
    return s;
  }

  private void addText(TextNode t) {
    String text = t.getWholeText();
    int len = visibleLength(text);
    if (len == 0) {
      return;
    }
    boolean inLink = false;
    Element block = null;
    Element direct = t.parent() instanceof Element p ? p : null;
    for (Node n = t.parent(); n instanceof Element e; n = e.parent()) {
      if (!inLink && e.normalName().equals("a")) {
        inLink = true;
      }
      if (Blocks.isBlock(e)) {
        block = e;
        break;
      }
    }
    if (direct != null) {
      int[] d = stats.computeIfAbsent(direct, k -> new int[5]);
      d[0] += len;
      if (inLink) {
        d[1] += len;
      }
    }
    if (block != null) {
      int[] b = stats.computeIfAbsent(block, k -> new int[5]);
      b[2] += len;
      if (inLink) {
        b[3] += len;
      }
      b[4] += punctuation(text);
    }
  }

  private static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) {
          n++;
          space = true;
        }
      } else {
        n++;
        space = false;
      }
    }
    return n;
  }

  private static int punctuation(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '.' || c == ';' || c == '!' || c == '?' || c == '，' || c == '。') {
        n++;
      }
    }
    return n;
  }

  private int[] get(Element e) {
    int[] s = stats.get(e);
    return s == null ? EMPTY : s;
  }

  private static final int[] EMPTY = new int[5];

  int text(Element e) {
    return get(e)[0];
  }

  int linkText(Element e) {
    return get(e)[1];
  }

  int ownText(Element e) {
    return get(e)[2];
  }

  int ownLinkText(Element e) {
    return get(e)[3];
  }

  int ownPunctuation(Element e) {
    return get(e)[4];
  }

  double linkDensity(Element e) {
    int t = text(e);
    return t == 0 ? 0 : (double) linkText(e) / t;
  }

  double ownLinkDensity(Element e) {
    int t = ownText(e);
    return t == 0 ? 0 : (double) ownLinkText(e) / t;
  }
}
