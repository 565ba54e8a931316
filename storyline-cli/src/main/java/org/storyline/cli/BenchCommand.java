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
    subcommands = {BenchCommand.Ingest.class, BenchStoriesCommand.class})
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
            double load = (System.nanoTime() - t0) / 1e9;
            long t1 = System.nanoTime();
            IngestJob.Report r = engine.ingest(data, List.of(input), IngestListener.NONE);
            double seconds = (System.nanoTime() - t1) / 1e9;
            long stored = r.stored() + r.duplicates();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
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

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
