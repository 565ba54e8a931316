package org.storyline.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.TimeExpression;

/**
 * Storyline's TIMEX3 tagger: dates, times, durations and sets, normalised against the article's
 * publication date (the anchor). Rule-based and written by hand because no Java library does this
 * offline at news speed: SUTime and HeidelTime, the two that exist, both need a part-of-speech
 * tagger (CoreNLP's, or TreeTagger, a native binary), which alone runs slower than this whole stage
 * by two orders of magnitude. Their conventions are kept (TimeBank's values and spans), their
 * known faults are not: a bare weekday or month goes back from the anchor in a past-tense clause
 * and forward in a future one, instead of to the nearest date whatever the tense.
 *
 * <p>Reads tokens and sentences; tense comes from cue words of the clause ({@link Tense}), so no
 * tagger is needed. Without a publication date, absolute dates still get their value and relative
 * ones get none (or TIMEX3's "XXXX" forms where those say something: "XXXX-09-04").
 *
 * <p>Stateless and thread-safe; what an article names for later reference ("the following year")
 * lives in one {@link Memory} per call.
 */
public final class TimeTagger implements Annotator {

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TIMES);
  }

  @Override
  public Document annotate(Document document) {
    return document.with(Layers.TIMES, tag(document.text(), document.get(Layers.TOKENS), document.get(Layers.SENTENCES),
        document.article().published() == null ? null : document.article().published().toLocalDate()));
  }

  /** The expressions of a text, in text order and not overlapping; {@code anchor} may be null. */
  static List<TimeExpression> tag(String text, List<Token> tokens, List<Sentence> sentences, LocalDate anchor) {
    Anchor a = anchor == null ? null : new Anchor(anchor);
    Memory memory = new Memory();
    List<TimeExpression> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Piece> pieces = Pieces.of(tokens, s.firstToken(), s.endToken());
      for (Grammar.Hit h : new Grammar(pieces, a, memory).parse()) {
        int start = pieces.get(h.start()).start();
        int end = pieces.get(h.end() - 1).end();
        out.add(new TimeExpression(start, end, text.substring(start, end), h.type(), h.value().timex()));
      }
    }
    return List.copyOf(out);
  }
}
