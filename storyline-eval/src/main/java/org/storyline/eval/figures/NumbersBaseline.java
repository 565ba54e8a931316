package org.storyline.eval.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Token;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;

/**
 * The anchor: every cardinal number is a figure of people (digits with separators, and the number
 * words up to ninety), exact, with no kind. It bounds what naive number spotting gets: the recall
 * of finding numbers at all, and the precision of not telling people from days and dollars.
 */
final class NumbersBaseline {
  private static final Map<String, Long> WORDS = Map.ofEntries(
      Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
      Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L),
      Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("twenty", 20L), Map.entry("thirty", 30L),
      Map.entry("forty", 40L), Map.entry("fifty", 50L), Map.entry("sixty", 60L), Map.entry("seventy", 70L),
      Map.entry("eighty", 80L), Map.entry("ninety", 90L));

  private NumbersBaseline() {}

  static List<Figure> figures(Document d) {
    List<Figure> out = new ArrayList<>();
    for (Token t : d.get(Layers.TOKENS)) {
      String w = t.text().toLowerCase(Locale.ROOT);
      Long value = WORDS.get(w);
      if (value == null && w.matches("\\d{1,3}(,\\d{3})+|\\d{1,9}")) {
        value = Long.parseLong(w.replace(",", ""));
      }
      if (value != null) {
        out.add(new Figure(t.start(), t.end(), t.text(), value, FigureKind.PEOPLE, false));
      }
    }
    return out;
  }
}
