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
import org.storyline.model.ActorRole;
import org.storyline.model.EntityType;
import org.storyline.model.EventActor;
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
  void aRunningTotalIsNotTheEventsToll() {
    List<EventMention> e = events("An earthquake killed 12 people, bringing the death toll to 300.", Map.of());
    assertThat(e).singleElement().satisfies(x -> assertThat(x.killed()).isEqualTo(12L));
  }

  @Test
  void aTerritorialVerbWithoutAnActorIsNoEvent() {
    assertThat(events("The city was recaptured.", Map.of())).isEmpty();
  }

  @Test
  void anEventTakesTheDateItsSentenceGivesElseThePublicationDate() {
    Document d = new DictionaryRecogniser(Map.of("Aleppo", EntityType.LOCATION)).annotate(Document.of(Articles.of("a", null,
        "In July, rebels seized parts of the city. Government troops recaptured parts of Aleppo on Sunday, days after July's talks.\n"
            + "Rebels seized the last parts of the border.",
        "2016-09-07")));
    d = new org.storyline.annotate.time.TimeTagger().annotate(d);
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    d = new FigureExtractor().annotate(d);
    List<EventMention> e = new EventDetector(TriggerLexicon.bundled()).annotate(d).get(Layers.EVENTS);
    assertThat(e).filteredOn(x -> !x.type().equals("DIPLO")).extracting(EventMention::date)
        .containsExactly("2016-07", "2016-09-04", "2016-09-07");
  }

  @Test
  void whoTookPartIsNamedAsAclEdNamesActorsWithTheirKind() {
    List<EventMention> e = events("Syrian government troops recaptured parts of Aleppo.\n"
        + "Rebels backed by Turkish tanks seized the last parts of the border.",
        Map.of("Aleppo", EntityType.LOCATION, "Syrian", EntityType.MISC, "Turkish", EntityType.MISC));
    assertThat(e.get(0).actor1()).isEqualTo(new EventActor("Military Forces of Syria", ActorRole.STATE_FORCES, "SY"));
    assertThat(e.get(1).actor1().role()).isEqualTo(ActorRole.REBELS); // not the Turkish backers
  }

  @Test
  void tearGasOnProtestersIsAProtestWithIntervention() {
    assertThat(events("Police fired tear gas to disperse protesters in Aleppo.", Map.of("Aleppo", EntityType.LOCATION)))
        .extracting(EventMention::type).containsExactly("PROTEST_WITH_INTER");
  }

  @Test
  void liveFireOnProtestersIsForceAgainstProtestWithItsToll() {
    assertThat(events("Security forces opened fire on protesters and killed 4 people.", Map.of()))
        .singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo("FORCE_AGAINST_PROTEST");
          assertThat(x.killed()).isEqualTo(4L);
          assertThat(x.actor1().role()).isEqualTo(ActorRole.STATE_FORCES);
          assertThat(x.actor2().role()).isEqualTo(ActorRole.PROTESTERS);
        });
  }

  @Test
  void aDealThatFailedIsNoAgreement() {
    assertThat(events("Washington and Moscow failed to reach a ceasefire deal.", Map.of("Washington", EntityType.LOCATION,
        "Moscow", EntityType.LOCATION))).extracting(EventMention::type).doesNotContain("AGREEMENT");
  }

  @Test
  void eachEventOfASentenceGetsTheFiguresOfItsClause() {
    List<EventMention> e = events("Shelling killed 6 people in Homs, while an earthquake killed 30 people in Van.",
        Map.of("Homs", EntityType.LOCATION, "Van", EntityType.LOCATION));
    assertThat(e).extracting(EventMention::type, EventMention::killed)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ART_MISS_ATTACK", 6L),
            org.assertj.core.groups.Tuple.tuple("NATURAL_DISASTER", 30L));
  }

  @Test
  void talksGetNoFatalitiesFromTheWarTheyAreAbout() {
    assertThat(events("Talks to end the war that has killed 290,000 people resumed in Geneva.", Map.of("Geneva", EntityType.LOCATION)))
        .singleElement().satisfies(x -> {
          assertThat(x.type()).isEqualTo("DIPLO");
          assertThat(x.killed()).isNull();
        });
  }

  /** Random word soup of triggers, actors, names and numbers: never throws, and every mention points into its text. */
  @Test
  void randomTextNeverBreaksTheDetectorAndMentionsPointIntoTheText() {
    String[] words = {"troops", "rebels", "recaptured", "seized", "talks", "killed", "12", "people", "protesters", "tear", "gas",
        "disperse", "not", "failed", "air", "strike", "suicide", "bomber", "Aleppo", "Kerry", "and", "Lavrov", "the", "by", "backed",
        "were", "by", "earthquake", ",", ";", ".", "while", "-", "claimed", "responsibility", "fire", "on", "police", "\n"};
    java.util.Random random = new java.util.Random(42);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(40); k >= 0; k--) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String text = b.toString();
      List<EventMention> e = events(text, Map.of("Aleppo", EntityType.LOCATION, "Kerry", EntityType.PERSON, "Lavrov", EntityType.PERSON));
      int last = -1;
      for (EventMention m : e) {
        assertThat(m.start()).as(text).isBetween(0, text.length());
        assertThat(m.end()).as(text).isBetween(m.start() + 1, text.length());
        assertThat(m.sentence()).as(text).contains(text.substring(m.start(), m.end()));
        assertThat(m.confidence()).isBetween(0.0, 1.0);
        assertThat(org.storyline.model.EventType.ofCode(m.type())).as(m.type()).isPresent();
        int sentence = text.lastIndexOf(m.sentence(), m.start());
        assertThat(sentence).as("the sentence holds the trigger: " + text).isBetween(0, m.start());
        assertThat(sentence).as("sentences in text order: " + text).isGreaterThanOrEqualTo(last);
        last = sentence;
      }
    }
  }
}
