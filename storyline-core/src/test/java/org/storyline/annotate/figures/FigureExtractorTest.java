package org.storyline.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.model.EntityType;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;
import org.storyline.model.TimeExpression;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class FigureExtractorTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  private static List<Figure> figures(String text) {
    return figures(text, Map.of(), Map.of());
  }

  /** Figures of {@code text}, with the named entities and the time expressions (phrase → TIMEX3 value) given. */
  static List<Figure> figures(String text, Map<String, EntityType> names, Map<String, String> times) {
    Document d = new DictionaryRecogniser(names).annotate(Document.of(Articles.of("a", null, text, "2016-09-04")));
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    List<TimeExpression> t = new ArrayList<>();
    for (var e : times.entrySet()) {
      Matcher m = Pattern.compile(Pattern.quote(e.getKey())).matcher(text);
      while (m.find()) {
        t.add(new TimeExpression(m.start(), m.end(), e.getKey(), "DATE", e.getValue()));
      }
    }
    t.sort((a, b) -> a.start() - b.start());
    return new FigureExtractor().annotate(d.with(Layers.TIMES, List.copyOf(t))).get(Layers.FIGURES);
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
        .containsExactly(tuple(290000L, FigureKind.KILLED, true), tuple(2000000L, FigureKind.DISPLACED, true));
  }

  @Test
  void numbersInWordsAndScales() {
    assertThat(figures("Twelve soldiers were wounded.")).extracting(Figure::value, Figure::kind)
        .containsExactly(tuple(12L, FigureKind.INJURED));
    assertThat(figures("Some 1.5 million refugees fled.")).extracting(Figure::value).containsExactly(1_500_000L);
    assertThat(figures("Hundreds of people were arrested.")).extracting(Figure::value, Figure::kind, Figure::approximate)
        .containsExactly(tuple(200L, FigureKind.ARRESTED, true));
    assertThat(figures("About 250,000 people living in the city are cut off.")).extracting(Figure::kind)
        .containsExactly(FigureKind.BESIEGED);
    assertThat(figures("Sixty-seven people sought medical attention.")).extracting(Figure::value, Figure::kind)
        .containsExactly(tuple(67L, FigureKind.INJURED));
    assertThat(figures("Qeshm island is home to 120, 000 people.")).extracting(Figure::value).containsExactly(120_000L);
  }

  @Test
  void vaguePluralsAndDozensStandForTheirRange() {
    assertThat(figures("Hundreds of civilians fled.")).extracting(Figure::value, Figure::min, Figure::max)
        .containsExactly(tuple(200L, 200L, 999L));
    assertThat(figures("Tens of thousands of people marched.")).extracting(Figure::text, Figure::value, Figure::min, Figure::max)
        .containsExactly(tuple("Tens of thousands", 20_000L, 20_000L, 99_999L));
    assertThat(figures("Two dozen protesters were detained.")).extracting(Figure::value, Figure::min, Figure::max,
        Figure::approximate).containsExactly(tuple(24L, 24L, 24L, false));
    assertThat(figures("Several thousand people marched.")).extracting(Figure::value, Figure::min, Figure::max)
        .containsExactly(tuple(3000L, 3000L, 9999L));
  }

  @Test
  void theQualifierSetsWhichBoundTheNumberIs() {
    assertThat(figures("At least six people were killed.")).extracting(Figure::min, Figure::max).containsExactly(tuple(6L, null));
    assertThat(figures("Nearly 50 people were injured.")).extracting(Figure::min, Figure::max).containsExactly(tuple(null, 50L));
    assertThat(figures("About 40 protesters rallied.")).extracting(Figure::min, Figure::max, Figure::approximate)
        .containsExactly(tuple(null, null, true));
    assertThat(figures("Seven people were killed.")).extracting(Figure::min, Figure::max, Figure::approximate)
        .containsExactly(tuple(7L, 7L, false));
  }

  @Test
  void runningTotalsAreCumulativeAndNewCountsAreNot() {
    assertThat(figures("The death toll climbed to 66 on Friday.")).extracting(Figure::kind, Figure::cumulative)
        .containsExactly(tuple(FigureKind.KILLED, true));
    assertThat(figures("Since the war began, more than 290,000 people have been killed.")).extracting(Figure::cumulative)
        .containsExactly(true);
    assertThat(figures("So far, 11 employees have been charged.")).extracting(Figure::cumulative).containsExactly(true);
    assertThat(figures("Four more protesters were killed in Baghdad.")).extracting(Figure::cumulative).containsExactly(false);
    assertThat(figures("Seven people were killed in the attack.")).extracting(Figure::cumulative).containsExactly(false);
  }

  @Test
  void theSourceIsTheNounPhraseOfTheReportingVerb() {
    assertThat(figures("The UN aid agency says around 31,500 people have been displaced."))
        .extracting(f -> f.source().text()).containsExactly("The UN aid agency");
    assertThat(figures("At least six people have been killed, police and medical sources said."))
        .extracting(f -> f.source().text()).containsExactly("police and medical sources");
    assertThat(figures("Nine people were killed on Friday, said Gregg Hastings of the state police."))
        .extracting(f -> f.source().text()).containsExactly("Gregg Hastings of the state police");
    assertThat(figures("Seven people were killed in the attack.")).extracting(Figure::source).containsOnlyNulls();
  }

  @Test
  void aSourceThatIsAnEntityCarriesItsCanonicalName() {
    List<Figure> f = figures("According to the Syrian Observatory for Human Rights, 12 civilians were killed.",
        Map.of("Syrian Observatory for Human Rights", EntityType.ORGANIZATION), Map.of());
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.source().text()).isEqualTo("the Syrian Observatory for Human Rights");
      assertThat(x.source().canonical()).isEqualTo("Syrian Observatory for Human Rights");
    });
  }

  @Test
  void theDateIsTheSentencesDateNotTheStartOfAPeriod() {
    assertThat(figures("On Sunday, 12 people were killed in Aleppo.", Map.of(), Map.of("Sunday", "2016-09-04")))
        .extracting(Figure::date).containsExactly("2016-09-04");
    assertThat(figures("Since March 2011, 290,000 people have died.", Map.of(), Map.of("March 2011", "2011-03")))
        .extracting(Figure::date).containsOnlyNulls();
    assertThat(figures("Seven people were killed.")).extracting(Figure::date).containsOnlyNulls();
  }

  @Test
  void attackersAreCountedAsPeopleAndTheirVictimsAsKilled() {
    assertThat(figures("Two suicide bombers blew themselves up, killing five police officers."))
        .extracting(Figure::value, Figure::kind)
        .containsExactly(tuple(2L, FigureKind.PEOPLE), tuple(5L, FigureKind.KILLED));
    assertThat(figures("Three gunmen killed a soldier.")).extracting(Figure::kind).containsExactly(FigureKind.PEOPLE);
  }

  @Test
  void killedAndWoundedTogetherAreCasualtiesNotDeaths() {
    assertThat(figures("The army killed and wounded 30 civilians.")).extracting(Figure::kind, Figure::subtype)
        .containsExactly(tuple(FigureKind.OTHER, "casualties"));
    assertThat(figures("Five people were shot dead.")).extracting(Figure::kind).containsExactly(FigureKind.KILLED);
  }

  @Test
  void refugeesAreDisplacedWithTheirSubtype() {
    assertThat(figures("Some 4,000 refugees crossed the border.")).extracting(Figure::kind, Figure::subtype)
        .containsExactly(tuple(FigureKind.DISPLACED, "refugees"));
  }

  @Test
  void partsOfAFigureTakeItsKind() {
    assertThat(figures("The attack killed 6 civilians, including 2 women.")).extracting(Figure::value, Figure::kind)
        .containsExactly(tuple(6L, FigureKind.KILLED), tuple(2L, FigureKind.KILLED));
  }

  @Test
  void durationsYearsAndUnitsAreNotPeople() {
    assertThat(figures("Aid agencies urged 48-hour ceasefires in the five-year war.")).isEmpty();
    assertThat(figures("In 2011 the war began; 15 km of road were destroyed.")).isEmpty();
  }

  @Test
  void agesMoneyMultiplesAndCompoundsAreNotPeople() {
    assertThat(figures("Gary Gomes, 35, was arrested and charged.")).isEmpty();
    assertThat(figures("A 61 - year - old man was killed.")).isEmpty();
    assertThat(figures("They offered a reward of $35,000 to the 12 families.")).extracting(Figure::value).containsExactly(12L);
    assertThat(figures("His blood alcohol level was more than five times the legal limit.")).isEmpty();
    assertThat(figures("A 10-juror majority voted; a five-member team was killed.")).isEmpty();
    assertThat(figures("Nichols was convicted on November 7 and killed.")).isEmpty();
    assertThat(figures("Fortunately, no one was killed.")).isEmpty();
  }

  @Test
  void endlessSplitDigitGroupsNeitherOverflowNorThrow() {
    // regression: "100, 000, 000, ..." was multiplied by 1000 per group until the long overflowed
    List<Figure> f = figures("At least 100, 000, 000, 000, 000, 000, 000, 000, 000 people were killed.");
    assertThat(f).allSatisfy(x -> assertThat(x.value()).isNotNegative());
  }
}
