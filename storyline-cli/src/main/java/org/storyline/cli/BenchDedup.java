package org.storyline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.storyline.dedup.MinHasher;
import org.storyline.dedup.NearDuplicateIndex;
import org.storyline.dedup.NearDuplicates;
import org.storyline.dedup.TextSignature;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;
import org.storyline.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline bench dedup}: near-duplicate checks per second against an index of N articles,
 * in the store (Lucene, as ingest does it) and in memory. The articles are made from ECB+ sentences
 * (8-20 drawn at random from all of them, seeded), so that their words and lengths are news-like;
 * half the checked texts are edited copies of indexed articles, half new texts.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Measures near-duplicate checks per CPU second (sign + LSH candidates + verification, one thread) against an index of "
        + "--articles texts, in the Lucene store and in memory.")
final class BenchDedup implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", description = "Indexed articles (default ${DEFAULT-VALUE}).")
  int articles = 100_000;

  @Option(names = "--checks", description = "Texts checked (default ${DEFAULT-VALUE}).")
  int checks = 5_000;

  @Option(names = "--sentences", paramLabel = "FILE", description = "ECB+ JSONL to draw sentences from (default ${DEFAULT-VALUE}).")
  Path sentences = Path.of("../shared/data/clusters/ecbplus-dev.jsonl");

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(sentences)) {
      throw new ParameterException(spec.commandLine(), "--sentences " + sentences + ": no such readable file");
    }
    List<String> pool = pool(sentences);
    Random random = new Random(7);
    NearDuplicates.Settings settings = NearDuplicates.Settings.DEFAULTS;
    MinHasher hasher = new MinHasher(settings.hasher());
    List<String> corpus = new ArrayList<>(articles);
    for (int i = 0; i < articles; i++) {
      corpus.add(text(pool, random));
    }
    List<String> queries = new ArrayList<>(checks);
    for (int i = 0; i < checks; i++) {
      queries.add(i % 2 == 0 ? "Updated: " + corpus.get(random.nextInt(articles)).replace(". ", ".  ") : text(pool, random));
    }
    Path work = Files.createTempDirectory("storyline-bench-dedup");
    try (LuceneStore store = LuceneStore.openForWriting(work)) {
      NearDuplicateIndex memory = new NearDuplicateIndex(settings);
      long t0 = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        TextSignature s = hasher.sign(corpus.get(i)).orElseThrow();
        Article a = new Article("a" + i, null, null, null, corpus.get(i), null, "en");
        store.add(new StoredArticle(new AnnotatedArticle(a, Annotations.NONE), null, null, List.of(), Instant.EPOCH, i),
            List.of("i:a" + i), s);
        memory.add("a" + i, s);
      }
      store.commit(org.storyline.store.Checkpoint.EMPTY);
      double build = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "indexed %,d articles in %.1f s (store and memory)%n", articles, build);
      System.out.printf(Locale.ROOT, "%-22s %10s %10s %16s%n", "index", "checks", "copies", "checks/s (CPU)");
      // CPU time of this thread: on a shared machine wall time measures the neighbours
      var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
      for (int round = 0; round < 2; round++) { // the first round warms the JIT up
        int found = 0;
        long t1 = cpu.getCurrentThreadCpuTime();
        for (String q : queries) {
          TextSignature s = hasher.sign(q).orElseThrow();
          if (NearDuplicates.best(s, store.nearDuplicateCandidates(s, settings.hasher().bandRows(), settings.maxCandidates()),
              settings).isPresent()) {
            found++;
          }
        }
        double store_s = (cpu.getCurrentThreadCpuTime() - t1) / 1e9;
        int foundMemory = 0;
        long t2 = cpu.getCurrentThreadCpuTime();
        for (String q : queries) {
          if (memory.find(hasher.sign(q).orElseThrow()).isPresent()) {
            foundMemory++;
          }
        }
        double memory_s = (cpu.getCurrentThreadCpuTime() - t2) / 1e9;
        if (round == 1) {
          System.out.printf(Locale.ROOT, "%-22s %,10d %,10d %,16.0f%n", "Lucene store", checks, found, checks / store_s);
          System.out.printf(Locale.ROOT, "%-22s %,10d %,10d %,16.0f%n", "in memory", checks, foundMemory, checks / memory_s);
        }
      }
      System.out.println("Goal: >= 2,000 checks/s against 100,000 articles. Half the checked texts are copies.");
    } finally {
      BenchCommand.deleteTree(work);
    }
    return ExitCodes.OK;
  }

  private static String text(List<String> pool, Random random) {
    int n = 8 + random.nextInt(13);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(pool.get(random.nextInt(pool.size()))).append(i % 3 == 2 ? "\n\n" : " ");
    }
    return b.toString().strip();
  }

  private static List<String> pool(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          for (String s : json.readTree(line).path("text").asText("").split("\n")) {
            if (s.split("\\s+").length >= 6) {
              out.add(s.strip());
            }
          }
        }
      }
    }
    return out;
  }
}
