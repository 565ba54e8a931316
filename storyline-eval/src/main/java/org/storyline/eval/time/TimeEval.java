package org.storyline.eval.time;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.time.TimeTagger;
import org.storyline.eval.Table;
import org.storyline.model.Article;
import org.storyline.model.TimeExpression;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.pipeline.Pipeline;

/**
 * TIMEX3 recognition and normalisation scored the TempEval-3 way on TimeML documents, each
 * anchored at its own creation time (DCT): strict span match (same start and end), relaxed match
 * (any overlap, one gold per system expression), type accuracy among relaxed matches, and value
 * F1, where an expression counts when it matches relaxed and has the gold value. Scores are
 * given for the development part, the held-out part ({@link TimemlDocument#heldOut}) and all.
 */
public final class TimeEval {
  /** HeidelTime's value F1 on TempEval-3 (UzZaman et al. 2013, task A), the published anchor. */
  public static final double HEIDELTIME_TE3_VALUE_F1 = 0.776;

  public enum Split {
    DEV("dev"), HELD_OUT("held-out"), ALL("all");

    private final String label;

    Split(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Counts for one split; the measures derive from them. */
  public record Scores(long gold, long found, long strict, long relaxed, long typeCorrect, long valueCorrect) {
    static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0);

    Scores plus(Scores o) {
      return new Scores(gold + o.gold, found + o.found, strict + o.strict, relaxed + o.relaxed,
          typeCorrect + o.typeCorrect, valueCorrect + o.valueCorrect);
    }

    public double strictF1() {
      return f1(strict);
    }

    public double relaxedPrecision() {
      return found == 0 ? 0 : (double) relaxed / found;
    }

    public double relaxedRecall() {
      return gold == 0 ? 0 : (double) relaxed / gold;
    }

    public double relaxedF1() {
      return f1(relaxed);
    }

    public double typeAccuracy() {
      return relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
    }

    public double valuePrecision() {
      return found == 0 ? 0 : (double) valueCorrect / found;
    }

    public double valueRecall() {
      return gold == 0 ? 0 : (double) valueCorrect / gold;
    }

    public double valueF1() {
      return f1(valueCorrect);
    }

    private double f1(long matched) {
      return gold + found == 0 ? 0 : 2.0 * matched / (gold + found);
    }
  }

  /** One way an expression went wrong, for reading (only development documents are listed). */
  public record Mistake(String doc, String kind, TimeExpression gold, TimeExpression found, String context) {}

  /**
   * One system's scores.
   *
   * @param tokens  tokens of the corpus as the pipeline tokenized it
   * @param seconds CPU time of the timed stage alone, over the whole corpus (one pass: includes the JIT's warm-up)
   */
  public record Result(String system, Map<Split, Scores> scores, long tokens, double seconds, List<Mistake> mistakes) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /**
   * A system to score: the stages that prepare a document, and the stage that gives the times,
   * whose CPU time is the speed reported.
   */
  public record Tagger(String name, List<Annotator> before, Annotator timed) {
    public Tagger {
      before = List.copyOf(before);
    }
  }

  /** Storyline's times as the standard pipeline makes them: CoreNLP's tokens and sentences, then the tagger. */
  public static Tagger storyline() {
    return new Tagger("storyline", List.of(new CoreNlpAnnotator(CoreNlpAnnotator.Settings.DEFAULTS)), new TimeTagger());
  }

  /** The anchor: CoreNLP 4.5.10 with SUTime (tokenize, ssplit, pos, lemma, ner), given the DCT as the document date. */
  public static Tagger sutime() {
    return new Tagger("SUTime (CoreNLP 4.5.10)", List.of(),
        new CoreNlpAnnotator(new CoreNlpAnnotator.Settings(CoreNlpAnnotator.Settings.CONLL_4CLASS, true, false)));
  }

  private final List<TimemlDocument> docs;

  public TimeEval(List<TimemlDocument> docs) {
    this.docs = List.copyOf(docs);
  }

  public List<TimemlDocument> documents() {
    return docs;
  }

  /** Scores a tagger; its speed is tokens per CPU second of its timed stage (per core, whatever else the machine runs). */
  public Result score(Tagger tagger) {
    Pipeline before = Pipeline.of(tagger.before(), List.of());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Split, Scores> scores = new EnumMap<>(Split.class);
    for (Split s : Split.values()) {
      scores.put(s, Scores.ZERO);
    }
    List<Mistake> mistakes = new ArrayList<>();
    long tokens = 0;
    long cpu = 0;
    for (TimemlDocument d : docs) {
      Article article = new Article(d.id(), null, null, null, d.text(), d.dct().atStartOfDay().atOffset(ZoneOffset.UTC), "en");
      Document prepared = switch (before.run(article)) {
        case org.storyline.model.Result.Ok<Document> ok -> ok.value();
        case org.storyline.model.Result.Rejected<Document> r -> throw new IllegalStateException(d.id() + ": " + r.message());
      };
      long c = threads.getCurrentThreadCpuTime();
      Document out = tagger.timed().annotate(prepared);
      cpu += threads.getCurrentThreadCpuTime() - c;
      tokens += out.get(Layers.TOKENS).size();
      Scores s = match(d, out.get(Layers.TIMES), d.heldOut() ? null : mistakes);
      Split split = d.heldOut() ? Split.HELD_OUT : Split.DEV;
      scores.put(split, scores.get(split).plus(s));
      scores.put(Split.ALL, scores.get(Split.ALL).plus(s));
    }
    return new Result(tagger.name(), Map.copyOf(scores), tokens, cpu / 1e9, List.copyOf(mistakes));
  }

  /** TempEval-3 matching: each gold expression takes the unused system expression it overlaps most. */
  static Scores match(TimemlDocument d, List<TimeExpression> found, List<Mistake> mistakes) {
    List<TimeExpression> system = found.stream().sorted(Comparator.comparingInt(TimeExpression::start)).toList();
    boolean[] used = new boolean[system.size()];
    long strict = 0;
    long relaxed = 0;
    long type = 0;
    long value = 0;
    for (TimeExpression g : d.gold()) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < system.size(); i++) {
        int overlap = Math.min(g.end(), system.get(i).end()) - Math.max(g.start(), system.get(i).start());
        if (!used[i] && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        note(mistakes, d, "missed", g, null);
        continue;
      }
      used[best] = true;
      TimeExpression s = system.get(best);
      relaxed++;
      strict += s.start() == g.start() && s.end() == g.end() ? 1 : 0;
      type += s.type().equals(g.type()) ? 1 : 0;
      if (g.value() != null && g.value().equals(s.value())) {
        value++;
      } else {
        note(mistakes, d, "value", g, s);
      }
    }
    for (int i = 0; i < system.size(); i++) {
      if (!used[i]) {
        note(mistakes, d, "spurious", null, system.get(i));
      }
    }
    return new Scores(d.gold().size(), system.size(), strict, relaxed, type, value);
  }

  private static void note(List<Mistake> mistakes, TimemlDocument d, String kind, TimeExpression gold, TimeExpression found) {
    if (mistakes == null) {
      return;
    }
    TimeExpression at = gold != null ? gold : found;
    int from = Math.max(0, at.start() - 70);
    int to = Math.min(d.text().length(), at.end() + 40);
    String context = (d.text().substring(from, at.start()) + "[[" + d.text().substring(at.start(), at.end()) + "]]"
        + d.text().substring(at.end(), to)).replace('\n', ' ');
    mistakes.add(new Mistake(d.id() + " " + d.dct(), kind, gold, found, context));
  }

  /** The results side by side, one row per system and split. */
  public static String table(List<Result> results) {
    Table t = new Table("system", "split", "gold", "found", "strict F1", "relaxed P", "relaxed R", "relaxed F1", "type acc",
        "value P", "value R", "value F1");
    for (Result r : results) {
      for (Split s : Split.values()) {
        Scores c = r.scores().get(s);
        t.row(r.system(), s.toString(), c.gold(), c.found(), c.strictF1(), c.relaxedPrecision(), c.relaxedRecall(),
            c.relaxedF1(), c.typeAccuracy(), c.valuePrecision(), c.valueRecall(), c.valueF1());
      }
    }
    return t.toString();
  }

  /** Speed of each system's timed stage over the corpus. */
  public static String speedTable(List<Result> results) {
    Table t = new Table("system", "tokens", "CPU s", "tokens/CPU s");
    for (Result r : results) {
      t.row(r.system(), r.tokens(), r.seconds(), Math.round(r.tokensPerSecond()));
    }
    return t.toString();
  }

  /** The mistakes as tab-separated lines: kind, document, gold type/value/text, found type/value/text, context. */
  public static String mistakes(Result r) {
    StringBuilder b = new StringBuilder();
    for (Mistake m : r.mistakes()) {
      b.append(m.kind()).append('\t').append(m.doc()).append('\t')
          .append(m.gold() == null ? "-\t-\t-" : m.gold().type() + "\t" + m.gold().value() + "\t" + m.gold().text()).append('\t')
          .append(m.found() == null ? "-\t-\t-" : m.found().type() + "\t" + m.found().value() + "\t" + m.found().text()).append('\t')
          .append(m.context()).append('\n');
    }
    return b.toString();
  }
}
