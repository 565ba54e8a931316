package org.storyline.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import org.storyline.eval.Table;
import org.storyline.eval.stories.SyntheticStream;
import org.storyline.stories.StoryClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline bench stories}: a synthetic stream of annotated articles through the story
 * stage on one thread, with its speed (CPU time of that thread, so other load on the machine
 * does not count; and wall time) and the heap after a full collection as the stream goes on.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Streams synthetic annotated articles (words, names, places, years, lead sentences; stories and topics that "
        + "come and go) through the story clusterer on one thread with the default settings, and prints articles/s and the "
        + "heap after a full GC every --every articles.")
final class BenchStoriesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", paramLabel = "N", description = "Articles to stream (default ${DEFAULT-VALUE}).")
  long articles = 1_000_000;

  @Option(names = "--per-day", paramLabel = "N", description = "Articles a day of stream time (default ${DEFAULT-VALUE}).")
  int perDay = 2_000;

  @Option(names = "--every", paramLabel = "N", description = "Articles between two report lines (default ${DEFAULT-VALUE}).")
  long every = 100_000;

  @Option(names = "--seed", description = "Seed of the synthetic stream (default ${DEFAULT-VALUE}).")
  long seed = 1;

  @Override
  public Integer call() {
    if (articles < 1 || every < 1 || perDay < 1) {
      throw new ParameterException(spec.commandLine(), "--articles, --every and --per-day must be at least 1");
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    SyntheticStream stream = new SyntheticStream(seed, perDay, OffsetDateTime.parse("2020-01-01T00:00:00Z"));
    StoryClusterer clusterer = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    System.out.printf("Story clusterer, default settings, synthetic stream of %,d articles a day, one thread.%n", perDay);
    Table t = new Table("articles", "stream day", "art/s (CPU)", "art/s (wall)", "new stories", "stories in memory",
        "topics in memory", "terms", "heap after GC MB");
    long cpuNanos = 0;
    long wallNanos = 0;
    long newStories = 0;
    long totalCpu = 0;
    long totalNew = 0;
    for (long n = 1; n <= articles; n++) {
      StoryClusterer.Input in = stream.next();
      long c0 = cpu.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      if (clusterer.assign(in).newStory()) {
        newStories++;
      }
      wallNanos += System.nanoTime() - w0;
      cpuNanos += cpu.getCurrentThreadCpuTime() - c0;
      if (n % every == 0 || n == articles) {
        long span = n % every == 0 ? every : n % every;
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        StoryClusterer.Memory m = clusterer.memory();
        t.row(n, n / perDay, Math.round(span / (cpuNanos / 1e9)), Math.round(span / (wallNanos / 1e9)), newStories, (long) m.stories(),
            (long) m.topics(), (long) m.terms(), heap >> 20);
        totalCpu += cpuNanos;
        totalNew += newStories;
        cpuNanos = 0;
        wallNanos = 0;
        newStories = 0;
      }
    }
    System.out.print(t);
    System.out.printf("Overall: %,.0f articles/s (CPU time of the clustering thread); %,d stories.%n", articles / (totalCpu / 1e9),
        totalNew);
    return ExitCodes.OK;
  }
}
