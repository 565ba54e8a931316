package org.storyline.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class FigureExtractorTest {
  private static List<Figure> figures(String text) {
    Document d = new DictionaryRecogniser(Map.of()).annotate(Document.of(Articles.of("a", null, text, null)));
    return new FigureExtractor().annotate(d).get(Layers.FIGURES);
  }

  @Test
  void readsKindValueAndApproximationFromTheClause() {
    List<Figure> f = figures("The UN says around 31,500 people have been displaced by the fighting.");
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.value()).isEqualTo(31500);
      assertThat(x.kind()).isEqualTo(FigureKind.DISPLACED);
      assertThat(x.approximate()).isTrue();
      assertThat(x.text()).isEqualTo("31,500");
    });
  }

  @Test
  void aCueBeforeTheNumberCountsWhenTheClauseAfterItEnds() {
    List<Figure> f = figures("The conflict has killed more than 290,000 people and displaced millions.");
    assertThat(f).extracting(Figure::value, Figure::kind, Figure::approximate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(290000L, FigureKind.KILLED, true),
            org.assertj.core.groups.Tuple.tuple(2000000L, FigureKind.DISPLACED, true));
  }

  @Test
  void numbersInWordsAndScales() {
    assertThat(figures("Twelve soldiers were wounded.")).extracting(Figure::value, Figure::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(12L, FigureKind.INJURED));
    assertThat(figures("Some 1.5 million refugees fled.")).extracting(Figure::value).containsExactly(1_500_000L);
    assertThat(figures("Hundreds of people were arrested.")).extracting(Figure::value, Figure::kind, Figure::approximate)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(200L, FigureKind.ARRESTED, true));
    assertThat(figures("About 250,000 people living in the city are cut off.")).extracting(Figure::kind)
        .containsExactly(FigureKind.BESIEGED);
  }

  @Test
  void durationsYearsAndUnitsAreNotPeople() {
    assertThat(figures("Aid agencies urged 48-hour ceasefires in the five-year war.")).isEmpty();
    assertThat(figures("In 2011 the war began; 15 km of road were destroyed.")).isEmpty();
  }
}
