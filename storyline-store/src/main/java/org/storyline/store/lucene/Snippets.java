package org.storyline.store.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The best passage of an article's text for a query, as plain text with match ranges (never
 * markup: the web page escapes the text and marks the ranges itself, so no article text is ever
 * interpreted as HTML). Re-analyses the text, so the index need not store it twice.
 */
final class Snippets {
  /** A passage and the [start, end) ranges of matches in it. */
  record Snippet(String text, List<int[]> matches) {}

  private final UnifiedHighlighter highlighter;

  Snippets(Analyzer analyzer) {
    this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
        .withFormatter(new RangeFormatter())
        .withMaxLength(200_000)
        .build();
  }

  Snippet best(String field, Query query, String text) {
    try {
      Object result = highlighter.highlightWithoutSearcher(field, query, text, 1);
      if (result instanceof Snippet s && !s.text().isEmpty()) {
        return s;
      }
    } catch (IOException | RuntimeException e) {
      // a passage is a convenience; the hit stands without one
    }
    return head(text);
  }

  /** The start of the text, for a hit that no query terms matched (a filter alone). */
  static Snippet head(String text) {
    return new Snippet(text.length() <= 240 ? text : text.substring(0, 240) + "…", List.of());
  }

  private static final class RangeFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      if (passages.length == 0) {
        return null;
      }
      Passage p = passages[0];
      int start = p.getStartOffset();
      int end = Math.min(content.length(), p.getEndOffset());
      List<int[]> ranges = new ArrayList<>();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int ms = p.getMatchStarts()[i];
        int me = p.getMatchEnds()[i];
        if (ms >= start && me <= end) {
          ranges.add(new int[] {ms - start, me - start});
        }
      }
      return new Snippet(content.substring(start, end).strip().isEmpty() ? "" : content.substring(start, end), ranges);
    }
  }
}
