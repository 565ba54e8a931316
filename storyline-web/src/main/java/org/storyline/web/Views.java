package org.storyline.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.storyline.model.Entity;
import org.storyline.model.Event;
import org.storyline.model.EventReport;
import org.storyline.model.EventMention;
import org.storyline.model.Figure;
import org.storyline.model.KnownEntity;
import org.storyline.model.Place;
import org.storyline.model.Quote;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.Counts;
import org.storyline.store.FacetedHits;
import org.storyline.store.SearchHit;

/**
 * The shapes the API returns beyond the stored records themselves. Stored records are embedded
 * whole ({@code event}, {@code story}, {@code figure}, {@code quote}), so fields the pipeline adds
 * later reach the page without a change here.
 */
final class Views {
  private Views() {}

  /** An article in a list: what a reader needs to choose it, without its text. */
  record ArticleSummary(String id, String title, String source, String url, OffsetDateTime published, String story,
      String duplicateOf, int events) {
    static ArticleSummary of(StoredArticle a) {
      var article = a.annotated().article();
      return new ArticleSummary(a.id(), article.title(), article.source(), article.url(), article.published(),
          a.story(), a.duplicateOf(), a.eventIds().size());
    }
  }

  /** A place on a story's map, with how often its articles name it. */
  record MapPlace(String name, double lat, double lon, String country, int mentions) {}

  /** A figure as one article states it. */
  record SourcedFigure(String article, String outlet, Figure figure) {}

  /** A quote as one article reports it. */
  record SourcedQuote(String article, String outlet, OffsetDateTime published, Quote quote) {}

  /** A story with its articles, events, places, figures, quotes and the other stories of its topic. */
  record StoryView(Story story, List<ArticleSummary> articles, List<Event> events, List<MapPlace> places,
      List<SourcedFigure> figures, List<SourcedQuote> quotes, List<Story> related) {
    static StoryView of(Story story, List<StoredArticle> articles, List<Event> events, List<Story> related) {
      Map<String, MapPlace> places = new LinkedHashMap<>();
      List<SourcedFigure> figures = new ArrayList<>();
      List<SourcedQuote> quotes = new ArrayList<>();
      for (StoredArticle a : articles) {
        if (a.duplicateOf() != null) {
          continue;
        }
        var article = a.annotated().article();
        for (Place p : a.annotated().annotations().places()) {
          String key = p.name() + "|" + p.country();
          MapPlace old = places.get(key);
          places.put(key, new MapPlace(p.name(), p.lat(), p.lon(), p.country(), old == null ? 1 : old.mentions() + 1));
        }
        for (Figure f : a.annotated().annotations().figures()) {
          figures.add(new SourcedFigure(a.id(), article.source(), f));
        }
        for (Quote q : a.annotated().annotations().quotes()) {
          quotes.add(new SourcedQuote(a.id(), article.source(), article.published(), q));
        }
      }
      List<MapPlace> sorted = new ArrayList<>(places.values());
      sorted.sort((x, y) -> y.mentions() - x.mentions());
      List<Story> others = related.stream().filter(s -> !s.id().equals(story.id())).toList();
      return new StoryView(story, articles.stream().map(ArticleSummary::of).toList(), events, sorted,
          figures.subList(0, Math.min(figures.size(), 200)), quotes.subList(0, Math.min(quotes.size(), 200)), others);
    }
  }

  /**
   * What one source article says about an event: its sentence and its figures.
   *
   * @param sentence     the sentence that states the event, or null when the article's mention is not found
   * @param placeFeature the GeoNames feature code of the place the article names (PPL, ADM1, PCLI, ...)
   * @param placePrecision how precisely that place locates the event: point, city, admin1, country or region
   */
  record SourceReport(String article, String title, String outlet, String url, OffsetDateTime published, String story,
      String sentence, String date, String place, String placeFeature, String placePrecision, List<String> actors, Long killed,
      Long injured, Long displaced) {

    /**
     * One report of the event, as the merger recorded it (sentence, date, figures), with the
     * article's metadata and the place and actors of the article's mention in that sentence.
     */
    static SourceReport of(Event e, EventReport r, StoredArticle a) {
      var article = a.annotated().article();
      EventMention mention = null;
      for (EventMention m : a.annotated().annotations().events()) {
        if (m.type().equals(e.subEventType()) && m.sentence().equals(r.sentence())) {
          mention = m;
          break;
        }
      }
      Place place = mention == null ? null : mention.place();
      return new SourceReport(a.id(), article.title(), r.source() != null ? r.source() : article.source(), article.url(),
          article.published(), a.story(), r.sentence(), r.eventDate(), place == null ? null : place.name(),
          place == null ? null : place.featureCode(), place == null || place.precision() == null ? null : place.precision().name().toLowerCase(java.util.Locale.ROOT),
          mention == null ? List.of() : mention.actors(), r.killed(), r.injured(), r.displaced());
    }
  }

  /** An event with what each source says; whether they conflict is the event's own {@code conflict}. */
  record EventView(Event event, List<SourceReport> sources) {}

  /** One event on the overview map: only what a marker needs. */
  record Marker(String id, double lat, double lon, String family, String type, Long fatalities, String date, String location) {
    static Marker of(Event e) {
      return new Marker(e.eventId(), e.latitude(), e.longitude(), e.eventType(), e.subEventType(), e.fatalities(),
          e.eventDate(), e.location());
    }
  }

  /**
   * Markers for the filtered events that have coordinates.
   *
   * @param total     filtered events, with or without coordinates
   * @param truncated true when more events have coordinates than {@code markers} holds
   */
  record MapView(List<Marker> markers, long total, boolean truncated) {}

  /** Events on one day of one family. */
  record DayCount(String day, String family, long count) {}

  /** Events per day and family, days in order; {@code families} in the order the page colours them. */
  record Timeline(List<String> families, List<DayCount> days, String first, String last) {
    static Timeline of(List<String> families, List<Event> events) {
      TreeMap<String, Map<String, Long>> byDay = new TreeMap<>();
      for (Event e : events) {
        String day = day(e.eventDate());
        if (day != null) {
          byDay.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(e.eventType(), 1L, Long::sum);
        }
      }
      List<DayCount> days = new ArrayList<>();
      byDay.forEach((d, counts) -> counts.forEach((family, n) -> days.add(new DayCount(d, family, n))));
      return new Timeline(families, days, byDay.isEmpty() ? null : byDay.firstKey(), byDay.isEmpty() ? null : byDay.lastKey());
    }

    /** "2016-09-04" as it is, "2016-09" as its first day; anything else is not on the timeline. */
    private static String day(String iso) {
      if (iso == null) {
        return null;
      }
      try {
        return LocalDate.parse(iso.length() == 7 ? iso + "-01" : iso).toString();
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
  }

  /** Search hits with their facet counts; {@code items, total, offset, limit} as in every page. */
  record SearchView(List<SearchHit> items, long total, int offset, int limit, List<FacetedHits.FacetValues> facets) {
    static SearchView of(FacetedHits h) {
      return new SearchView(h.hits().items(), h.hits().total(), h.hits().offset(), h.hits().limit(), h.facets());
    }
  }

  /** A quote one known person or organisation said. */
  record SaidQuote(String article, String title, String outlet, OffsetDateTime published, Quote quote) {}

  /**
   * A person or organisation: the names it was written as, the events it acted in, what it said,
   * and in how many articles it was named per day.
   *
   * @param articles the articles that name it, newest first (at most a page)
   * @param named    articles naming it, per publication day
   */
  record EntityView(KnownEntity entity, List<Event> events, long eventCount, List<SaidQuote> quotes,
      List<ArticleSummary> articles, long articleCount, List<DayCount> named) {}

  /** Whether a quote's speaker is this entity: a mention of it overlaps the speaker, or the speaker is one of its names. */
  static boolean saidBy(Quote q, List<Entity> mentions, KnownEntity who) {
    if (q.speaker() == null) {
      return false;
    }
    for (Entity m : mentions) {
      if (m.canonical().equals(who.name()) && m.start() < q.speaker().end() && q.speaker().start() < m.end()) {
        return true;
      }
    }
    return who.aliases().contains(q.speaker().text()) || who.name().equals(q.speaker().text());
  }

  /** What changed in the store since the last notice: the counts, new articles, the latest stories and events. */
  record Change(Counts counts, List<ArticleSummary> articles, List<Story> stories, List<Event> events) {}
}
