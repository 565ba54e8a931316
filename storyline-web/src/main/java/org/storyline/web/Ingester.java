package org.storyline.web;

import java.util.List;
import org.storyline.ingest.ArticleSource;
import org.storyline.pipeline.IngestJob;

/**
 * Ingests into the store the server reads: what the write endpoints hand their work to. Called
 * from one thread at a time; may block for as long as the ingest takes.
 */
@FunctionalInterface
public interface Ingester {

  /**
   * @throws org.storyline.store.StoreUnavailableException when another process is writing to the store
   */
  IngestJob.Report ingest(List<ArticleSource> sources);
}
