package org.storyline.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.events.EventDetector;
import org.storyline.annotate.events.TriggerLexicon;
import org.storyline.annotate.figures.FigureExtractor;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.annotate.quotes.QuoteExtractor;
import org.storyline.pipeline.Pipeline;
import org.storyline.stories.StoryTerms;

/**
 * Storyline's default annotation stages, in order:
 *
 * <ol>
 *   <li>{@link CoreNlpAnnotator}: tokens, sentences, entity mentions, dates
 *   <li>{@link EntityCanonicalizer}: canonical names
 *   <li>{@link PlaceResolver}: location mentions to gazetteer places
 *   <li>{@link FigureExtractor}: numbers of people killed, injured, displaced, ...
 *   <li>{@link QuoteExtractor}: quotes with speakers
 *   <li>{@link EventDetector}: typed event mentions with date, place, actors, figures
 *   <li>{@link StoryTerms}: the terms that place the article among stories
 * </ol>
 */
public final class StandardPipeline {
  /** What the standard pipeline must provide: the contract's output and the story terms. */
  public static final List<Layer<?>> PROVIDES =
      List.<Layer<?>>of(Layers.ENTITIES, Layers.PLACES, Layers.TIMES, Layers.FIGURES, Layers.QUOTES, Layers.EVENTS, StoryTerms.TERMS);

  /** @param corenlp CoreNLP's settings */
  public record Settings(CoreNlpAnnotator.Settings corenlp) implements Serializable {
    public static final Settings DEFAULTS = new Settings(CoreNlpAnnotator.Settings.DEFAULTS);

    public Settings {
      Objects.requireNonNull(corenlp, "corenlp");
    }
  }

  private StandardPipeline() {}

  /** Loads the models and builds the pipeline; expensive, call once per process. */
  public static Pipeline create(Settings settings, Gazetteer gazetteer) {
    return Pipeline.of(stages(new CoreNlpAnnotator(settings.corenlp()), gazetteer), PROVIDES);
  }

  /** The stages after a given recogniser, for callers that bring their own tokenizer and NER. */
  public static List<Annotator> stages(Annotator recogniser, Gazetteer gazetteer) {
    return List.of(
        recogniser,
        new EntityCanonicalizer(),
        new PlaceResolver(gazetteer),
        new FigureExtractor(),
        new QuoteExtractor(),
        new EventDetector(TriggerLexicon.bundled()),
        new StoryTerms());
  }
}
