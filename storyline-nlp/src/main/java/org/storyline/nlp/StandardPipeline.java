package org.storyline.nlp;

import java.io.Serializable;
import java.util.Objects;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.pipeline.Pipeline;
import org.storyline.pipeline.StandardStages;

/** Storyline's default pipeline: {@link CoreNlpAnnotator} followed by the {@link StandardStages}. */
public final class StandardPipeline {

  /** @param corenlp CoreNLP's settings */
  public record Settings(CoreNlpAnnotator.Settings corenlp) implements Serializable {
    /** SUTime stays on until Storyline's own time tagger joins the pipeline. */
    public static final Settings DEFAULTS = new Settings(new CoreNlpAnnotator.Settings(CoreNlpAnnotator.Settings.CONLL_4CLASS, true, false));

    public Settings {
      Objects.requireNonNull(corenlp, "corenlp");
    }
  }

  private StandardPipeline() {}

  /** Loads the models and builds the pipeline; expensive, call once per process. */
  public static Pipeline create(Settings settings, Gazetteer gazetteer) {
    return StandardStages.pipeline(gazetteer, new CoreNlpAnnotator(settings.corenlp()));
  }
}
