package org.storyline.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.events.EventMerger;
import org.storyline.ingest.ArticleSource;
import org.storyline.model.EntityType;
import org.storyline.pipeline.IngestJob;
import org.storyline.pipeline.IngestListener;
import org.storyline.pipeline.Lazy;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.StandardStages;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.stories.StoryClusterer;
import org.storyline.testing.DictionaryRecogniser;

/** The real ingest job into the served store, with the core stages behind a light recogniser instead of CoreNLP. */
final class TestIngester implements Ingester, AutoCloseable {
  private final Path data;
  private final ExecutorService executor = Executors.newFixedThreadPool(1);
  /** Shared by every test of the run: the gazetteer takes seconds to load and the stages keep no state. */
  private static final Lazy<Pipeline> PIPELINE = new Lazy<>(() -> StandardStages.pipeline(Gazetteer.bundled(),
      new DictionaryRecogniser(Map.of("Aleppo", EntityType.LOCATION, "Kerry", EntityType.PERSON))));

  TestIngester(Path data) {
    this.data = data;
  }

  @Override
  public IngestJob.Report ingest(List<ArticleSource> sources) {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      return new IngestJob(new IngestJob.Settings(1, 4, 16, Duration.ofSeconds(60)), PIPELINE, store, StoryClusterer.Settings.DEFAULTS,
          EventMerger.Settings.DEFAULTS, executor, InstantSource.system(), IngestListener.NONE).run(sources);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
