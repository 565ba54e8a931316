package org.storyline.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.storyline.json.ContractJson;
import org.storyline.store.StoreReader;

/**
 * The HTTP server: the JSON API under {@code /api} (described at {@code /api/openapi.json}), the
 * live stream at {@code /api/live} and the static UI at {@code /}.
 *
 * <p>Access: binds to 127.0.0.1 unless told otherwise; any other address needs a token, and then
 * reads need it too (see {@link Access}). Write endpoints exist only when an {@link Ingester} is
 * given and a token is set. Every response forbids inline scripts and framing
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
  /** Largest request body (an upload) accepted, in bytes. */
  static final long MAX_BODY = 32L << 20;

  /**
   * @param host             interface to bind; 127.0.0.1 keeps the server private to this machine
   * @param port             port, or 0 for any free port
   * @param refreshEvery     how often the API and the live stream look for data committed elsewhere
   * @param token            the secret that writes, and reads on a non-loopback interface, need; null for none
   * @param allowPrivateUrls let URLs given over the API reach private and loopback addresses
   * @param feedEvery        how often a feed added without its own interval is polled
   */
  public record Settings(String host, int port, Duration refreshEvery, String token, boolean allowPrivateUrls,
      Duration feedEvery) implements Serializable {
    public static final Settings DEFAULTS = new Settings("127.0.0.1", 8080, Duration.ofSeconds(1));
    static final int MIN_TOKEN = 16;

    public Settings(String host, int port, Duration refreshEvery) {
      this(host, port, refreshEvery, null, false, Duration.ofMinutes(15));
    }

    /** Settings as {@code storyline serve} makes them: a refresh every second, feeds polled every 15 minutes. */
    public static Settings of(String host, int port, String token, boolean allowPrivateUrls) {
      return new Settings(host, port, Duration.ofSeconds(1), token, allowPrivateUrls, Duration.ofMinutes(15));
    }

    public Settings {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(refreshEvery, "refreshEvery");
      Objects.requireNonNull(feedEvery, "feedEvery");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
      }
      if (token != null && token.strip().length() < MIN_TOKEN) {
        throw new IllegalArgumentException("token must be at least " + MIN_TOKEN + " characters long, was " + token.strip().length());
      }
      if (token == null && !isLoopback(host)) {
        throw new IllegalArgumentException("host " + host + " is reachable from other machines: set a token (serve --token or "
            + "STORYLINE_TOKEN) so that only those who know it can read");
      }
      if (feedEvery.toMinutes() < 1) {
        throw new IllegalArgumentException("feedEvery must be at least one minute, was " + feedEvery);
      }
      token = token == null ? null : token.strip();
    }

    public Settings withToken(String newToken, boolean allowPrivate) {
      return new Settings(host, port, refreshEvery, newToken, allowPrivate, feedEvery);
    }

    public boolean loopbackOnly() {
      return isLoopback(host);
    }

    private static boolean isLoopback(String host) {
      try {
        return InetAddress.getByName(host).isLoopbackAddress();
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("host " + host + " is not an address of this machine", e);
      }
    }
  }

  private final Javalin app;
  private final List<String> routes;
  private final LiveFeed live;
  private final Writes writes;
  private final ScheduledExecutorService timer;
  private final ExecutorService jobs;

  private WebServer(Javalin app, List<String> routes, LiveFeed live, Writes writes, ScheduledExecutorService timer,
      ExecutorService jobs) {
    this.app = app;
    this.routes = List.copyOf(routes);
    this.live = live;
    this.writes = writes;
    this.timer = timer;
    this.jobs = jobs;
  }

  /** Starts serving, read-only; returns once the port is bound. */
  public static WebServer start(StoreReader store, Settings settings, InstantSource clock) {
    return start(store, settings, clock, null);
  }

  /**
   * Starts serving; returns once the port is bound.
   *
   * @param ingester where the write endpoints send their work, or null for none
   */
  public static WebServer start(StoreReader store, Settings settings, InstantSource clock, Ingester ingester) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("live"));
    ExecutorService jobs = Executors.newSingleThreadExecutor(daemon("ingest-jobs"));
    try {
      return start(store, settings, clock, ingester, timer, jobs);
    } catch (RuntimeException e) {
      timer.shutdownNow();
      jobs.shutdownNow();
      throw e;
    }
  }

  private static WebServer start(StoreReader store, Settings settings, InstantSource clock, Ingester ingester,
      ScheduledExecutorService timer, ExecutorService jobs) {
    ApiRoutes api = new ApiRoutes(store);
    ResponseCache cache = new ResponseCache(store);
    Access access = new Access(settings.token(), settings.loopbackOnly());
    Refresher refresher = new Refresher(store, settings.refreshEvery(), clock);
    LiveFeed live = new LiveFeed(store, timer, settings.refreshEvery());
    Writes writes = ingester == null ? null : new Writes(ingester,
        settings.allowPrivateUrls()
            ? new GuardedHttpClient(java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build(), a -> false)
            : GuardedHttpClient.publicOnly(Duration.ofSeconds(30)),
        jobs, timer, clock, settings.feedEvery(), uploadFolder());
    byte[] openApi = resource("openapi.json");
    List<String> routes = new ArrayList<>();
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.http.maxRequestSize = MAX_BODY;
      config.jsonMapper(new JavalinJackson(ContractJson.mapper(), false));
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.routes.before(ctx -> SECURITY_HEADERS.forEach(ctx::header));
      config.routes.before("/api/*", ctx -> {
        if (!ctx.path().equals("/api/openapi.json") && !ctx.path().equals("/api/session")) {
          access.checkRead(ctx);
        }
        refresher.maybeRefresh();
      });
      get(config, routes, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
      get(config, routes, "/api/counts", cache.json(api::counts));
      get(config, routes, "/api/articles", cache.json(api::articles));
      get(config, routes, "/api/articles/{id}", cache.json(api::article));
      // article ids are the caller's and may hold "/" or "%", which Jetty refuses inside a path segment
      get(config, routes, "/api/article", cache.json(api::article));
      get(config, routes, "/api/stories", cache.json(api::stories));
      get(config, routes, "/api/stories/{id}", cache.json(api::story));
      get(config, routes, "/api/events", cache.json(api::events));
      get(config, routes, "/api/events/{id}", cache.json(api::event));
      get(config, routes, "/api/map", cache.json(api::map));
      get(config, routes, "/api/timeline", cache.json(api::timeline));
      get(config, routes, "/api/entities", cache.json(api::entities));
      get(config, routes, "/api/entities/{id}", cache.json(api::entity));
      get(config, routes, "/api/search", cache.json(api::search));
      config.routes.sse("/api/live", live::join);
      routes.add("GET /api/live");
      post(config, routes, "/api/session", ctx -> session(ctx, access));
      post(config, routes, "/api/ingest", ctx -> write(ctx, access, writes).ingestUrl(ctx));
      post(config, routes, "/api/uploads", ctx -> write(ctx, access, writes).upload(ctx));
      post(config, routes, "/api/feeds", ctx -> write(ctx, access, writes).addFeed(ctx));
      get(config, routes, "/api/feeds", ctx -> readWrites(writes).feeds(ctx));
      get(config, routes, "/api/jobs/{id}", ctx -> readWrites(writes).job(ctx));
      Handler nothing = ctx -> {
        throw ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path());
      };
      config.routes.get("/api/*", nothing); // after every endpoint: routes match in the order they are added
      config.routes.post("/api/*", nothing);
      config.routes.exception(ApiException.class, (e, ctx) ->
          ctx.status(e.status()).json(Map.of("status", e.status(), "error", e.getMessage())));
      config.routes.exception(HttpResponseException.class, (e, ctx) ->
          ctx.status(e.getStatus()).json(Map.of("status", e.getStatus(), "error", String.valueOf(e.getMessage()))));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("request {} failed", ctx.path(), e);
        ctx.status(500).json(Map.of("status", 500, "error", "internal error; the server log has the details"));
      });
    });
    app.start();
    return new WebServer(app, routes, live, writes, timer, jobs);
  }

  private static void get(JavalinConfig config, List<String> routes, String path, Handler h) {
    config.routes.get(path, h);
    routes.add("GET " + path);
  }

  private static void post(JavalinConfig config, List<String> routes, String path, Handler h) {
    config.routes.post(path, h);
    routes.add("POST " + path);
  }

  private static Writes write(io.javalin.http.Context ctx, Access access, Writes writes) {
    access.checkWrite(ctx);
    return readWrites(writes);
  }

  private static Writes readWrites(Writes writes) {
    if (writes == null) {
      throw ApiException.forbidden("this server takes no writes: it was started without an ingest (storyline serve does have one)");
    }
    return writes;
  }

  /** {@code POST /api/session {"token": "..."}}: a cookie for the page's reads (never for writes). */
  private static void session(io.javalin.http.Context ctx, Access access) throws IOException {
    var body = ContractJson.mapper().readTree(ctx.body().isBlank() ? "{}" : ctx.body());
    String token = body != null && body.hasNonNull("token") ? body.get("token").asText() : null;
    if (!access.matches(token)) {
      throw ApiException.unauthorized("field 'token' is not this server's token");
    }
    ctx.cookie(new io.javalin.http.Cookie(Access.COOKIE, token, "/", -1, ctx.scheme().equals("https"), true, null,
        io.javalin.http.SameSite.STRICT));
    ctx.json(Map.of("status", 200, "signedIn", true));
  }

  private static byte[] resource(String name) {
    try (InputStream in = WebServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from this build");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path uploadFolder() {
    try {
      return Files.createTempDirectory("storyline-uploads");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for uploads: " + e.getMessage(), e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  public int port() {
    return app.port();
  }

  /** The routes served, as {@code "GET /api/events/{id}"}: what the OpenAPI description must cover. */
  List<String> routes() {
    return routes;
  }

  int liveClients() {
    return live.clients();
  }

  @Override
  public void close() {
    live.close();
    if (writes != null) {
      writes.close();
    }
    app.stop();
    timer.shutdownNow();
    jobs.shutdownNow();
    if (writes != null) {
      writes.deleteUploads();
    }
  }

  /** Refreshes the store's view at most once per interval, on the request that finds it due. */
  private static final class Refresher {
    private final StoreReader store;
    private final Duration every;
    private final InstantSource clock;
    private volatile Instant last = Instant.MIN;

    Refresher(StoreReader store, Duration every, InstantSource clock) {
      this.store = store;
      this.every = every;
      this.clock = clock;
    }

    void maybeRefresh() {
      if (due(clock.instant())) { // most requests stop here, without taking the lock
        synchronized (this) {
          Instant now = clock.instant();
          if (due(now)) {
            store.refresh();
            last = now;
          }
        }
      }
    }

    private boolean due(Instant now) {
      Instant l = last;
      return l.equals(Instant.MIN) || Duration.between(l, now).compareTo(every) >= 0;
    }
  }
}
