package org.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.time.TimeTagger;
import org.storyline.extract.ArticleExtractor;
import org.storyline.ingest.JsonInput;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;
import org.storyline.nlp.CoreNlpAnnotator;
import org.storyline.nlp.StandardPipeline;
import org.storyline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench time}: tokens per second, on one thread, of the time tagger alone and of
 * the whole default pipeline, beside the pipeline as it was with SUTime; model load times and heap.
 * Speeds are per CPU second of the benchmarking thread (tokens/s per core), which a machine shared
 * with other work does not distort; wall seconds are printed beside them.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Measures, on one thread, the time tagger alone (on CoreNLP's tokens), the whole default annotation pipeline "
        + "(CoreNLP tokenize/ssplit/ner + Storyline's stages) and the same pipeline with SUTime instead of the tagger: "
        + "tokens/s, model load seconds, heap after a full GC.")
final class BenchTimeCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "FILE", description = "Articles as JSONL (default: the bundled demo corpus).")
  Path corpus;

  @Option(names = "--rounds", paramLabel = "N", description = "Rounds of the tagger over the corpus; the first warms up (default ${DEFAULT-VALUE}).")
  int rounds = 6;

  @Option(names = "--sutime-articles", paramLabel = "N",
      description = "Articles to run through the SUTime pipeline, 0 to skip it (default ${DEFAULT-VALUE}; it is slow).")
  int sutimeArticles = 150;

  @Override
  public Integer call() throws IOException {
    Path work = Files.createTempDirectory("storyline-bench-time");
    try {
      List<Article> articles = read(corpus != null ? corpus : DemoCommand.unpackCorpus(work));
      System.out.printf(Locale.ROOT, "%d articles%n", articles.size());
      List<Row> rows = new ArrayList<>();

      long t0 = System.nanoTime();
      CoreNlpAnnotator corenlp = new CoreNlpAnnotator(CoreNlpAnnotator.Settings.DEFAULTS);
      double corenlpLoad = Measure.secondsSince(t0);
      List<Document> tokenized = new ArrayList<>();
      long tokens = 0;
      for (Article a : articles) {
        Document d = corenlp.annotate(Document.of(a));
        tokens += d.get(Layers.TOKENS).size();
        tokenized.add(d);
      }
      TimeTagger tagger = new TimeTagger();
      double best = Double.MAX_VALUE;
      long found = 0;
      double bestWall = 0;
      for (int r = 0; r < Math.max(2, rounds); r++) {
        long t = System.nanoTime();
        long c = Measure.threadCpuNanos();
        found = 0;
        for (Document d : tokenized) {
          found += tagger.annotate(d).get(Layers.TIMES).size();
        }
        double cpuSeconds = (Measure.threadCpuNanos() - c) / 1e9;
        if (r > 0 && cpuSeconds < best) {
          best = cpuSeconds;
          bestWall = Measure.secondsSince(t);
        }
      }
      rows.add(new Row("time tagger alone (best round after warm-up)", tokens, best, bestWall, 0, found, ""));

      long t1 = System.nanoTime();
      Pipeline standard = StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled());
      double standardLoad = Measure.secondsSince(t1);
      rows.add(run("default pipeline (CoreNLP ner + time tagger + stages)", standard, articles, standardLoad));

      if (sutimeArticles > 0) {
        long t2 = System.nanoTime();
        Pipeline sutime = StandardPipeline.create(new StandardPipeline.Settings(
            new CoreNlpAnnotator.Settings(CoreNlpAnnotator.Settings.CONLL_4CLASS, true, false)), Gazetteer.bundled());
        double sutimeLoad = Measure.secondsSince(t2);
        rows.add(run("before: the same with SUTime (pos, lemma, ner+SUTime)", sutime,
            articles.subList(0, Math.min(sutimeArticles, articles.size())), sutimeLoad));
      }
      long heap = Measure.heapAfterGc();
      System.out.printf(Locale.ROOT, "%-55s %8s %8s %8s %13s %7s %7s%n", "what", "tokens", "CPU s", "wall s", "tokens/CPU s",
          "load s", "times");
      for (Row r : rows) {
        System.out.printf(Locale.ROOT, "%-55s %8d %8.2f %8.2f %13.0f %7.1f %7d%n", r.what, r.tokens, r.cpuSeconds, r.wallSeconds,
            r.tokens / r.cpuSeconds, r.load, r.times);
      }
      for (Row r : rows) {
        if (!r.stages.isEmpty()) {
          System.out.printf(Locale.ROOT, "  %s, wall time by stage: %s%n", r.what, r.stages);
        }
      }
      System.out.printf(Locale.ROOT, "CoreNLP (tokenize, ssplit, ner) load: %.1f s; heap after full GC with all models: %d MB%n",
          corenlpLoad, heap >> 20);
      return ExitCodes.OK;
    } finally {
      BenchCommand.deleteTree(work);
    }
  }

  private record Row(String what, long tokens, double cpuSeconds, double wallSeconds, double load, long times, String stages) {}

  /** One pass over the articles after a warm-up on the first tenth; tokens as the pipeline's CoreNLP stage counts them. */
  private static Row run(String what, Pipeline pipeline, List<Article> articles, double load) {
    for (Article a : articles.subList(0, Math.max(1, articles.size() / 10))) {
      pipeline.run(a);
    }
    List<Pipeline.StageTime> before = pipeline.timings();
    long tokens = 0;
    long times = 0;
    long t = System.nanoTime();
    long c = Measure.threadCpuNanos();
    for (Article a : articles) {
      if (pipeline.run(a) instanceof Result.Ok<Document>(Document d)) {
        tokens += d.get(Layers.TOKENS).size();
        times += d.get(Layers.TIMES).size();
      }
    }
    double cpuSeconds = (Measure.threadCpuNanos() - c) / 1e9;
    double wall = Measure.secondsSince(t);
    String stages = Measure.stageShares(before, pipeline.timings());
    return new Row(what, tokens, cpuSeconds, wall, load, times, stages);
  }

  static List<Article> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArticleExtractor extractor = new ArticleExtractor();
    List<Article> articles = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = json.readTree(line);
      Result<ArticleInput> in = JsonInput.fromJson(node, jsonl.getFileName() + ":" + n);
      if (in.flatMap(extractor::extract) instanceof Result.Ok<Article>(Article a)) {
        articles.add(a);
      }
    }
    return articles;
  }
}
