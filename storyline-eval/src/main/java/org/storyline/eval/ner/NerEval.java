package org.storyline.eval.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.eval.Counts;
import org.storyline.eval.Table;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.pipeline.Pipeline;

/**
 * Named-entity recognition scored on CoNLL-2003 the conlleval way: an entity counts when its span
 * and type are exactly right; micro precision, recall and F1 over all entities, and per type.
 * Each sentence is the tokens joined by spaces and run through the recogniser as a document, on the
 * gold tokenization (whitespace): otherwise a tokenizer that splits "Saudi-led" moves entity
 * boundaries away from the gold ones and scores tokenization, not recognition.
 */
public final class NerEval {

  /**
   * Storyline's recognition as the standard pipeline runs it: CoreNLP's CRF on the given tokens,
   * then the known-organisation recogniser.
   */
  public static Pipeline storylineRecognition() {
    return Pipeline.of(java.util.List.of(
        new org.storyline.nlp.CoreNlpAnnotator(new org.storyline.nlp.CoreNlpAnnotator.Settings(
            org.storyline.nlp.CoreNlpAnnotator.Settings.CONLL_4CLASS, false, true)),
        new org.storyline.annotate.entities.OrganizationRecogniser(org.storyline.annotate.entities.Organizations.bundled())),
        java.util.List.of(Layers.ENTITY_MENTIONS));
  }

  /** One system's scores. */
  public record Result(String system, Counts all, Map<String, Counts> byType, long tokens, double seconds) {
    public double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  private final List<ConllSentence> sentences;

  public NerEval(Path conll) throws IOException {
    this.sentences = ConllSentence.read(conll);
  }

  public int sentences() {
    return sentences.size();
  }

  /** Scores Storyline's recognition: a pipeline that ends with entity mentions. */
  public Result score(String system, Pipeline recognition) {
    return score(system, text -> {
      Document d = switch (recognition.run(new Article("conll", null, null, null, text, null, "en"))) {
        case org.storyline.model.Result.Ok<Document> ok -> ok.value();
        case org.storyline.model.Result.Rejected<Document> r -> throw new IllegalStateException(r.message());
      };
      Set<String> spans = new HashSet<>();
      for (Entity e : d.get(Layers.ENTITY_MENTIONS)) {
        spans.add(e.start() + ":" + e.end() + ":" + conll(e.type().name()));
      }
      return spans;
    });
  }

  /**
   * Scores plain CoreNLP with its defaults ({@code tokenize,ssplit,pos,lemma,ner}: three CRF models,
   * fine-grained NER, SUTime), the baseline Storyline must not fall below.
   */
  public Result scoreCoreNlpDefaults() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    StanfordCoreNLP corenlp;
    try {
      RedwoodConfiguration.current().clear().apply();
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      p.setProperty("ssplit.eolonly", "true");
      p.setProperty("tokenize.whitespace", "true");
      corenlp = new StanfordCoreNLP(p);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    return score("CoreNLP 4.5.10 defaults", text -> {
      Annotation a = new Annotation(text);
      corenlp.annotate(a);
      Set<String> spans = new HashSet<>();
      for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
        var tokens = m.get(CoreAnnotations.TokensAnnotation.class);
        if (tokens != null && !tokens.isEmpty() && "O".equals(tokens.get(0).ner())) {
          continue; // pronoun mentions ("he", "his") are not named entities; not counted against either system
        }
        String type = conll(m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
        if (type != null) {
          spans.add(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) + ":"
              + m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) + ":" + type);
        }
      }
      return spans;
    });
  }

  private Result score(String system, Function<String, Set<String>> tagger) {
    Counts all = Counts.ZERO;
    Map<String, Counts> byType = new TreeMap<>();
    long tokens = 0;
    long t0 = System.nanoTime();
    for (ConllSentence s : sentences) {
      tokens += s.tokens().size();
      Set<String> gold = s.goldSpans();
      Set<String> predicted = tagger.apply(s.text());
      for (String p : predicted) {
        Counts c = gold.contains(p) ? new Counts(1, 0, 0, 0) : new Counts(0, 1, 0, 0);
        all = all.plus(c);
        byType.merge(type(p), c, Counts::plus);
      }
      for (String g : gold) {
        if (!predicted.contains(g)) {
          all = all.plus(new Counts(0, 0, 1, 0));
          byType.merge(type(g), new Counts(0, 0, 1, 0), Counts::plus);
        }
      }
    }
    return new Result(system, all, byType, tokens, (System.nanoTime() - t0) / 1e9);
  }

  private static String type(String span) {
    return span.substring(span.lastIndexOf(':') + 1);
  }

  /** CoreNLP's and Storyline's classes in CoNLL's four; null for classes CoNLL does not annotate. */
  static String conll(String tag) {
    return switch (tag) {
      case "PERSON" -> "PER";
      case "ORGANIZATION" -> "ORG";
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOC";
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> null;
    };
  }

  /** The results side by side: micro P/R/F1, F1 per type, tokens/s. */
  public static String table(List<Result> results) {
    Table t = new Table("system", "P", "R", "F1", "PER F1", "ORG F1", "LOC F1", "MISC F1", "tokens/s");
    for (Result r : results) {
      t.row(r.system(), r.all().precision(), r.all().recall(), r.all().f1(), f1(r, "PER"), f1(r, "ORG"), f1(r, "LOC"),
          f1(r, "MISC"), Math.round(r.tokensPerSecond()));
    }
    return t.toString();
  }

  private static Double f1(Result r, String type) {
    Counts c = r.byType().get(type);
    return c == null ? null : c.f1();
  }
}
