package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventMention;
import org.storyline.model.Place;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.Checkpoint;
import org.storyline.store.Facet;
import org.storyline.store.FacetCount;
import org.storyline.store.FacetedHits;
import org.storyline.store.Filter;
import org.storyline.testing.Articles;

/** Facet counts and filters over a real index on disk, read by a second (read-only) store as serve does. */
class FacetsAndFiltersTest {
  @TempDir
  Path data;

  private static final Place ALEPPO = new Place(0, 6, "Aleppo", "Aleppo", 36.2, 37.16, "SY", "Aleppo", 170063L, "PPLA");
  private static final Place MOSUL = new Place(0, 5, "Mosul", "Mosul", 36.34, 43.13, "IQ", "Nineveh", 99072L, "PPLA");

  private static StoredArticle article(String id, long seq, String outlet, String day, String text, Place place, String type,
      String person) {
    Annotations a = new Annotations(
        List.of(new Entity(0, 3, person, EntityType.PERSON, null, person)),
        List.of(place), List.of(), List.of(), List.of(),
        List.of(new EventMention(type, 0, 3, text, day, place, List.of(person), null, null, 0.9)));
    Article art = new Article(id, null, outlet, "Report " + id, text, Articles.at(day), "en");
    return new StoredArticle(new AnnotatedArticle(art, a), "s-" + id, null, List.of(), Instant.EPOCH, seq);
  }

  private static Event event(String id, String day, String type, String country, String actor, String outlet) {
    return new Event(id, day, "Battles", type, actor, null, "somewhere", 1.0, 2.0, country, 1L, null, List.of("a1"),
        List.of(outlet), "a sentence");
  }

  @BeforeEach
  void fill() {
    try (LuceneStore w = LuceneStore.openForWriting(data)) {
      w.add(article("a1", 0, "AFP", "2016-09-04", "Air strikes hit Aleppo.", ALEPPO, "AIR_STRIKE", "Bashar al-Assad"), List.of("i:a1"));
      w.add(article("a2", 1, "BBC", "2016-09-05", "Air strikes hit Aleppo again.", ALEPPO, "AIR_STRIKE", "John Kerry"), List.of("i:a2"));
      w.add(article("a3", 2, "AFP", "2016-10-17", "The offensive on Mosul began.", MOSUL, "ARMED_CLASH", "John Kerry"), List.of("i:a3"));
      w.put(event("e1", "2016-09-04", "AIR_STRIKE", "SY", "Syrian Army", "AFP"));
      w.put(event("e2", "2016-09-05", "AIR_STRIKE", "SY", "Russian Air Force", "BBC"));
      w.put(event("e3", "2016-10-17", "ARMED_CLASH", "IQ", "Iraqi Army", "AFP"));
      w.put(new Story("s-1", "Aleppo", "t-1", List.of("a1"), Articles.at("2016-09-04"), Articles.at("2016-09-04"), List.of(), List.of()));
      w.put(new Story("s-2", "Aleppo again", "t-1", List.of("a2"), Articles.at("2016-09-05"), Articles.at("2016-09-05"), List.of(), List.of()));
      w.put(new Story("s-3", "Mosul", "t-2", List.of("a3"), Articles.at("2016-10-17"), Articles.at("2016-10-17"), List.of(), List.of()));
      w.commit(Checkpoint.EMPTY);
    }
  }

  private static List<FacetCount> facet(FacetedHits h, Facet f) {
    return h.facets().stream().filter(v -> v.facet() == f).findFirst().orElseThrow().values();
  }

  @Test
  void countsEveryFacetOverAllHitsNotOnlyThePage() throws Exception {
    try (LuceneStore r = LuceneStore.openReadOnly(data)) {
      FacetedHits h = r.search("air OR offensive", Filter.NONE, 0, 1, 10);
      assertThat(h.hits().total()).isEqualTo(3);
      assertThat(h.hits().items()).hasSize(1);
      assertThat(facet(h, Facet.OUTLET)).containsExactly(new FacetCount("AFP", 2), new FacetCount("BBC", 1));
      assertThat(facet(h, Facet.COUNTRY)).containsExactly(new FacetCount("SY", 2), new FacetCount("IQ", 1));
      assertThat(facet(h, Facet.EVENT_TYPE)).containsExactly(new FacetCount("AIR_STRIKE", 2), new FacetCount("ARMED_CLASH", 1));
      assertThat(facet(h, Facet.ENTITY)).containsExactly(new FacetCount("John Kerry", 2), new FacetCount("Bashar al-Assad", 1));
    }
  }

  @Test
  void aFilterNarrowsHitsAndTheirCounts() throws Exception {
    try (LuceneStore r = LuceneStore.openReadOnly(data)) {
      Filter afpInSyria = new Filter(List.of(), List.of("SY"), null, null, List.of("AFP"), List.of());
      FacetedHits h = r.search("air", afpInSyria, 0, 10, 10);
      assertThat(h.hits().items()).extracting(x -> x.id()).containsExactly("a1");
      assertThat(facet(h, Facet.ENTITY)).containsExactly(new FacetCount("Bashar al-Assad", 1));
      Filter twoOutlets = new Filter(List.of(), List.of(), null, null, List.of("AFP", "BBC"), List.of("John Kerry"));
      assertThat(r.search("air OR offensive", twoOutlets, 0, 10, 5).hits().total()).isEqualTo(2);
    }
  }

  @Test
  void aChosenDimensionStillCountsItsOtherValuesWhileTheRestAreNarrowed() throws Exception {
    try (LuceneStore r = LuceneStore.openReadOnly(data)) {
      FacetedHits all = r.search("air OR offensive", Filter.NONE, 0, 10, 10);
      FacetedHits afp = r.search("air OR offensive", new Filter(List.of(), List.of(), null, null, List.of("AFP"), List.of()), 0, 10, 10);
      assertThat(afp.hits().total()).isEqualTo(2);
      // drill-sideways: the outlet facet is counted as if no outlet were chosen, so BBC can be added
      assertThat(facet(afp, Facet.OUTLET)).containsExactly(new FacetCount("AFP", 2), new FacetCount("BBC", 1));
      // the other dimensions count the two AFP hits only
      assertThat(facet(afp, Facet.COUNTRY).stream().mapToLong(FacetCount::count).sum())
          .isLessThan(facet(all, Facet.COUNTRY).stream().mapToLong(FacetCount::count).sum());
    }
  }

  @Test
  void aFilterAloneBrowsesNewestFirstAndDatesAreInclusive() throws Exception {
    try (LuceneStore r = LuceneStore.openReadOnly(data)) {
      FacetedHits all = r.search(null, Filter.NONE, 0, 10, 5);
      assertThat(all.hits().items()).extracting(x -> x.id()).containsExactly("a3", "a2", "a1");
      Filter september = Filter.NONE.withDates(LocalDate.parse("2016-09-04"), LocalDate.parse("2016-09-05"));
      assertThat(r.search("", september, 0, 10, 5).hits().items()).extracting(x -> x.id()).containsExactly("a2", "a1");
      Filter oneDay = Filter.NONE.withDates(LocalDate.parse("2016-09-05"), LocalDate.parse("2016-09-05"));
      assertThat(r.search(" ", oneDay, 0, 10, 5).hits().items()).extracting(x -> x.id()).containsExactly("a2");
    }
  }

  @Test
  void filtersEventsByTypeCountryDateOutletAndActor() {
    try (LuceneStore r = LuceneStore.openReadOnly(data)) {
      assertThat(r.events(new Filter(List.of("AIR_STRIKE"), List.of(), null, null, List.of(), List.of()), 0, 10).items())
          .extracting(Event::eventId).containsExactly("e2", "e1");
      assertThat(r.events(new Filter(List.of(), List.of("IQ"), null, null, List.of(), List.of()), 0, 10).total()).isEqualTo(1);
      assertThat(r.events(Filter.NONE.withDates(null, LocalDate.parse("2016-09-04")), 0, 10).items())
          .extracting(Event::eventId).containsExactly("e1");
      assertThat(r.events(new Filter(List.of(), List.of(), null, null, List.of("BBC"), List.of()), 0, 10).items())
          .extracting(Event::eventId).containsExactly("e2");
      List<String> scanned = new ArrayList<>();
      r.scanEvents(Filter.NONE.withEntities(List.of("Iraqi Army", "Syrian Army")), e -> scanned.add(e.eventId()));
      assertThat(scanned).containsExactly("e3", "e1");
      assertThat(r.events(Filter.NONE, 0, 10).total()).isEqualTo(3);
    }
  }

  @Test
  void findsTheStoriesOfATopic() {
    try (LuceneStore r = LuceneStore.openReadOnly(data)) {
      assertThat(r.storiesOfTopic("t-1", 10)).extracting(Story::id).containsExactly("s-2", "s-1");
      assertThat(r.storiesOfTopic("t-9", 10)).isEmpty();
    }
  }

  @Test
  void aStoreWithoutFacetFieldsCountsNothingInsteadOfFailing() throws Exception {
    try (LuceneStore r = LuceneStore.openReadOnly(data.resolve("empty"))) {
      assertThat(r.search("x", Filter.NONE, 0, 10, 5).hits().total()).isZero();
    }
  }
}
