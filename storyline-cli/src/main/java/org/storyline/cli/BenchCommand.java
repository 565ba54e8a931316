package org.storyline.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.storyline.pipeline.IngestJob;
import org.storyline.pipeline.IngestListener;
import org.storyline.store.lucene.LuceneStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline bench ...}: speed and memory, measured by commands rather than by timed tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measures speed and memory on a fixed corpus and prints a table. Run on an otherwise idle machine.",
    subcommands = {BenchCommand.Ingest.class, BenchAnnotateCommand.class, BenchTimeCommand.class,
        BenchCommand.GazetteerBench.class, BenchDedup.class, BenchStoriesCommand.class, BenchApiCommand.class})
final class BenchCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Ingests a corpus (default: the bundled demo corpus) into a fresh store once per thread count and prints "
          + "model load time, articles/s, heap after a full GC and index size per 1,000 articles.")
  static final class Ingest implements Callable<Integer> {
    @Option(names = "--threads", split = ",", paramLabel = "N[,N...]", description = "Thread counts to measure (default 1,2).")
    List<Integer> threads = List.of(1, 2);

    @Option(names = "--corpus", paramLabel = "FILE|DIR", description = "What to ingest (default: the bundled demo corpus).")
    String corpus;

    @Override
    public Integer call() throws IOException {
      Path work = Files.createTempDirectory("storyline-bench");
      try {
        String input = corpus != null ? corpus : DemoCommand.unpackCorpus(work.resolve("corpus")).toString();
        System.out.printf(Locale.ROOT, "%-8s %12s %10s %12s %10s %14s %18s%n", "threads", "model load s", "articles",
            "seconds", "art/s", "heap after MB", "index KB/1000 art");
        for (int n : threads) {
          Path data = work.resolve("data-" + n);
          try (Engine engine = new Engine(n)) {
            long t0 = System.nanoTime();
            engine.pipeline().get();
            double load = Measure.secondsSince(t0);
            long t1 = System.nanoTime();
            IngestJob.Report r = engine.ingest(data, List.of(input), IngestListener.NONE);
            double seconds = Measure.secondsSince(t1);
            long stored = r.stored() + r.duplicates();
            long heap = Measure.heapAfterGc();
            long index;
            try (LuceneStore store = LuceneStore.openReadOnly(data)) {
              index = store.sizeOnDisk();
            }
            System.out.printf(Locale.ROOT, "%-8d %12.1f %10d %12.1f %10.2f %14d %18.0f%n", n, load, stored, seconds,
                stored / seconds, heap >> 20, stored == 0 ? 0.0 : index / 1024.0 * 1000 / stored);
          }
        }
        return ExitCodes.OK;
      } finally {
        deleteTree(work);
      }
    }
  }

  @Command(name = "gazetteer", mixinStandardHelpOptions = true,
      description = "Loads the bundled gazetteer (several times) and prints load time, heap held after a full GC, and exact "
          + "and transliteration lookups per second on one thread over a fixed list of news toponyms, hits and misses.")
  static final class GazetteerBench implements Callable<Integer> {
    /** Toponyms as news writes them, with case, diacritics and transliteration variants, and some that are no place. */
    static final List<String> NAMES = List.of("Aleppo", "Syria", "Rome", "Geneva", "Hangzhou", "Hangchow", "Beirut", "Libya",
        "Turkey", "Ankara", "Istanbul", "Moscow", "Washington", "U.S.", "United States", "London", "Paris", "Berlin",
        "Damascus", "Homs", "Idlib", "Raqqa", "Mosul", "Baghdad", "Kabul", "Kyiv", "Kiev", "Donetsk", "Gaza", "Jerusalem",
        "Tel Aviv", "Cairo", "Tripoli", "Benghazi", "Sanaa", "Aden", "Mogadishu", "Khartoum", "Juba", "Addis Ababa",
        "Nairobi", "Lagos", "Maiduguri", "Bamako", "Kinshasa", "Goma", "Caracas", "Bogota", "Bogotá", "São Paulo",
        "Sao Paulo", "Mexico City", "Edmonton", "Alberta", "Texas", "Ky.", "B.C.", "Queensland", "Cairns", "Europe",
        "Middle East", "Asia", "Castello Road", "Ramussa", "Ar Ramusah", "Sant Julià de Lòria", "Zürich", "Kraków",
        "the Netherlands", "Britain", "UK", "EU", "Orange County", "Metcalfe County", "Springfield", "Portland",
        "Nowhere-on-Sea", "Xyzzy", "Obama", "Kerry", "Monday", "Reuters");

    @Option(names = "--seconds", paramLabel = "S", description = "How long to run each lookup kind (default ${DEFAULT-VALUE}).")
    double seconds = 3;

    @Option(names = "--loads", paramLabel = "N", description = "How many times to load (default ${DEFAULT-VALUE}); the best and the mean are shown.")
    int loads = 3;

    @Override
    public Integer call() {
      var memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long before = memory.getHeapMemoryUsage().getUsed();
      org.storyline.annotate.places.Gazetteer g = null;
      double best = Double.MAX_VALUE;
      double total = 0;
      for (int i = 0; i < loads; i++) {
        g = null;
        long t0 = System.nanoTime();
        g = org.storyline.annotate.places.Gazetteer.bundled();
        double s = (System.nanoTime() - t0) / 1e9;
        best = Math.min(best, s);
        total += s;
      }
      System.gc();
      long held = memory.getHeapMemoryUsage().getUsed() - before;
      long t0 = System.nanoTime();
      g.lookupLoose("Ramussa");
      double looseBuild = (System.nanoTime() - t0) / 1e9;
      System.gc();
      long heldWithLoose = memory.getHeapMemoryUsage().getUsed() - before;
      double exact = rate(g, false);
      double loose = rate(g, true);
      System.out.printf(Locale.ROOT, "%-28s %12s%n", "measure", "value");
      System.out.printf(Locale.ROOT, "%-28s %,12d%n", "entries", g.size());
      System.out.printf(Locale.ROOT, "%-28s %12.2f%n", "load s (best of " + loads + ")", best);
      System.out.printf(Locale.ROOT, "%-28s %12.2f%n", "load s (mean)", total / loads);
      System.out.printf(Locale.ROOT, "%-28s %12d%n", "heap held MB", held >> 20);
      System.out.printf(Locale.ROOT, "%-28s %12.2f%n", "loose index build s", looseBuild);
      System.out.printf(Locale.ROOT, "%-28s %12d%n", "heap held MB, loose built", heldWithLoose >> 20);
      System.out.printf(Locale.ROOT, "%-28s %,12.0f%n", "exact lookups/s", exact);
      System.out.printf(Locale.ROOT, "%-28s %,12.0f%n", "loose lookups/s", loose);
      System.out.printf(Locale.ROOT, "%-28s %12s%n", "cores / load average", Runtime.getRuntime().availableProcessors() + " / "
          + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      System.out.println("Goal: load <= 2 s, >= 1,000,000 lookups/s, heap <= 300 MB (on an otherwise idle machine).");
      return ExitCodes.OK;
    }

    /** Lookups per second on this thread over {@link #NAMES}, after a warm-up. */
    private double rate(org.storyline.annotate.places.Gazetteer g, boolean loose) {
      long sink = 0;
      for (int i = 0; i < 200_000; i++) {
        sink += lookup(g, NAMES.get(i % NAMES.size()), loose);
      }
      long n = 0;
      long t0 = System.nanoTime();
      long end = t0 + (long) (seconds * 1e9);
      while (System.nanoTime() < end) {
        for (String name : NAMES) {
          sink += lookup(g, name, loose);
        }
        n += NAMES.size();
      }
      double rate = n / ((System.nanoTime() - t0) / 1e9);
      return sink == Long.MIN_VALUE ? 0 : rate; // sink keeps the lookups from being optimised away
    }

    private static int lookup(org.storyline.annotate.places.Gazetteer g, String name, boolean loose) {
      return loose ? g.lookupLoose(name).size() : g.lookup(name).size();
    }
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
