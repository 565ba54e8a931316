package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.DescriptorLinker;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.entities.OrganizationRecogniser;
import org.storyline.annotate.entities.Organizations;
import org.storyline.annotate.events.EventDetector;
import org.storyline.annotate.events.TriggerLexicon;
import org.storyline.annotate.figures.FigureExtractor;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.annotate.quotes.QuoteExtractor;
import org.storyline.annotate.time.TimeTagger;
import org.storyline.stories.StoryTerms;

/**
 * Storyline's annotation stages in their order, after whatever recognises tokens, sentences and
 * entity mentions (CoreNLP in production, a light recogniser in tests):
 *
 * <ol>
 *   <li>the recogniser: tokens, sentences, entity mentions
 *   <li>{@link TimeTagger}, when the recogniser gives no times: TIMEX3 dates, times, durations, sets
 *   <li>{@link OrganizationRecogniser}: known organisations the recogniser missed or mistyped
 *   <li>{@link PlaceResolver}: location mentions to gazetteer places
 *   <li>{@link EntityCanonicalizer}: canonical names and subtypes
 *   <li>{@link DescriptorLinker}: "the Britain-based monitor", "the Observatory" as mentions of the organisation named before
 *   <li>{@link FigureExtractor}: numbers of people killed, injured, displaced, ...
 *   <li>{@link QuoteExtractor}: quotes with speakers
 *   <li>{@link EventDetector}: typed event mentions with date, place, actors, figures
 *   <li>{@link StoryTerms}: the terms that place the article among stories
 * </ol>
 */
public final class StandardStages {
  /** What the standard stages provide together: the contract's output and the story terms. */
  public static final List<Layer<?>> PROVIDES =
      List.<Layer<?>>of(Layers.ENTITIES, Layers.PLACES, Layers.TIMES, Layers.FIGURES, Layers.QUOTES, Layers.EVENTS, StoryTerms.TERMS);

  private StandardStages() {}

  /**
   * The stages, beginning with {@code recognisers} (in order), then Storyline's {@link TimeTagger}
   * unless a recogniser already provides the times (CoreNLP with SUTime).
   */
  public static List<Annotator> after(Gazetteer gazetteer, Annotator... recognisers) {
    List<Annotator> stages = new ArrayList<>(List.of(recognisers));
    if (stages.stream().noneMatch(s -> s.provides().contains(Layers.TIMES))) {
      stages.add(new TimeTagger());
    }
    stages.add(new OrganizationRecogniser(Organizations.bundled()));
    stages.add(new PlaceResolver(gazetteer));
    stages.add(new EntityCanonicalizer(gazetteer));
    stages.add(new DescriptorLinker());
    stages.add(new FigureExtractor());
    stages.add(new QuoteExtractor());
    stages.add(new EventDetector(TriggerLexicon.bundled()));
    stages.add(new StoryTerms());
    return List.copyOf(stages);
  }

  /** The standard pipeline after the given recognisers, refusing to build when a need is unmet. */
  public static Pipeline pipeline(Gazetteer gazetteer, Annotator... recognisers) {
    return Pipeline.of(after(gazetteer, recognisers), PROVIDES);
  }
}
