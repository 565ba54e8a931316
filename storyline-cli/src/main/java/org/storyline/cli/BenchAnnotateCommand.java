package org.storyline.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.eval.ner.NerEval;
import org.storyline.model.Article;
import org.storyline.model.Result;
import org.storyline.nlp.StandardPipeline;
import org.storyline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code storyline bench annotate}: the whole annotation pipeline against plain CoreNLP with its
 * defaults ({@code tokenize,ssplit,pos,lemma,ner}: three CRFs, fine-grained NER, SUTime), on the
 * same articles in the same run: model load, heap after load, tokens/s and articles/s on 1 and 2
 * threads, Storyline's time per stage, and, beside the speed, the NER F1 each reaches on CoNLL-2003
 * dev. Wall-clock throughput is what a user sees; on a machine shared with other work it is also
 * printed per CPU second of the measuring thread.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Speed and memory of the annotation pipeline beside plain CoreNLP's defaults (pos, lemma, ner with "
        + "fine-grained NER and SUTime), on the same articles, with each one's NER F1 on CoNLL-2003 dev in the same table.")
final class BenchAnnotateCommand implements Callable<Integer> {
  @Option(names = "--corpus", paramLabel = "FILE", description = "Articles as JSONL (default: the bundled demo corpus).")
  Path corpus;

  @Option(names = "--anchor-articles", paramLabel = "N",
      description = "Articles for plain CoreNLP, which is slow; 0 skips it (default ${DEFAULT-VALUE}).")
  int anchorArticles = 40;

  @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL-2003 file for the F1 column; skipped when absent "
      + "(default ${DEFAULT-VALUE}).")
  Path conll = Path.of("../shared/data/ner/conll2003/dev.txt");

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("storyline-bench-annotate");
    try {
      List<Article> articles = BenchTimeCommand.read(corpus != null ? corpus : DemoCommand.unpackCorpus(work));
      System.out.printf(Locale.ROOT, "%d articles; %d cores%n", articles.size(), Runtime.getRuntime().availableProcessors());
      boolean quality = Files.isReadable(conll);
      NerEval ner = quality ? new NerEval(conll) : null;
      List<Row> rows = new ArrayList<>();

      long heap0 = Measure.heapAfterGc();
      long t0 = System.nanoTime();
      Pipeline ours = StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled());
      double load = Measure.secondsSince(t0);
      long heap = Measure.heapAfterGc() - heap0;
      ToLongFunction<Article> oursTokens = a -> ours.run(a) instanceof Result.Ok<Document>(Document d) ? d.get(Layers.TOKENS).size() : 0;
      Double oursF1 = quality ? ner.score("storyline", NerEval.storylineRecognition()).all().f1() : null;
      rows.add(measure("storyline (default pipeline)", articles, oursTokens, load, heap, oursF1));
      String stages = stageShares(ours, articles);

      if (anchorArticles > 0) {
        long heap1 = Measure.heapAfterGc();
        long t1 = System.nanoTime();
        StanfordCoreNLP corenlp = coreNlpDefaults();
        double anchorLoad = Measure.secondsSince(t1);
        long anchorHeap = Measure.heapAfterGc() - heap1;
        ToLongFunction<Article> anchorTokens = a -> {
          Annotation x = new Annotation(a.text());
          corenlp.annotate(x);
          return x.get(CoreAnnotations.TokensAnnotation.class).size();
        };
        Double anchorF1 = quality ? ner.scoreCoreNlpDefaults().all().f1() : null;
        rows.add(measure("plain CoreNLP 4.5.10 defaults (anchor)", articles.subList(0, Math.min(anchorArticles, articles.size())),
            anchorTokens, anchorLoad, anchorHeap, anchorF1));
      }
      print(rows);
      System.out.println("storyline, share of annotation time by stage (1 thread): " + stages);
      if (rows.size() == 2) {
        System.out.printf(Locale.ROOT, "speed-up over the anchor: %.1fx on 1 thread, %.1fx on 2 (goal >= 25x, >= 20k tokens/s per core)%n",
            rows.get(0).tokensPerSecond1() / rows.get(1).tokensPerSecond1(), rows.get(0).tokensPerSecond2() / rows.get(1).tokensPerSecond2());
      }
      if (!quality) {
        System.out.println("NER F1 left out: " + conll + " is not readable (--conll FILE)");
      }
      return ExitCodes.OK;
    } finally {
      BenchCommand.deleteTree(work);
    }
  }

  /** Plain CoreNLP as a user would start it, its chatter silenced and our streams kept. */
  private static StanfordCoreNLP coreNlpDefaults() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    try {
      RedwoodConfiguration.current().clear().apply();
      Properties p = new Properties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
      return new StanfordCoreNLP(p);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /**
   * @param cpu1  CPU seconds of the measuring thread on 1 thread
   * @param wall1 wall seconds on 1 thread; {@code wall2} on 2
   */
  private record Row(String system, int articles, long tokens, double load, long heapBytes, double wall1, double cpu1,
      double wall2, Double f1) {
    double tokensPerSecond1() {
      return tokens / wall1;
    }

    double tokensPerSecond2() {
      return tokens / wall2;
    }
  }

  /** A warm-up on the first tenth, then one pass on one thread and one on two. */
  private static Row measure(String system, List<Article> articles, ToLongFunction<Article> annotate, double load, long heap,
      Double f1) throws InterruptedException {
    for (Article a : articles.subList(0, Math.max(1, articles.size() / 10))) {
      annotate.applyAsLong(a);
    }
    long tokens = 0;
    long t = System.nanoTime();
    long c = Measure.threadCpuNanos();
    for (Article a : articles) {
      tokens += annotate.applyAsLong(a);
    }
    double cpu1 = (Measure.threadCpuNanos() - c) / 1e9;
    double wall1 = Measure.secondsSince(t);
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      long t2 = System.nanoTime();
      List<Future<Long>> done = new ArrayList<>();
      for (Article a : articles) {
        done.add(two.submit(() -> annotate.applyAsLong(a)));
      }
      for (Future<Long> f : done) {
        f.get();
      }
      return new Row(system, articles.size(), tokens, load, heap, wall1, cpu1, Measure.secondsSince(t2), f1);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("annotation failed during the benchmark", e.getCause());
    } finally {
      two.shutdownNow();
    }
  }

  private static String stageShares(Pipeline pipeline, List<Article> articles) {
    List<Pipeline.StageTime> before = pipeline.timings();
    for (Article a : articles) {
      pipeline.run(a);
    }
    return Measure.stageShares(before, pipeline.timings());
  }

  private static void print(List<Row> rows) {
    System.out.printf(Locale.ROOT, "%-40s %8s %8s %7s %8s %12s %12s %10s %10s %12s %7s%n", "system", "articles", "tokens",
        "load s", "heap MB", "tok/s 1 thr", "tok/s 2 thr", "art/s 1", "art/s 2", "tok/CPU-s 1", "NER F1");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "%-40s %8d %8d %7.1f %8d %12.0f %12.0f %10.2f %10.2f %12.0f %7s%n", r.system(), r.articles(),
          r.tokens(), r.load(), r.heapBytes() >> 20, r.tokensPerSecond1(), r.tokensPerSecond2(), r.articles() / r.wall1(),
          r.articles() / r.wall2(), r.tokens() / r.cpu1(), r.f1() == null ? "-" : String.format(Locale.ROOT, "%.3f", r.f1()));
    }
  }
}
