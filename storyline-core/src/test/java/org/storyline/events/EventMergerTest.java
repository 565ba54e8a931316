package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import java.time.OffsetDateTime;
import org.storyline.model.ActorRole;
import org.storyline.model.Event;
import org.storyline.model.EventActor;
import org.storyline.model.EventMention;
import org.storyline.model.EventReport;
import org.storyline.model.Place;

class EventMergerTest {
  private static final Place ALEPPO = new Place(0, 6, "Aleppo", "Aleppo", 36.2, 37.16, "SY", "Aleppo", 170063L, "PPLA");
  private static final Place SYRIA = new Place(0, 5, "Syria", "Syria", 35.0, 38.5, "SY", null, null, "PCLI");
  private static final Place ALEPPO_CITADEL = new Place(0, 7, "Citadel", "Aleppo Citadel", 36.1994, 37.1628, "SY", "Aleppo", 9999L, "CSTL");
  private static final EventActor ARMY = new EventActor("Military Forces of Syria", ActorRole.STATE_FORCES, "SY");
  private static final EventActor REBELS = new EventActor("Rebels (Syria)", ActorRole.REBELS, "SY");
  private static final EventActor IS = new EventActor("Islamic State", ActorRole.REBELS, null);
  private static final Place HOMS = new Place(0, 4, "Homs", "Homs", 34.7, 36.7, "SY", "Homs", 169577L, "PPLA");

  private static EventMention mention(String type, String date, Place place, Long killed) {
    return new EventMention(type, 0, 5, "Troops retook the district.", date, place, List.of("Syrian Army"), killed, null, 0.6);
  }

  @Test
  void reportsOfOneEventFromTwoOutletsMergeIntoOneRecord() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    Event first = m.merge("afp-1", "AFP", List.of(mention("GOV_REGAINS_TERIT", "2016-09-04", ALEPPO, 6L))).get(0);
    Event merged = m.merge("bbc-1", "BBC", List.of(mention("GOV_REGAINS_TERIT", "2016-09-05", ALEPPO, 8L))).get(0);
    assertThat(merged.eventId()).isEqualTo(first.eventId());
    assertThat(merged.sourceArticles()).containsExactly("afp-1", "bbc-1");
    assertThat(merged.sources()).containsExactly("AFP", "BBC");
    assertThat(merged.fatalities()).isEqualTo(8L);
    assertThat(merged.eventType()).isEqualTo("Battles");
    assertThat(merged.location()).isEqualTo("Aleppo");
  }

  @Test
  void anotherPlaceOrDateOrTypeIsAnotherEvent() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    String a = m.merge("1", "A", List.of(mention("GOV_REGAINS_TERIT", "2016-09-04", ALEPPO, null))).get(0).eventId();
    String b = m.merge("2", "B", List.of(mention("GOV_REGAINS_TERIT", "2016-09-04", HOMS, null))).get(0).eventId();
    String c = m.merge("3", "C", List.of(mention("GOV_REGAINS_TERIT", "2016-09-10", ALEPPO, null))).get(0).eventId();
    String d = m.merge("4", "D", List.of(mention("AIR_STRIKE", "2016-09-04", ALEPPO, null))).get(0).eventId();
    assertThat(List.of(a, b, c, d)).doesNotHaveDuplicates();
  }

  @Test
  void stateIsBoundedByTheWindowAndSurvivesASnapshot() {
    EventMerger m = new EventMerger(new EventMerger.Settings(1, 10));
    m.merge("1", "A", List.of(mention("DIPLO", "2016-01-01", ALEPPO, null)));
    m.merge("2", "B", List.of(mention("DIPLO", "2016-03-01", ALEPPO, null)));
    assertThat(m.snapshot().events()).hasSize(1);
    EventMerger restored = new EventMerger(new EventMerger.Settings(1, 10));
    restored.restore(m.snapshot());
    assertThat(restored.merge("3", "C", List.of(mention("DIPLO", "2016-03-01", ALEPPO, null))).get(0).sourceArticles())
        .containsExactly("2", "3");
  }

  private static EventMention strike(String date, Place place, EventActor a1, EventActor a2, Long killed, Long injured) {
    return new EventMention("AIR_STRIKE", 3, 9, "An air strike hit the market.", date, place, List.of(), killed, injured, 0.7,
        a1, a2, null);
  }

  private static OffsetDateTime at(String t) {
    return OffsetDateTime.parse(t);
  }

  @Test
  void outletsThatDisagreeOnTheTollAreKeptApartInReportsAndFlagged() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    m.merge("afp-1", "AFP", at("2016-09-04T10:00Z"), List.of(strike("2016-09-04", ALEPPO, ARMY, REBELS, 6L, 10L)));
    m.merge("bbc-1", "BBC", at("2016-09-04T09:00Z"), List.of(strike("2016-09-04", ALEPPO, ARMY, null, 8L, null)));
    Event e = m.merge("rtr-1", "Reuters", at("2016-09-05T08:00Z"), List.of(strike("2016-09-05", ALEPPO_CITADEL, null, REBELS, 7L, 10L))).get(0);
    assertThat(e.sourceArticles()).containsExactly("afp-1", "bbc-1", "rtr-1");
    assertThat(e.reports()).extracting(EventReport::source, EventReport::killed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("AFP", 6L), org.assertj.core.groups.Tuple.tuple("BBC", 8L),
            org.assertj.core.groups.Tuple.tuple("Reuters", 7L));
    assertThat(e.fatalities()).isEqualTo(8L);
    assertThat(e.fatalitiesRule()).isEqualTo("max"); // 6, 8, 7: not a growing count, so the largest "at least"
    assertThat(e.conflict()).isTrue();
    assertThat(e.injured()).isEqualTo(10L);
    assertThat(e.firstSeen()).isEqualTo("2016-09-04T09:00Z"); // BBC published first, though merged second
    assertThat(e.actor1()).isEqualTo("Military Forces of Syria");
    assertThat(e.actor1Kind()).isEqualTo("STATE_FORCES");
    assertThat(e.actor2()).isEqualTo("Rebels (Syria)");
  }

  @Test
  void aTollThatGrowsFromReportToReportIsTheLatest() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    m.merge("a-1", "AFP", at("2016-09-04T10:00Z"), List.of(strike("2016-09-04", ALEPPO, ARMY, null, 6L, null)));
    Event e = m.merge("a-2", "AFP", at("2016-09-04T18:00Z"), List.of(strike("2016-09-04", ALEPPO, ARMY, null, 11L, null))).get(0);
    assertThat(e.fatalities()).isEqualTo(11L);
    assertThat(e.fatalitiesRule()).isEqualTo("latest");
    assertThat(e.conflict()).isFalse(); // one outlet updating its own count is no conflict
  }

  @Test
  void theSameFigureFromEveryOutletIsAgreed() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    m.merge("a", "AFP", null, List.of(strike("2016-09-04", ALEPPO, ARMY, null, 6L, null)));
    Event e = m.merge("b", "BBC", null, List.of(strike("2016-09-04", ALEPPO, ARMY, null, 6L, null))).get(0);
    assertThat(e.fatalitiesRule()).isEqualTo("agreed");
    assertThat(e.conflict()).isFalse();
  }

  @Test
  void aCountryFirstNamedIsRefinedToTheCityALaterReportNames() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    m.merge("a", "AFP", null, List.of(strike("2016-09-04", SYRIA, ARMY, null, null, null)));
    Event e = m.merge("b", "BBC", null, List.of(strike("2016-09-04", ALEPPO, ARMY, null, null, null))).get(0);
    assertThat(e.sourceArticles()).containsExactly("a", "b");
    assertThat(e.location()).isEqualTo("Aleppo");
  }

  @Test
  void actorsThatShareNoNameAreDifferentEvents() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    String a = m.merge("a", "AFP", null, List.of(strike("2016-09-04", ALEPPO, ARMY, REBELS, null, null))).get(0).eventId();
    String b = m.merge("b", "BBC", null, List.of(strike("2016-09-04", ALEPPO, IS, null, null, null))).get(0).eventId();
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void shellingAndAnAirStrikeReportedOfOneAttackAreOneEvent() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    Event first = m.merge("a", "AFP", null, List.of(strike("2016-09-04", ALEPPO, ARMY, null, null, null))).get(0);
    EventMention shelling = new EventMention("ART_MISS_ATTACK", 0, 8, "Shelling hit the market.", "2016-09-04", ALEPPO,
        List.of(), null, null, 0.6, ARMY, null, null);
    assertThat(m.merge("b", "BBC", null, List.of(shelling)).get(0).eventId()).isEqualTo(first.eventId());
  }

  @Test
  void rejectsANegativeDistance() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EventMerger.Settings(1, 30, -1))
        .hasMessageContaining("placeKm").hasMessageContaining("-1");
  }

  @Test
  void theStateRegainingGroundAndAGroupSeizingItAreNeverOneEvent() {
    EventMerger m = new EventMerger(EventMerger.Settings.DEFAULTS);
    EventMention gain = new EventMention("GOV_REGAINS_TERIT", 0, 5, "Troops retook the district.", "2016-09-04", ALEPPO,
        List.of(), null, null, 0.6, ARMY, REBELS, null);
    EventMention loss = new EventMention("NON_STATE_ACTOR_OVERTAKES_TER", 10, 15, "Rebels seized the district.", "2016-09-04",
        ALEPPO, List.of(), null, null, 0.6, REBELS, ARMY, null);
    String a = m.merge("a", "AFP", null, List.of(gain)).get(0).eventId();
    assertThat(m.merge("b", "BBC", null, List.of(loss)).get(0).eventId()).isNotEqualTo(a);
  }
}
