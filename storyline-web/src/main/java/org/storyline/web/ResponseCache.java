package org.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;
import org.storyline.json.ContractJson;
import org.storyline.store.StoreReader;

/**
 * Answers of the read endpoints, as JSON bytes, kept per store generation: many analysts (or a
 * load test) asking for the same map, timeline or page cost one store read per commit, and a
 * commit that changes anything changes the generation, so nothing stale is served. Concurrent
 * requests for an answer not yet computed wait for the one computation (Caffeine's per-key
 * loading) instead of each reading the store, which is what a commit during a busy ingest would
 * otherwise cause. Bounded by bytes; an answer that failed (a 400, a 404) is never kept.
 */
final class ResponseCache {
  /** Bytes of answers kept; least recently and least often used go first. */
  static final long MAX_BYTES = 64L << 20;

  private final StoreReader store;
  private final Cache<String, byte[]> answers = Caffeine.newBuilder()
      .maximumWeight(MAX_BYTES)
      .weigher((String key, byte[] body) -> key.length() + body.length)
      .build();

  ResponseCache(StoreReader store) {
    this.store = store;
  }

  /** A handler that answers {@code read}'s result as JSON, from the cache when the store has not changed. */
  Handler json(Function<Context, Object> read) {
    return ctx -> {
      String key = store.generation() + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      byte[] body = answers.get(key, k -> bytes(read.apply(ctx)));
      ctx.contentType("application/json").result(body);
    };
  }

  private static byte[] bytes(Object answer) {
    try {
      return ContractJson.mapper().writeValueAsBytes(answer);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a view did not serialise", e);
    }
  }
}
