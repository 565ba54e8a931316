package org.storyline.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Figure;

/**
 * Numbers of people and what happened to them: killed, injured, displaced (refugees as a
 * subtype), missing, arrested, besieged (cut off), other, or just people; with the range the
 * words allow ("hundreds" 200..999), whether approximate ("around", "at least") or a running total
 * ("the death toll rose to 66"), who the sentence attributes it to, and the date it refers to.
 * Dates, durations ("48-hour ceasefires", "five-year war"), ages, money, percentages, scores and
 * counts of things are not figures. How a number is read: {@link FigureReader}.
 *
 * <p>Runs after the canonical names (the source of a figure takes its entity's canonical name)
 * and the time expressions (never a figure; the date a figure refers to).
 */
public final class FigureExtractor implements Annotator {

  @Override
  public String name() {
    return "figures";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES, Layers.TIMES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.FIGURES);
  }

  @Override
  public Document annotate(Document document) {
    List<Token> tokens = document.get(Layers.TOKENS);
    FigureReader reader = new FigureReader(document);
    List<Figure> figures = new ArrayList<>();
    for (Sentence s : document.get(Layers.SENTENCES)) {
      FigureReader.Found previous = null;
      int i = s.firstToken();
      while (i < s.endToken()) {
        Quantity q = NumberReader.read(tokens, i, s.endToken());
        if (q == null) {
          i++;
          continue;
        }
        FigureReader.Found f = reader.read(s, q, previous);
        if (f != null) {
          figures.add(f.figure());
          previous = f;
        }
        i = q.end();
      }
    }
    return document.with(Layers.FIGURES, List.copyOf(figures));
  }
}
