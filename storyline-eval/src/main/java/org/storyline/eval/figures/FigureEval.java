package org.storyline.eval.figures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.eval.Counts;
import org.storyline.eval.Table;
import org.storyline.model.Article;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;
import org.storyline.model.Result;
import org.storyline.model.TimeExpression;
import org.storyline.nlp.StandardPipeline;
import org.storyline.pipeline.Pipeline;

/**
 * Figures scored on the hand-annotated gold ({@link FigureGold}), end to end: each document's text
 * goes through the whole standard pipeline (CoreNLP, then the standard stages) as an article would.
 *
 * <p>A predicted figure matches a gold one when their spans overlap (overlap rather than exact
 * offsets, because "about 250,000" and "250,000" count the same people) and kind and value are
 * equal; matching is one to one, in text order. Precision counts every figure predicted anywhere in
 * the documents read, which were annotated whole. The span score matches on overlap alone. The
 * attributes are scored on span-matched pairs: approximate and range (min, max) by equality;
 * cumulative where the gold says; source right when both are null or their spans overlap; date
 * right when the figure's date is the value the pipeline's own time layer gives the gold's time
 * expression (or both are null), so it scores the attachment, not the normalisation.
 */
public final class FigureEval {
  /** How often an attribute agrees with the gold. */
  public record Agreement(long agree, long of) {
    static final Agreement NONE = new Agreement(0, 0);

    Agreement plus(boolean ok) {
      return new Agreement(agree + (ok ? 1 : 0), of + 1);
    }

    public double rate() {
      return of == 0 ? Double.NaN : (double) agree / of;
    }
  }

  /** One system's scores on one split; {@code errors} lists what went wrong, one line each. */
  public record Score(String system, String split, int docs, int gold, int predicted, Counts strict, Counts spans,
      Map<FigureKind, Counts> byKind, Agreement approximate, Agreement cumulative, Agreement source, Agreement range,
      Agreement date, List<String> errors) {}

  /** A gold document with what the pipeline made of its text. */
  public record Annotated(FigureGold.Doc gold, Document document) {}

  private final FigureGold gold;
  private final SharedTexts texts;

  /** Reads the texts from {@code data} (the shared data folder) and checks every gold span against them. */
  public FigureEval(FigureGold gold, Path data) throws IOException {
    this.gold = gold;
    this.texts = new SharedTexts(data);
    for (FigureGold.Doc d : gold.docs()) {
      String text = texts.text(d);
      if (text.length() != d.chars()) {
        throw new IllegalStateException(d.corpus() + ":" + d.id() + " has " + text.length() + " chars in the shared data, "
            + d.chars() + " in the gold: the data changed");
      }
      for (FigureGold.Gold f : d.figures()) {
        check(d, text, new FigureGold.Span(f.start(), f.end(), f.text()));
        if (f.source() != null) {
          check(d, text, f.source());
        }
        if (f.when() != null) {
          check(d, text, f.when());
        }
      }
    }
  }

  private static void check(FigureGold.Doc d, String text, FigureGold.Span s) {
    if (s.end() > text.length() || !text.substring(s.start(), s.end()).equals(s.text())) {
      throw new IllegalStateException(d.corpus() + ":" + d.id() + " [" + s.start() + "," + s.end() + ") should read '" + s.text()
          + "' but the shared text differs there");
    }
  }

  /** Storyline's standard pipeline (loads CoreNLP and the gazetteer: call once). */
  public static Pipeline standardPipeline() {
    return StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled());
  }

  /** Runs the pipeline over the documents of one split. */
  public List<Annotated> annotate(Pipeline pipeline, String split) {
    List<Annotated> out = new ArrayList<>();
    for (FigureGold.Doc d : gold.split(split)) {
      Article article = new Article(d.corpus() + ":" + d.id(), null, null, null, texts.text(d), null, "en");
      switch (pipeline.run(article)) {
        case Result.Ok<Document> ok -> out.add(new Annotated(d, ok.value()));
        case Result.Rejected<Document> r -> throw new IllegalStateException(article.id() + ": pipeline rejected it: " + r.message());
      }
    }
    return out;
  }

  /** Scores the figures {@code extractor} reads off each annotated document. */
  public static Score score(String system, String split, List<Annotated> docs, Function<Document, List<Figure>> extractor) {
    Tally t = new Tally();
    for (Annotated a : docs) {
      t.add(a, extractor.apply(a.document()));
    }
    return new Score(system, split, docs.size(), t.gold, t.predicted, t.strict, t.spans, t.byKind, t.approximate,
        t.cumulative, t.source, t.range, t.date, List.copyOf(t.errors));
  }

  /** Running totals over the documents of one score. */
  private static final class Tally {
    int gold;
    int predicted;
    Counts strict = Counts.ZERO;
    Counts spans = Counts.ZERO;
    final Map<FigureKind, Counts> byKind = new EnumMap<>(FigureKind.class);
    Agreement approximate = Agreement.NONE;
    Agreement cumulative = Agreement.NONE;
    Agreement source = Agreement.NONE;
    Agreement range = Agreement.NONE;
    Agreement date = Agreement.NONE;
    final List<String> errors = new ArrayList<>();

    void add(Annotated a, List<Figure> predictedFigures) {
      String text = a.document().text();
      String doc = a.gold().corpus() + ":" + a.gold().id();
      List<FigureGold.Gold> golds = a.gold().figures();
      gold += golds.size();
      predicted += predictedFigures.size();
      boolean[] strictUsed = new boolean[predictedFigures.size()];
      boolean[] spanUsed = new boolean[predictedFigures.size()];
      for (FigureGold.Gold g : golds) {
        int s = find(predictedFigures, strictUsed, g, true);
        if (s >= 0) {
          strictUsed[s] = true;
          strict = strict.plus(new Counts(1, 0, 0, 0));
          byKind.merge(g.kind(), new Counts(1, 0, 0, 0), Counts::plus);
        } else {
          strict = strict.plus(new Counts(0, 0, 1, 0));
          byKind.merge(g.kind(), new Counts(0, 0, 1, 0), Counts::plus);
        }
        int m = find(predictedFigures, spanUsed, g, false);
        if (m < 0) {
          spans = spans.plus(new Counts(0, 0, 1, 0));
          errors.add("MISSED  " + doc + " " + context(text, g.start(), g.end()) + " " + g.kind().code() + " " + g.value());
          continue;
        }
        spanUsed[m] = true;
        spans = spans.plus(new Counts(1, 0, 0, 0));
        Figure p = predictedFigures.get(m);
        attributes(doc, text, a.document(), g, p, s >= 0);
      }
      for (int i = 0; i < predictedFigures.size(); i++) {
        Figure p = predictedFigures.get(i);
        if (!strictUsed[i]) {
          strict = strict.plus(new Counts(0, 1, 0, 0));
          byKind.merge(p.kind(), new Counts(0, 1, 0, 0), Counts::plus);
        }
        if (!spanUsed[i]) {
          spans = spans.plus(new Counts(0, 1, 0, 0));
          errors.add("FALSE   " + doc + " " + context(text, p.start(), p.end()) + " " + p.kind().code() + " " + p.value());
        }
      }
    }

    private void attributes(String doc, String text, Document d, FigureGold.Gold g, Figure p, boolean strictMatch) {
      String where = doc + " " + context(text, g.start(), g.end());
      if (!strictMatch) {
        errors.add("WRONG   " + where + " gold " + g.kind().code() + " " + g.value() + ", got " + p.kind().code() + " " + p.value());
      }
      approximate = approximate.plus(note(g.approximate() == p.approximate(), where, "approximate", g.approximate(), p.approximate()));
      range = range.plus(note(Objects.equals(g.min(), p.min()) && Objects.equals(g.max(), p.max()), where, "range",
          g.min() + ".." + g.max(), p.min() + ".." + p.max()));
      if (g.cumulative() != null) {
        cumulative = cumulative.plus(note(g.cumulative() == p.cumulative(), where, "cumulative", g.cumulative(), p.cumulative()));
      }
      boolean sourceOk = g.source() == null
          ? p.source() == null
          : p.source() != null && g.source().overlaps(p.source().start(), p.source().end());
      source = source.plus(note(sourceOk, where, "source", g.source() == null ? null : g.source().text(),
          p.source() == null ? null : p.source().text()));
      String expected = g.when() == null ? null : timeValue(d, g.when());
      date = date.plus(note(Objects.equals(expected, p.date()), where, "date",
          g.when() == null ? null : g.when().text() + "=" + expected, p.date()));
    }

    private boolean note(boolean ok, String where, String attribute, Object gold, Object got) {
      if (!ok) {
        errors.add("ATTR    " + where + " " + attribute + ": gold " + gold + ", got " + got);
      }
      return ok;
    }
  }

  /** The value the time layer gives the expression at {@code when}; a marker no figure can carry when it found none there. */
  private static String timeValue(Document d, FigureGold.Span when) {
    for (TimeExpression t : d.get(Layers.TIMES)) {
      if (when.overlaps(t.start(), t.end())) {
        return t.value();
      }
    }
    return "(no time expression found)";
  }

  private static int find(List<Figure> predicted, boolean[] used, FigureGold.Gold g, boolean strict) {
    for (int i = 0; i < predicted.size(); i++) {
      Figure p = predicted.get(i);
      boolean overlap = p.start() < g.end() && g.start() < p.end();
      if (!used[i] && overlap && (!strict || (p.kind() == g.kind() && p.value() == g.value()))) {
        return i;
      }
    }
    return -1;
  }

  private static String context(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - 35), start);
    String after = text.substring(end, Math.min(text.length(), end + 35));
    return ("'" + before + "[" + text.substring(start, end) + "]" + after + "'").replace('\n', ' ');
  }

  /** The anchor's figures: every cardinal number, as people ({@link NumbersBaseline}). */
  public static List<Figure> numbersBaseline(Document d) {
    return NumbersBaseline.figures(d);
  }

  /** The scores side by side: span+kind+value P/R/F1, span-only F1, attribute agreement. */
  public static String table(List<Score> scores) {
    Table t = new Table("system", "split", "docs", "gold", "found", "P", "R", "F1", "span F1", "approx", "cumul", "source",
        "range", "date");
    for (Score s : scores) {
      t.row(s.system(), s.split(), s.docs(), s.gold(), s.predicted(), s.strict().precision(), s.strict().recall(),
          s.strict().f1(), s.spans().f1(), s.approximate().rate(), s.cumulative().rate(), s.source().rate(),
          s.range().rate(), s.date().rate());
    }
    return t.toString();
  }

  /** F1 per kind (span+kind+value), with the number of gold figures of each kind. */
  public static String kindTable(List<Score> scores) {
    Table t = new Table("system", "split", "kind", "gold", "P", "R", "F1");
    for (Score s : scores) {
      for (Map.Entry<FigureKind, Counts> e : s.byKind().entrySet()) {
        Counts c = e.getValue();
        t.row(s.system(), s.split(), e.getKey().code(), c.tp() + c.fn(), c.precision(), c.recall(), c.f1());
      }
    }
    return t.toString();
  }
}
