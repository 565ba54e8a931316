package org.storyline.annotate.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Spans between quotation marks, paragraph by paragraph (a paragraph ends at a line break): curly
 * (“…”), low-high („…“), guillemets («…», »…«), straight ("…") and doubled-apostrophe (''…'') double quotes. Single quotes are
 * left alone: they are apostrophes far more often than quotation marks. A quote still open at the
 * end of its paragraph ends there, which is the wire convention for a quote that runs on into the
 * next paragraph (that paragraph opens it again).
 */
final class QuoteMarks {
  /** [start, end): start at the opening mark, end after the closing mark (or at the paragraph's end). */
  record Span(int start, int end, boolean closed) {}

  private QuoteMarks() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (open >= 0) {
          add(spans, text, open, i, false);
          open = -1;
        }
      } else if (open < 0) {
        closer = doubled(text, i) ? '\'' : closerOf(c);
        if (closer != 0) {
          open = i;
          i += closer == '\'' ? 1 : 0;
        }
      } else if (closer == '\'' ? doubled(text, i) : c == closer || (closer == '”' && c == '"') || (closer == '"' && c == '”')) {
        i += closer == '\'' ? 1 : 0;
        add(spans, text, open, i + 1, true);
        open = -1;
      }
    }
    if (open >= 0) {
      add(spans, text, open, text.length(), false);
    }
    return spans;
  }

  /** Two apostrophes or backquotes standing for a double quotation mark (''…'', ``…''), as some newspapers' text has. */
  private static boolean doubled(String text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c == '\'' || c == '`') && text.charAt(i + 1) == c;
  }

  /** The mark that closes a quote opened by {@code c}, or 0 when c opens none. */
  private static char closerOf(char c) {
    return switch (c) {
      case '“' -> '”';
      case '"' -> '"';
      case '„' -> '“';
      case '«' -> '»';
      case '»' -> '«';
      default -> 0;
    };
  }

  private static void add(List<Span> spans, String text, int start, int end, boolean closed) {
    while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start + 1) {
      spans.add(new Span(start, end, closed));
    }
  }
}
