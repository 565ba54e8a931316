package org.storyline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.storyline.json.ContractJson;
import org.storyline.store.StoreReader;

/**
 * Answers of the read endpoints, as JSON bytes, kept per store generation: many analysts (or a
 * load test) asking for the same map, timeline or page cost one store read per commit, and a
 * commit that changes anything changes the generation, so nothing stale is served. Bounded
 * (least recently used go first); errors are never kept.
 */
final class ResponseCache {
  static final int MAX_ENTRIES = 512;
  /** Answers larger than this are not kept: an article's full text is cheap to read and costly to hold. */
  static final int MAX_BYTES = 256 * 1024;

  private final StoreReader store;
  private final Map<String, byte[]> answers = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > MAX_ENTRIES;
    }
  };

  ResponseCache(StoreReader store) {
    this.store = store;
  }

  /** A handler that answers {@code read}'s result as JSON, from the cache when the store has not changed. */
  Handler json(Function<Context, Object> read) {
    return ctx -> {
      String key = store.generation() + " " + ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      byte[] body;
      synchronized (answers) {
        body = answers.get(key);
      }
      if (body == null) {
        body = bytes(read.apply(ctx));
        if (body.length <= MAX_BYTES) {
          synchronized (answers) {
            answers.put(key, body);
          }
        }
      }
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
