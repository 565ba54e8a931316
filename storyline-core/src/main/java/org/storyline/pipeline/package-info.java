/**
 * The pipeline: annotation stages in order ({@link org.storyline.pipeline.Pipeline}), run over a
 * stream of articles with both cores and bounded queues ({@link org.storyline.pipeline.OrderedParallelMap}),
 * and the ingest job that takes articles from sources to the store ({@link org.storyline.pipeline.IngestJob}).
 */
package org.storyline.pipeline;
