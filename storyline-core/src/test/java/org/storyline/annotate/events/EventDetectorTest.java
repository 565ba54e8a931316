package org.storyline.annotate.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.figures.FigureExtractor;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.model.EntityType;
import org.storyline.model.EventMention;
import org.storyline.model.PlacePrecision;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class EventDetectorTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  private static List<EventMention> events(String text, Map<String, EntityType> names) {
    Document d = new DictionaryRecogniser(names).annotate(Document.of(Articles.of("a", null, text, "2016-09-04")));
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    d = new FigureExtractor().annotate(d);
    return new EventDetector(TriggerLexicon.bundled()).annotate(d).get(Layers.EVENTS);
  }

  @Test
  void territorialGainsAreTypedByWhoGains() {
    List<EventMention> e = events("Beirut (AFP) - Syrian government troops recaptured parts of Aleppo.\n"
        + "Rebels backed by Turkish tanks seized the last parts of the border.",
        Map.of("Beirut", EntityType.LOCATION, "Aleppo", EntityType.LOCATION));
    assertThat(e).extracting(EventMention::type).containsExactly("GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER");
    assertThat(e.get(0).place().name()).isEqualTo("Aleppo"); // not the dateline's Beirut
    assertThat(e.get(0).date()).isEqualTo("2016-09-04");
  }

  @Test
  void theEventIsAtThePlaceOfItsClauseNotAtADemonymOrTheDateline() {
    List<EventMention> e = events("Beirut (AFP) - Turkish forces and allied Syrian rebels expelled IS from the last stretch "
        + "of the Syrian-Turkish border under its control.\n"
        + "Talks between the US and Russia have been taking place in Rome.",
        Map.of("Beirut", EntityType.LOCATION, "Turkish", EntityType.MISC, "Syrian", EntityType.MISC,
            "US", EntityType.LOCATION, "Russia", EntityType.LOCATION, "Rome", EntityType.LOCATION));
    assertThat(e).extracting(x -> x.place().text()).containsExactly("the Syrian-Turkish border", "Rome");
    assertThat(e).extracting(x -> x.place().precision()).containsExactly(PlacePrecision.REGION, PlacePrecision.CITY);
  }

  @Test
  void withoutAPlaceInItsSentenceTheEventIsAtTheStorysFocus() {
    List<EventMention> e = events("Beirut (AFP) - Fighting raged around Aleppo. Aleppo was shelled again.\nRebels seized the hill.",
        Map.of("Beirut", EntityType.LOCATION, "Aleppo", EntityType.LOCATION));
    assertThat(e).last().satisfies(x -> assertThat(x.place().name()).isEqualTo("Aleppo")); // never the dateline's Beirut
  }

  @Test
  void talksAreDiplomacyWithTheirActorsAndPlace() {
    List<EventMention> e = events("Kerry and Lavrov held talks in Geneva.",
        Map.of("Kerry", EntityType.PERSON, "Lavrov", EntityType.PERSON, "Geneva", EntityType.LOCATION));
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.type()).isEqualTo("DIPLO");
      assertThat(x.actors()).containsExactly("Kerry", "Lavrov");
      assertThat(x.place().country()).isEqualTo("CH");
      assertThat(x.sentence()).isEqualTo("Kerry and Lavrov held talks in Geneva.");
    });
  }

  @Test
  void attachesKilledFiguresOfTheSentence() {
    List<EventMention> e = events("An earthquake killed 12 people.", Map.of());
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.type()).isEqualTo("NATURAL_DISASTER");
      assertThat(x.killed()).isEqualTo(12L);
    });
  }

  @Test
  void aTerritorialVerbWithoutAnActorIsNoEvent() {
    assertThat(events("The city was recaptured.", Map.of())).isEmpty();
  }
}
