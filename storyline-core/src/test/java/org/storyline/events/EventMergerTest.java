package org.storyline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.Place;

class EventMergerTest {
  private static final Place ALEPPO = new Place(0, 6, "Aleppo", "Aleppo", 36.2, 37.16, "SY", "Aleppo", 170063L, "PPLA");
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
}
