package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import org.storyline.json.ContractJson;
import org.storyline.store.StoreReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api} and the static UI at {@code /}. Read-only.
 * Binds to 127.0.0.1 unless told otherwise. Every response forbids inline scripts and framing
 * (Content-Security-Policy), so article text, which the pages render as text, could not run even
 * if it slipped through as markup. Clients never see a stack trace.
 */
public final class WebServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer");

  /**
   * @param host         interface to bind; 127.0.0.1 keeps the server private to this machine
   * @param port         port, or 0 for any free port
   * @param refreshEvery how often the API looks for data committed by an ingest running elsewhere
   */
  public record Settings(String host, int port, Duration refreshEvery) implements Serializable {
    public static final Settings DEFAULTS = new Settings("127.0.0.1", 8080, Duration.ofSeconds(1));

    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(refreshEvery, "refreshEvery");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
    }
  }

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /** Starts serving; returns once the port is bound. */
  public static WebServer start(StoreReader store, Settings settings, InstantSource clock) {
    ApiRoutes api = new ApiRoutes(store);
    Refresher refresher = new Refresher(store, settings.refreshEvery(), clock);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.jsonMapper(new JavalinJackson(ContractJson.mapper(), false));
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
      config.routes.before("/api/*", ctx -> refresher.maybeRefresh());
      config.routes.get("/api/counts", api::counts);
      config.routes.get("/api/articles", api::articles);
      config.routes.get("/api/articles/{id}", api::article);
      // article ids are the caller's and may hold "/" or "%", which Jetty refuses inside a path segment
      config.routes.get("/api/article", api::article);
      config.routes.get("/api/stories", api::stories);
      config.routes.get("/api/stories/{id}", api::story);
      config.routes.get("/api/events", api::events);
      config.routes.get("/api/events/{id}", api::event);
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/*", ctx -> {
        throw ApiException.notFound("no such endpoint: " + ctx.path());
      }); // after every endpoint: routes match in the order they are added
      config.routes.exception(ApiException.class, (e, ctx) ->
          ctx.status(e.status()).json(Map.of("status", e.status(), "error", e.getMessage())));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        ctx.status(500).json(Map.of("status", 500, "error", "internal error; the server log has the details"));
      });
    });
    app.start();
    return new WebServer(app);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Refreshes the store's view at most once per interval, on the request that finds it due. */
  private static final class Refresher {
    private final StoreReader store;
    private final Duration every;
    private final InstantSource clock;
    private Instant last = Instant.MIN;

    Refresher(StoreReader store, Duration every, InstantSource clock) {
      this.store = store;
      this.every = every;
      this.clock = clock;
    }

    synchronized void maybeRefresh() {
      Instant now = clock.instant();
      if (last.equals(Instant.MIN) || Duration.between(last, now).compareTo(every) >= 0) {
        store.refresh();
        last = now;
      }
    }
  }
}
