package org.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.json.ContractJson;
import org.storyline.store.Counts;
import org.storyline.store.StoreReader;

/**
 * Server-sent events at {@code /api/live}: on each tick the store is refreshed (so commits of an
 * ingest in another process become visible) and, when the counts moved, every connected page gets
 * a {@code change} event with the new counts, the articles added since and the latest stories and
 * events. A page that connects gets a {@code hello} with the counts. Ticks run on one scheduler
 * thread; a client that went away is dropped on the next send.
 */
final class LiveFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
  /** New articles sent in one change at most; a page that needs more reloads its lists. */
  static final int MAX_ARTICLES = 50;

  private final StoreReader store;
  private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledFuture<?> ticks;
  private volatile Counts last;

  LiveFeed(StoreReader store, ScheduledExecutorService timer, Duration every) {
    this.store = store;
    this.last = store.counts();
    long ms = Math.max(50, every.toMillis());
    this.ticks = timer.scheduleWithFixedDelay(this::tickSafely, ms, ms, TimeUnit.MILLISECONDS);
  }

  void join(SseClient client) {
    client.keepAlive();
    client.onClose(() -> clients.remove(client));
    clients.add(client);
    send(client, "hello", json(new Views.Change(last, List.of(), List.of(), List.of())));
  }

  int clients() {
    return clients.size();
  }

  private void tickSafely() {
    try {
      tick();
    } catch (RuntimeException e) { // a failed refresh must not end the schedule
      LOG.warn("live update failed: {}", e.toString());
    }
  }

  void tick() {
    store.refresh();
    Counts now = store.counts();
    Counts before = last;
    if (now.equals(before)) {
      return;
    }
    last = now;
    if (clients.isEmpty()) {
      return;
    }
    long added = Math.max(0, now.articles() - before.articles());
    long from = Math.max(before.articles(), now.articles() - MAX_ARTICLES);
    var articles = added == 0 ? List.<Views.ArticleSummary>of()
        : store.articles((int) from, (int) Math.min(added, MAX_ARTICLES)).items().stream().map(Views.ArticleSummary::of).toList();
    String data = json(new Views.Change(now, articles, store.stories(0, 5).items(), store.events(0, 5).items()));
    for (SseClient c : clients) {
      send(c, "change", data);
    }
  }

  private void send(SseClient c, String event, String data) {
    try {
      if (c.terminated()) {
        clients.remove(c);
      } else {
        c.sendEvent(event, data);
      }
    } catch (RuntimeException e) {
      clients.remove(c);
    }
  }

  private static String json(Object o) {
    try {
      return ContractJson.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a view record did not serialise", e);
    }
  }

  @Override
  public void close() {
    ticks.cancel(false);
    for (SseClient c : clients) {
      try {
        c.close();
      } catch (RuntimeException ignored) {
        // the client is gone either way
      }
    }
    clients.clear();
  }
}
