package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.model.EntityType;
import org.storyline.model.Result;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class PipelineTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @Test
  void refusesToBuildWhenAStageNeedsALayerNoEarlierStageProvides() {
    // canonical names need places, but the place resolver is missing
    List<Annotator> stages = List.of(new DictionaryRecogniser(Map.of()), new EntityCanonicalizer(GAZETTEER));
    assertThatThrownBy(() -> Pipeline.of(stages, List.of(Layers.ENTITIES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stage 'canonical names' needs layer 'places'")
        .hasMessageContaining("no earlier stage provides");
  }

  @Test
  void refusesToBuildWhenTheOutputNeedsALayerNoStageProvides() {
    List<Annotator> stages = List.of(new DictionaryRecogniser(Map.of()), new PlaceResolver(GAZETTEER), new EntityCanonicalizer(GAZETTEER));
    assertThatThrownBy(() -> Pipeline.of(stages))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the output needs layer 'figures'");
  }

  @Test
  void aStageThatFailsRejectsTheArticleWithItsNameAndTheReason() {
    Annotator broken = new Annotator() {
      @Override
      public String name() {
        return "broken";
      }

      @Override
      public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
      }

      @Override
      public Set<Layer<?>> provides() {
        return Set.of();
      }

      @Override
      public Document annotate(Document document) {
        throw new IllegalStateException("cannot cope");
      }
    };
    Pipeline p = Pipeline.of(List.of(new DictionaryRecogniser(Map.of()), broken), List.of(Layers.TOKENS));
    Result<Document> r = p.run(Articles.of("a1", "t", "Some text.", null));
    assertThat(r).isInstanceOfSatisfying(Result.Rejected.class, rej -> {
      assertThat(rej.input()).isEqualTo("a1");
      assertThat(rej.reason()).contains("stage 'broken' failed").contains("cannot cope");
    });
  }

  @Test
  void runsStagesInOrderAndTimesEach() {
    Pipeline p = Pipeline.of(List.of(new DictionaryRecogniser(Map.of("Aleppo", EntityType.LOCATION)), new PlaceResolver(GAZETTEER),
        new EntityCanonicalizer(GAZETTEER)), List.of(Layers.ENTITIES));
    Result<Document> r = p.run(Articles.of("a1", "t", "Fighting in Aleppo.", null));
    Document d = ((Result.Ok<Document>) r).value();
    assertThat(d.get(Layers.ENTITIES)).extracting(e -> e.canonical()).containsExactly("Aleppo");
    assertThat(p.timings()).extracting(Pipeline.StageTime::stage).containsExactly("dictionary", "places", "canonical names");
    assertThat(p.timings()).allSatisfy(t -> assertThat(t.nanos()).isPositive());
  }
}
