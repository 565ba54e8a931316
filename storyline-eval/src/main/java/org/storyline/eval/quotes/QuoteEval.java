package org.storyline.eval.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.quotes.QuoteExtractor;
import org.storyline.eval.Table;
import org.storyline.eval.quotes.PolnearCorpus.Attribution;
import org.storyline.eval.quotes.PolnearCorpus.Doc;
import org.storyline.eval.quotes.PolnearCorpus.Span;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.model.Result;
import org.storyline.nlp.StandardPipeline;
import org.storyline.pipeline.Pipeline;

/**
 * Quotes scored on PolNeAR attributions.
 *
 * <p><b>Content.</b> A gold attribution's content (the union of its fragments) is <em>found</em> when
 * at least half of its characters lie inside predicted quote contents; a predicted quote is
 * <em>correct</em> when at least half of its characters lie inside gold contents. Recall = found /
 * gold, precision = correct / predicted.
 *
 * <p><b>Speaker</b>, on found attributions that have a gold Source, judged against the predicted quote
 * that overlaps the gold content most. PolNeAR marks no coreference, so the gold Source's referent is:
 * <ul>
 *   <li><i>named</i>: the Source span holds a PERSON/ORGANIZATION mention (from the pipeline's NER):
 *       that name;
 *   <li><i>pronoun or definite description</i> ("he", "the minister", "the campaign"): the name of the
 *       nearest earlier gold Source of the document that is named (a proxy for coreference);
 *   <li><i>indefinite</i> ("a source", "officials", "polls"): nobody; only a null speaker is right.
 * </ul>
 * A predicted speaker is right when its mention overlaps the gold Source span, or when its name and
 * the referent's name share their last word (case-insensitive), or when both are nobody.
 *
 * <p><b>Cue</b>, on the same found attributions: right when the predicted cue overlaps the gold Cue.
 */
public final class QuoteEval {
  private static final Set<String> DEFINITE = Set.of("he", "she", "him", "her", "his", "they", "them", "their", "it", "its",
      "i", "we", "me", "us", "my", "our", "the", "this", "that", "these", "those");

  /** A system's quote, in the terms both systems can give. Any span may be null. */
  public record Prediction(int start, int end, Span speaker, String speakerName, Span cue) {}

  /** A document as the systems see it: the pipeline's output, for NER of gold sources and token counts. */
  public record Prepared(Doc gold, Document document) {}

  /** One system's scores. */
  public record Scores(String system, int docs, long predicted, long correct, long gold, long found, long directGold,
      long directFound, long speakerScored, long speakerRight, long[] speakerByKind, long[] rightByKind, long cueScored,
      long cueRight, long tokens, double seconds) {
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Recall on gold contents in quotation marks, the only ones CoreNLP's annotator looks for. */
    public double directRecall() {
      return directGold == 0 ? 0 : (double) directFound / directGold;
    }

    public double speakerAccuracy() {
      return speakerScored == 0 ? Double.NaN : (double) speakerRight / speakerScored;
    }

    public double speakerAccuracy(int kind) {
      return speakerByKind[kind] == 0 ? Double.NaN : (double) rightByKind[kind] / speakerByKind[kind];
    }

    public double cueAccuracy() {
      return cueScored == 0 ? Double.NaN : (double) cueRight / cueScored;
    }

    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  static final int NAMED = 0;
  static final int DEFINITE_REF = 1;
  static final int INDEFINITE = 2;

  private final PolnearCorpus corpus;

  public QuoteEval(PolnearCorpus corpus) {
    this.corpus = corpus;
  }

  /** The standard pipeline, as {@code storyline annotate} runs it. */
  public static Pipeline standardPipeline() {
    return StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled());
  }

  /** Documents the pipeline annotated, with the CPU seconds of all stages and of the quote stage. */
  public record Run(List<Prepared> docs, long tokens, double seconds, double quoteSeconds) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  /** Runs the pipeline over the first {@code limit} documents. */
  public Run run(Pipeline pipeline, int limit) {
    List<Prepared> out = new ArrayList<>();
    long tokens = 0;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    for (Doc d : corpus.docs().subList(0, Math.min(limit, corpus.docs().size()))) {
      Document doc = switch (pipeline.run(new Article(d.name(), null, null, null, d.text(), null, "en"))) {
        case Result.Ok<Document> ok -> ok.value();
        case Result.Rejected<Document> r -> throw new IllegalStateException(d.name() + ": " + r.message());
      };
      tokens += doc.get(Layers.TOKENS).size();
      out.add(new Prepared(d, doc));
    }
    double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    return new Run(List.copyOf(out), tokens, seconds, quoteStageCpuSeconds(out));
  }

  /**
   * CPU time of this thread for the quote stage alone over the documents (best of three passes, so
   * that the JIT has warmed up): CPU time, not wall time, because the machine may be shared.
   */
  static double quoteStageCpuSeconds(List<Prepared> docs) {
    QuoteExtractor stage = new QuoteExtractor();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Prepared p : docs) {
        stage.annotate(p.document());
      }
      best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
    }
    return best / 1e9;
  }

  /** Storyline's scores on a run. */
  public static Scores ours(String system, Run run) {
    return score(system, run.docs(), run.docs().stream().map(p -> ours(p.document())).toList(), run.tokens(), run.quoteSeconds());
  }

  /** Storyline's quotes, from documents the pipeline annotated. */
  public static List<Prediction> ours(Document d) {
    List<Prediction> out = new ArrayList<>();
    for (Quote q : d.get(Layers.QUOTES)) {
      out.add(new Prediction(q.start(), q.end(), q.speaker() == null ? null : new Span(q.speaker().start(), q.speaker().end()),
          q.speakerName(), q.cue() == null ? null : new Span(q.cue().start(), q.cue().end())));
    }
    return out;
  }

  /** Scores predictions made on the prepared documents (in the same order). */
  public static Scores score(String system, List<Prepared> docs, List<List<Prediction>> predictions, long tokens, double seconds) {
    long predicted = 0;
    long correct = 0;
    long gold = 0;
    long found = 0;
    long directGold = 0;
    long directFound = 0;
    long speakerScored = 0;
    long speakerRight = 0;
    long[] byKind = new long[3];
    long[] rightByKind = new long[3];
    long cueScored = 0;
    long cueRight = 0;
    for (int i = 0; i < docs.size(); i++) {
      Prepared p = docs.get(i);
      List<Prediction> preds = predictions.get(i);
      BitSet goldChars = new BitSet();
      p.gold().attributions().forEach(a -> a.content().forEach(s -> goldChars.set(s.start(), s.end())));
      BitSet predChars = new BitSet();
      for (Prediction q : preds) {
        predChars.set(q.start(), q.end());
        predicted++;
        if (2 * covered(goldChars, q.start(), q.end()) >= q.end() - q.start()) {
          correct++;
        }
      }
      List<Entity> names = p.document().get(Layers.ENTITIES).stream()
          .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION).toList();
      for (Attribution a : p.gold().attributions()) {
        gold++;
        boolean direct = isDirect(p.gold().text(), a);
        directGold += direct ? 1 : 0;
        long length = a.content().stream().mapToLong(Span::length).sum();
        long in = a.content().stream().mapToLong(s -> covered(predChars, s.start(), s.end())).sum();
        if (length == 0 || 2 * in < length) {
          continue;
        }
        found++;
        directFound += direct ? 1 : 0;
        Prediction best = best(preds, a);
        if (!a.cue().isEmpty()) {
          cueScored++;
          if (best.cue() != null && a.cue().stream().anyMatch(s -> overlaps(s, best.cue()))) {
            cueRight++;
          }
        }
        if (!a.source().isEmpty()) {
          speakerScored++;
          Referent ref = referent(p.gold(), a, names);
          byKind[ref.kind()]++;
          if (speakerRight(best, a, ref)) {
            speakerRight++;
            rightByKind[ref.kind()]++;
          }
        }
      }
    }
    return new Scores(system, docs.size(), predicted, correct, gold, found, directGold, directFound, speakerScored,
        speakerRight, byKind, rightByKind, cueScored, cueRight, tokens, seconds);
  }

  /** Whether the gold content opens with a quotation mark. */
  static boolean isDirect(String text, Attribution a) {
    String content = text.substring(a.content().get(0).start(), a.content().get(0).end()).strip();
    return !content.isEmpty() && "\"“”„«»'‘`".indexOf(content.charAt(0)) >= 0;
  }

  /** Who a gold Source refers to: a name, or nobody (null); {@code kind} says how it was decided. */
  record Referent(int kind, List<String> names) {}

  static Referent referent(Doc doc, Attribution a, List<Entity> entities) {
    List<String> own = namesIn(a.source(), entities);
    if (!own.isEmpty()) {
      return new Referent(NAMED, own);
    }
    String first = doc.text().substring(a.source().get(0).start(), a.source().get(0).end()).strip().split("[\\s’']+")[0]
        .toLowerCase(Locale.ROOT);
    if (!DEFINITE.contains(first)) {
      return new Referent(INDEFINITE, List.of());
    }
    int at = a.source().get(0).start();
    Attribution nearest = null;
    for (Attribution other : doc.attributions()) {
      if (!other.source().isEmpty() && other.source().get(0).start() < at && !namesIn(other.source(), entities).isEmpty()
          && (nearest == null || other.source().get(0).start() > nearest.source().get(0).start())) {
        nearest = other;
      }
    }
    return new Referent(DEFINITE_REF, nearest == null ? List.of() : namesIn(nearest.source(), entities));
  }

  private static List<String> namesIn(List<Span> spans, List<Entity> entities) {
    List<String> out = new ArrayList<>();
    for (Span s : spans) {
      for (Entity e : entities) {
        if (e.start() >= s.start() && e.end() <= s.end()) {
          out.add(e.canonical() != null ? e.canonical() : e.text());
        }
      }
    }
    return out;
  }

  private static boolean speakerRight(Prediction q, Attribution a, Referent ref) {
    if (q.speaker() != null && a.source().stream().anyMatch(s -> overlaps(s, q.speaker()))) {
      return true;
    }
    if (ref.names().isEmpty()) {
      return q.speakerName() == null;
    }
    return q.speakerName() != null && ref.names().stream().anyMatch(n -> lastWord(n).equals(lastWord(q.speakerName())));
  }

  static String lastWord(String name) {
    String[] words = name.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").strip().split("\\s+");
    return words[words.length - 1];
  }

  private static Prediction best(List<Prediction> preds, Attribution a) {
    Prediction best = null;
    long most = -1;
    for (Prediction q : preds) {
      long o = a.content().stream().mapToLong(s -> Math.max(0, Math.min(s.end(), q.end()) - Math.max(s.start(), q.start()))).sum();
      if (o > most) {
        best = q;
        most = o;
      }
    }
    return best;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  private static long covered(BitSet chars, int start, int end) {
    return chars.get(start, end).cardinality();
  }

  /**
   * CoreNLP's quote annotator with attribution ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}),
   * scored on the given documents; tokens/s counts the whole chain, which quote attribution needs.
   */
  public static Scores coreNlp(List<Prepared> docs) {
    StanfordCoreNLP corenlp = coreNlpQuotes();
    List<List<Prediction>> predictions = new ArrayList<>();
    long tokens = 0;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    for (Prepared p : docs) {
      Annotation a = new Annotation(p.gold().text());
      corenlp.annotate(a);
      List<CoreLabel> toks = a.get(CoreAnnotations.TokensAnnotation.class);
      tokens += toks.size();
      List<Prediction> preds = new ArrayList<>();
      List<CoreMap> quotes = a.get(CoreAnnotations.QuotationsAnnotation.class);
      for (CoreMap q : quotes == null ? List.<CoreMap>of() : quotes) {
        int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        Span mention = mb == null || me == null ? null
            : new Span(toks.get(mb).beginPosition(), toks.get(me).endPosition());
        String canonical = q.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
        String speaker = canonical != null ? canonical : q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        preds.add(new Prediction(start, end, mention, speaker, null));
      }
      predictions.add(preds);
    }
    double seconds = (cpu.getCurrentThreadCpuTime() - t0) / 1e9;
    return score("CoreNLP 4.5.10 quote+attribution", docs, predictions, tokens, seconds);
  }

  private static StanfordCoreNLP coreNlpQuotes() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    try {
      RedwoodConfiguration.current().clear().apply();
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      p.setProperty("coref.algorithm", "statistical");
      return new StanfordCoreNLP(p);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** Results side by side. */
  public static String table(List<Scores> results) {
    Table t = new Table("system", "docs", "gold", "pred", "P", "R", "F1", "R direct", "speaker acc", "named", "pron/def",
        "indef", "cue acc", "tokens/s");
    for (Scores s : results) {
      t.row(s.system(), s.docs(), s.gold(), s.predicted(), s.precision(), s.recall(), s.f1(), s.directRecall(),
          s.speakerAccuracy(), s.speakerAccuracy(NAMED), s.speakerAccuracy(DEFINITE_REF), s.speakerAccuracy(INDEFINITE),
          s.cueAccuracy(), Math.round(s.tokensPerSecond()));
    }
    return t.toString();
  }

  /** What the columns mean, printed under the table. */
  public static final String DEFINITIONS = """
      P: predicted quotes with >= 50% of their characters inside gold contents. R: gold contents with >= 50% of
      their characters covered by predicted quotes; R direct: the same on gold contents that open with a quotation mark.
      speaker acc, on found gold attributions with a Source: the predicted quote overlapping the content most has a
      speaker whose mention overlaps the gold Source, or whose name shares its last word with the Source's referent:
      named = a PERSON/ORGANIZATION mention inside the Source; pron/def = for a pronoun or definite description
      ("he", "the minister"), the nearest earlier named gold Source (a proxy: PolNeAR marks no coreference);
      indef = for "a source", "officials": nobody, so only a null speaker is right.
      cue acc: the predicted cue overlaps the gold Cue. tokens/s, per core by CPU time: of the quote stage alone for
      Storyline (its input, tokens and entities, is the rest of the pipeline's cost); of the whole annotator chain
      CoreNLP needs for its quotes (depparse and coref included).
      """;
}
