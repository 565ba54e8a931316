package org.storyline.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.storyline.json.ContractJson;
import org.storyline.model.Event;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.InvalidQueryException;
import org.storyline.store.Page;
import org.storyline.store.StoreReader;

/** The JSON API's handlers: small functions from a request to a store read. */
final class ApiRoutes {
  private static final int DEFAULT_LIMIT = 50;
  private final StoreReader store;

  ApiRoutes(StoreReader store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  void articles(Context ctx) {
    Page<StoredArticle> page = store.articles(Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT));
    ctx.json(new Page<>(page.items().stream().map(Views.ArticleSummary::of).toList(), page.total(), page.offset(), page.limit()));
  }

  /** By path ({@code /api/articles/{id}}) for simple ids, or by query ({@code /api/article?id=}) for any id. */
  void article(Context ctx) {
    String id = ctx.pathParamMap().containsKey("id") ? ctx.pathParam("id") : Params.required(ctx, "id");
    StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    ctx.json(ContractJson.storedArticle(a));
  }

  void stories(Context ctx) {
    ctx.json(store.stories(Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT)));
  }

  void story(Context ctx) {
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
    ctx.json(Views.StoryView.of(story, articles, events));
  }

  void events(Context ctx) {
    ctx.json(store.events(Params.offset(ctx), Params.limit(ctx, DEFAULT_LIMIT)));
  }

  void event(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(store.event(id).orElseThrow(() -> ApiException.notFound("no event with id '" + id + "'")));
  }

  void search(Context ctx) {
    String q = Params.required(ctx, "q");
    try {
      ctx.json(store.search(q, Params.offset(ctx), Params.limit(ctx, 20)));
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  void counts(Context ctx) {
    ctx.json(store.counts());
  }
}
