package org.storyline.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.storyline.json.ContractJson;
import org.storyline.model.Event;
import org.storyline.model.EventReport;
import org.storyline.model.EventType;
import org.storyline.model.KnownEntity;
import org.storyline.model.Quote;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.FacetedHits;
import org.storyline.store.Filter;
import org.storyline.store.InvalidQueryException;
import org.storyline.store.Page;
import org.storyline.store.SearchHit;
import org.storyline.store.StoreReader;

/** The JSON API's read handlers: small functions from a request to what a store read answers (serialised as JSON by the caller). */
final class ApiRoutes {
  private static final int DEFAULT_LIMIT = 50;
  /** Markers on one map at most; past it the page says the map is truncated and asks to narrow. */
  static final int MAX_MARKERS = 5000;
  /** The families of EVENT_TYPES.md in the order the page gives them colours. */
  static final List<String> FAMILIES = java.util.Arrays.stream(EventType.values()).map(EventType::parent).distinct().toList();

  private final StoreReader store;

  ApiRoutes(StoreReader store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  Object articles(Context ctx) {
    Page<StoredArticle> page = store.articles(Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT));
    return new Page<>(page.items().stream().map(Views.ArticleSummary::of).toList(), page.total(), page.offset(), page.limit());
  }

  /** By path ({@code /api/articles/{id}}) for simple ids, or by query ({@code /api/article?id=}) for any id. */
  Object article(Context ctx) {
    String id = ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id") : Params.required(ctx, "id");
    StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    return ContractJson.storedArticle(a);
  }

  Object stories(Context ctx) {
    return store.stories(Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT));
  }

  Object story(Context ctx) {
    String id = ctx.pathParam("id");
    Story story = store.story(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
    List<StoredArticle> articles = store.articlesOfStory(id);
    Set<String> eventIds = new LinkedHashSet<>();
    articles.forEach(a -> eventIds.addAll(a.eventIds()));
    List<Event> events = new ArrayList<>();
    for (String e : eventIds) {
      store.event(e).ifPresent(events::add);
    }
    events.sort((a, b) -> String.valueOf(a.eventDate()).compareTo(String.valueOf(b.eventDate())));
    List<Story> related = story.topic() == null ? List.of() : store.storiesOfTopic(story.topic(), 11);
    return Views.StoryView.of(story, articles, events, related);
  }

  Object events(Context ctx) {
    return store.events(Params.filter(ctx), Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT));
  }

  Object event(Context ctx) {
    String id = ctx.pathParam("id");
    Event e = store.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'"));
    List<Views.SourceReport> sources = new ArrayList<>();
    for (EventReport r : e.reports()) {
      store.article(r.articleId()).ifPresent(a -> sources.add(Views.SourceReport.of(e, r, a)));
    }
    return new Views.EventView(e, sources);
  }

  Object map(Context ctx) {
    Filter filter = Params.filter(ctx);
    List<Views.Marker> markers = new ArrayList<>();
    long[] seen = new long[2]; // [events, with coordinates]
    store.scanEvents(filter, e -> {
      seen[0]++;
      if (e.latitude() != null && e.longitude() != null) {
        seen[1]++;
        if (markers.size() < MAX_MARKERS) {
          markers.add(Views.Marker.of(e));
        }
      }
    });
    return new Views.MapView(markers, seen[0], seen[1] > markers.size());
  }

  /** Events per day and family; the date range is ignored, so the brush always sees the whole span. */
  Object timeline(Context ctx) {
    Filter filter = Params.filter(ctx).withDates(null, null);
    List<Event> events = new ArrayList<>();
    store.scanEvents(filter, events::add);
    return Views.Timeline.of(FAMILIES, events);
  }

  Object search(Context ctx) {
    String q = ctx.queryParam("q");
    Filter filter = Params.filter(ctx);
    if ((q == null || q.isBlank()) && filter.isOpen()) {
      throw ApiException.badRequest("parameter 'q' is required unless a filter (type, country, from, to, outlet, entity) is given");
    }
    try {
      return Views.SearchView.of(store.search(q, filter, Params.offset(ctx), Params.limit(ctx, 20), 12));
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest("parameter 'q': " + e.getMessage());
    }
  }

  Object counts(Context ctx) {
    return store.counts();
  }

  Object entities(Context ctx) {
    return store.entities(Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT));
  }

  Object entity(Context ctx) {
    String id = ctx.pathParam("id");
    KnownEntity who = store.entity(id).orElseThrow(() -> ApiException.notFound("no entity with id '" + id + "'"));
    Page<Event> events = store.events(Filter.NONE.withEntities(List.of(who.name())), 0, 200);
    FacetedHits named;
    try {
      named = store.search(null, Filter.NONE.withEntities(List.of(who.name())), 0, 500, 0);
    } catch (InvalidQueryException e) {
      throw new IllegalStateException("a query-less search cannot fail to parse", e);
    }
    List<Views.SaidQuote> quotes = new ArrayList<>();
    List<Views.ArticleSummary> articles = new ArrayList<>();
    TreeMap<String, Long> perDay = new TreeMap<>();
    for (SearchHit h : named.hits().items()) {
      if (h.published() != null) {
        perDay.merge(h.published().toLocalDate().toString(), 1L, Long::sum);
      }
      if (articles.size() >= 20 && quotes.size() >= 100) {
        continue;
      }
      StoredArticle a = store.article(h.id()).orElse(null);
      if (a == null) {
        continue;
      }
      if (articles.size() < 20) {
        articles.add(Views.ArticleSummary.of(a));
      }
      var article = a.annotated().article();
      for (Quote q : a.annotated().annotations().quotes()) {
        if (quotes.size() < 100 && Views.saidBy(q, a.annotated().annotations().entities(), who)) {
          quotes.add(new Views.SaidQuote(a.id(), article.title(), article.source(), article.published(), q));
        }
      }
    }
    List<Views.DayCount> days = new ArrayList<>();
    perDay.forEach((d, n) -> days.add(new Views.DayCount(d, "named", n)));
    return new Views.EntityView(who, events.items(), events.total(), quotes, articles, named.hits().total(), days);
  }
}
