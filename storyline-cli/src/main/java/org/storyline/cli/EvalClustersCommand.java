package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.eval.stories.AnnotatedGold;
import org.storyline.eval.stories.ClusterEval;
import org.storyline.eval.stories.GoldArticle;
import org.storyline.nlp.StandardPipeline;
import org.storyline.stories.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval clusters --gold FILE}: stories against gold events and topics against gold
 * topics, with the pinned settings, cross-validated tuning, stream-order sensitivity and what each
 * feature gives, beside the anchors.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = "Scores stories (against gold events) and topics (against gold topics) on a clustering gold file: BCubed "
        + "and pairwise precision/recall/F1 for the pinned settings, 5-fold cross-validation by topic, shuffled stream orders "
        + "and each feature switched off, beside the published anchors.")
final class EvalClustersCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold JSONL with topic and event labels (default ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/data/clusters/ecbplus-dev.jsonl");

  @Option(names = "--threads", paramLabel = "N", description = "Threads for annotation and tuning (default: the cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--cache", paramLabel = "FILE",
      description = "Keep the annotated articles in FILE and reuse them while the gold file and the cache format are unchanged.")
  Path cache;

  @Option(names = "--no-cv", description = "Skip cross-validation (the longest part after annotation).")
  boolean noCv;

  @Option(names = "--shuffles", paramLabel = "N", description = "Seeded shuffles of the stream order to score (default ${DEFAULT-VALUE}).")
  int shuffles = 5;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": no such readable file");
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    List<GoldArticle> articles = GoldArticle.read(gold);
    long t0 = System.nanoTime();
    List<AnnotatedGold> docs = AnnotatedGold.annotate(articles,
        () -> StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled()), threads, cache);
    double annotation = (System.nanoTime() - t0) / 1e9;
    ClusterEval eval = new ClusterEval(docs, threads);
    long topics = articles.stream().map(GoldArticle::topic).distinct().count();
    long events = articles.stream().map(GoldArticle::event).distinct().count();
    System.out.printf(Locale.ROOT, "%s: %d articles, %d topics, %d events. Annotated by the standard pipeline (CoreNLP + "
        + "standard stages) in %.0f s%s.%n", gold.getFileName(), articles.size(), topics, events, annotation,
        cache != null ? " (cache " + cache + ")" : "");
    System.out.println("Stream order: file order (the gold file gives no publication dates, so every article gets the same "
        + "time and the time windows play no part); the clusterer sees each article's title and text only, one at a time.");

    StoryClusterer.Settings pinned = StoryClusterer.Settings.DEFAULTS;
    ClusterEval.Config pinnedConfig = new ClusterEval.Config(pinned, org.storyline.stories.StoryTerms.LEAD_SENTENCES);
    ClusterEval.Result ours = eval.run(pinnedConfig);
    List<ClusterEval.Fold> folds = noCv ? List.of() : eval.crossValidate(ClusterEval.Grid.DEFAULT, 5);

    List<ClusterEval.Row> eventRows = new ArrayList<>();
    List<ClusterEval.Row> topicRows = new ArrayList<>();
    eventRows.add(new ClusterEval.Row("storyline, pinned settings (in-sample: chosen on all of this file)", ours.events()));
    topicRows.add(new ClusterEval.Row("storyline, pinned settings (in-sample: chosen on all of this file)", ours.topics()));
    ClusterEval.Config inSample = noCv ? null : eval.tune(ClusterEval.Grid.DEFAULT);
    if (inSample != null) {
      ClusterEval.Result best = eval.run(inSample);
      eventRows.add(new ClusterEval.Row("storyline, best of the tuning grid on all of this file (in-sample)", best.events()));
      topicRows.add(new ClusterEval.Row("storyline, best of the tuning grid on all of this file (in-sample)", best.topics()));
    }
    if (!folds.isEmpty()) {
      eventRows.add(new ClusterEval.Row("storyline, 5-fold CV by topic (tuned on 4, scored on the 5th; mean)",
          ClusterEval.mean(folds.stream().map(f -> f.heldOut().events()).toList())));
      topicRows.add(new ClusterEval.Row("storyline, 5-fold CV by topic (tuned on 4, scored on the 5th; mean)",
          ClusterEval.mean(folds.stream().map(f -> f.heldOut().topics()).toList())));
    }
    System.out.println();
    System.out.println("Event level: stories against gold events");
    System.out.print(ClusterEval.table(eventRows));
    System.out.printf(Locale.ROOT, "Anchors (issue 6, same file, batch): TF-IDF average-link B3 F1 %.3f (distance 0.83); MiniLM "
        + "embeddings %.3f. Floor in CI: %.2f. Goal: %.2f.%n", ClusterEval.ANCHOR_TFIDF_AVERAGE_LINK, ClusterEval.ANCHOR_MINILM,
        ClusterEval.FLOOR, ClusterEval.GOAL);
    System.out.println();
    System.out.println("Topic level: topics against gold topics");
    System.out.print(ClusterEval.table(topicRows));

    if (!folds.isEmpty()) {
      System.out.println();
      System.out.println("Folds (topics i mod 5): settings chosen on the other four, held-out B3 F1");
      org.storyline.eval.Table t = new org.storyline.eval.Table("fold", "topics", "chosen", "event F1", "topic F1");
      for (ClusterEval.Fold f : folds) {
        t.row(Integer.toString(f.fold()), String.join(" ", f.topics()), f.chosen().toString(), f.heldOut().events().b3().f1(),
            f.heldOut().topics().b3().f1());
      }
      System.out.print(t);
      System.out.println("In-sample best of the grid: " + inSample + "; pinned: " + pinnedConfig);
    }

    if (shuffles > 0) {
      double[] f1 = new double[shuffles];
      double[] topicF1 = new double[shuffles];
      for (int k = 0; k < shuffles; k++) {
        ClusterEval.Result r = eval.shuffled(k + 1).run(pinnedConfig);
        f1[k] = r.events().b3().f1();
        topicF1[k] = r.topics().b3().f1();
      }
      System.out.println();
      System.out.printf(Locale.ROOT, "Stream order (pinned settings, %d seeded shuffles): event B3 F1 %s, topic B3 F1 %s; file order %.3f, %.3f%n",
          shuffles, spread(f1), spread(topicF1), ours.events().b3().f1(), ours.topics().b3().f1());
    }

    System.out.println();
    System.out.println("What each feature gives (pinned settings, one switched off): event B3 F1");
    org.storyline.eval.Table ablation = new org.storyline.eval.Table("features", "event F1", "topic F1");
    ablation.row("all (pinned)", ours.events().b3().f1(), ours.topics().b3().f1());
    ablate(eval, ablation, "without names", new ClusterEval.Config(pinned.withWeights(0, pinned.placeWeight(), pinned.yearPenalty()),
        pinnedConfig.leadSentences()));
    ablate(eval, ablation, "without places", new ClusterEval.Config(pinned.withWeights(pinned.nameWeight(), 0, pinned.yearPenalty()),
        pinnedConfig.leadSentences()));
    ablate(eval, ablation, "without years", new ClusterEval.Config(pinned.withWeights(pinned.nameWeight(), pinned.placeWeight(), 0),
        pinnedConfig.leadSentences()));
    ablate(eval, ablation, "words only", new ClusterEval.Config(pinned.withWeights(0, 0, 0), pinnedConfig.leadSentences()));
    TreeSet<Integer> leads = new TreeSet<>(List.of(1, 3, 5, 8, 1000));
    leads.remove(pinnedConfig.leadSentences());
    for (int lead : leads) {
      ablate(eval, ablation, "lead of " + (lead == 1000 ? "the whole text" : lead + " sentences"),
          new ClusterEval.Config(pinned, lead));
    }
    System.out.print(ablation);
    return ExitCodes.OK;
  }

  private static void ablate(ClusterEval eval, org.storyline.eval.Table t, String name, ClusterEval.Config c) {
    ClusterEval.Result r = eval.run(c);
    t.row(name, r.events().b3().f1(), r.topics().b3().f1());
  }

  private static String spread(double[] v) {
    double mean = 0;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double x : v) {
      mean += x / v.length;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double var = 0;
    for (double x : v) {
      var += (x - mean) * (x - mean) / v.length;
    }
    return String.format(Locale.ROOT, "%.3f ± %.3f (%.3f to %.3f)", mean, Math.sqrt(var), min, max);
  }
}
