package org.storyline.nlp;

import org.storyline.annotate.places.Gazetteer;
import org.storyline.pipeline.Lazy;
import org.storyline.pipeline.Pipeline;

/** The standard pipeline, loaded once per test JVM (loading takes seconds; tests share it). */
final class Models {
  private static final Lazy<Pipeline> PIPELINE =
      new Lazy<>(() -> StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled()));

  private Models() {}

  static Pipeline pipeline() {
    return PIPELINE.get();
  }
}
