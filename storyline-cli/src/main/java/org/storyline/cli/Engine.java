package org.storyline.cli;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.events.EventMerger;
import org.storyline.ingest.ArticleSource;
import org.storyline.ingest.Sources;
import org.storyline.nlp.StandardPipeline;
import org.storyline.pipeline.IngestJob;
import org.storyline.pipeline.IngestListener;
import org.storyline.pipeline.Lazy;
import org.storyline.pipeline.Pipeline;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.stories.StoryClusterer;

/**
 * Wires Storyline's stages for the commands: the gazetteer and the models load on first need and
 * are shared by every thread; the executor has one daemon thread per annotation thread.
 */
final class Engine implements AutoCloseable {
  private final int threads;
  private final ExecutorService executor;
  private final Lazy<Pipeline> pipeline;
  private volatile long modelLoadMillis = -1;

  Engine(int threads) {
    this.threads = threads;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "annotate-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.pipeline = new Lazy<>(() -> {
      long t0 = System.nanoTime();
      Pipeline p = StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled());
      modelLoadMillis = (System.nanoTime() - t0) / 1_000_000;
      return p;
    });
  }

  int threads() {
    return threads;
  }

  ExecutorService executor() {
    return executor;
  }

  Lazy<Pipeline> pipeline() {
    return pipeline;
  }

  /** How long loading the gazetteer and models took, or -1 when they were not needed. */
  long modelLoadMillis() {
    return modelLoadMillis;
  }

  /** Ingests the named sources into the store in {@code dataDir}. */
  IngestJob.Report ingest(Path dataDir, List<String> inputs, IngestListener listener) {
    Sources sources = Sources.withDefaults();
    return ingestSources(dataDir, inputs.stream().map(sources::open).toList(), listener);
  }

  /** Ingests opened sources into the store in {@code dataDir}. */
  IngestJob.Report ingestSources(Path dataDir, List<ArticleSource> opened, IngestListener listener) {
    try (LuceneStore store = LuceneStore.openForWriting(dataDir)) {
      IngestJob job = new IngestJob(IngestJob.Settings.defaults(threads), pipeline, store,
          StoryClusterer.Settings.DEFAULTS, EventMerger.Settings.DEFAULTS, executor, InstantSource.system(), listener);
      return job.run(opened);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
