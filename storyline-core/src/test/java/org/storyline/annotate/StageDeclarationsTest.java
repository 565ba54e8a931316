package org.storyline.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.events.EventDetector;
import org.storyline.annotate.events.TriggerLexicon;
import org.storyline.annotate.figures.FigureExtractor;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.annotate.quotes.QuoteExtractor;
import org.storyline.model.EntityType;
import org.storyline.stories.StoryTerms;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

/**
 * Each stage's declarations hold: given a document carrying exactly the layers it requires, it
 * runs (so it reads nothing undeclared: a Document throws on an undeclared read) and returns every
 * layer it provides.
 */
class StageDeclarationsTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final String TEXT = "Syrian troops recaptured Aleppo on Sunday, killing 12 rebels. \"We will not stop here now,\" "
      + "Bashar al-Assad said. Kerry met Lavrov in Geneva.";
  private static final Map<String, EntityType> NAMES = Map.of("Aleppo", EntityType.LOCATION, "Geneva", EntityType.LOCATION,
      "Bashar al-Assad", EntityType.PERSON, "Kerry", EntityType.PERSON, "Lavrov", EntityType.PERSON, "Syrian", EntityType.MISC);

  static Stream<Annotator> stages() {
    return org.storyline.pipeline.StandardStages.after(GAZETTEER).stream();
  }

  /** A document with every layer, from which each test keeps only what a stage requires. */
  private static Document full() {
    Document d = new DictionaryRecogniser(NAMES).annotate(Document.of(Articles.of("a", "Aleppo retaken", TEXT, "2016-09-04")));
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    return new FigureExtractor().annotate(d);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Document only(Document source, java.util.Set<Layer<?>> layers) {
    Document d = Document.of(source.article());
    for (Layer layer : layers) {
      d = d.with(layer, source.get(layer));
    }
    return d;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stages")
  void readsOnlyWhatItRequiresAndAddsWhatItProvides(Annotator stage) {
    Document in = only(full(), stage.requires());
    Document out = stage.annotate(in);
    for (Layer<?> provided : stage.provides()) {
      assertThat(out.has(provided)).as("%s provides %s", stage.name(), provided).isTrue();
    }
  }

  @Test
  void readingALayerNobodyAddedFailsAndNamesIt() {
    Document d = Document.of(Articles.of("a", null, "text", null));
    assertThatThrownBy(() -> d.get(Layers.PLACES))
        .isInstanceOf(MissingLayerException.class)
        .hasMessageContaining("layer 'places' is not on this document (present: none)");
  }

  @Test
  void stagesTolerateAnEmptyDocument() {
    Document d = new DictionaryRecogniser(Map.of()).annotate(Document.of(Articles.of("a", null, " ", null)));
    for (Annotator stage : stages().toList()) {
      d = stage.annotate(d);
    }
    for (Layer<?> layer : List.of(Layers.ENTITIES, Layers.PLACES, Layers.FIGURES, Layers.QUOTES, Layers.EVENTS)) {
      assertThat((List<?>) d.get(layer)).as(layer.name()).isEmpty();
    }
  }
}
