package org.storyline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.storyline.ingest.ArticleSource;
import org.storyline.ingest.SourceSettings;
import org.storyline.ingest.Sources;
import org.storyline.json.ContractJson;
import org.storyline.model.StableId;
import org.storyline.pipeline.IngestJob;
import org.storyline.store.StoreUnavailableException;

/**
 * The write endpoints: ingest a URL, ingest an uploaded file, add a feed to poll. Each becomes a
 * job on one ingest thread (the store has one writer) whose state {@code GET /api/jobs/{id}}
 * tells. Every URL, including each redirect and each page a feed links to, is fetched through a
 * {@link GuardedHttpClient}, which refuses private and loopback addresses unless the server was
 * started to allow them.
 */
final class Writes implements AutoCloseable {
  /** Jobs remembered for status queries; older ones are forgotten first. */
  static final int MAX_JOBS = 500;
  static final int MAX_FEEDS = 200;
  private static final Pattern UPLOAD_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,120}");
  private static final List<String> UPLOAD_TYPES = List.of(".html", ".htm", ".txt", ".jsonl", ".xml", ".rss", ".atom", ".warc", ".warc.gz");

  /** What became of one submitted ingest; counts are null until it finished. */
  record Job(String id, String what, String state, Instant submitted, Instant finished, Long stored, Long duplicates,
      Long alreadyStored, Long failed, List<String> failures) {}

  /** A feed polled every {@code everyMinutes}. */
  record Feed(String url, long everyMinutes, Instant added, String lastJob) {}

  private final Ingester ingester;
  private final GuardedHttpClient http;
  private final Sources sources;
  private final ExecutorService jobs;
  private final ScheduledExecutorService timer;
  private final InstantSource clock;
  private final Duration feedEvery;
  private final Path uploads;
  private final AtomicLong jobNumber = new AtomicLong();
  private final Map<String, Job> jobStates = Collections.synchronizedMap(new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Job> eldest) {
      return size() > MAX_JOBS;
    }
  });
  private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
  private final Map<String, ScheduledFuture<?>> polls = new ConcurrentHashMap<>();

  Writes(Ingester ingester, GuardedHttpClient http, ExecutorService jobs, ScheduledExecutorService timer, InstantSource clock,
      Duration feedEvery, Path uploads) {
    this.ingester = ingester;
    this.http = http;
    this.sources = new Sources(SourceSettings.DEFAULTS, http);
    this.jobs = jobs;
    this.timer = timer;
    this.clock = clock;
    this.feedEvery = feedEvery;
    this.uploads = uploads;
  }

  /** {@code POST /api/ingest {"url": "https://..."}}: fetches the page or feed and ingests it. */
  void ingestUrl(Context ctx) {
    String url = checkedUrl(body(ctx));
    ctx.status(202).json(submit("url " + url, () -> sources.open(url)));
  }

  /** {@code POST /api/uploads?name=report.html} with the file as the body. */
  void upload(Context ctx) {
    String name = Params.required(ctx, "name").strip();
    String lower = name.toLowerCase(Locale.ROOT);
    if (!UPLOAD_NAME.matcher(name).matches() || UPLOAD_TYPES.stream().noneMatch(lower::endsWith)) {
      throw ApiException.badRequest("parameter 'name' must be a plain file name ending in one of " + UPLOAD_TYPES + ", was '" + name + "'");
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length == 0) {
      throw ApiException.badRequest("the request body (the file) is empty");
    }
    String digest = StableId.sha256Hex(new String(bytes, StandardCharsets.ISO_8859_1), 6);
    String id = "upload/" + digest + "/" + name;
    ctx.status(202).json(submit("upload " + name, () -> uploaded(id, name, bytes)));
  }

  /** The upload kept as a file and read as ingest reads that file (decoding, size and binary checks, headline rule). */
  private ArticleSource uploaded(String id, String name, byte[] bytes) {
    try {
      Path dir = Files.createDirectories(uploads.resolve(id.substring("upload/".length(), id.lastIndexOf('/'))));
      Path file = dir.resolve(name);
      Files.write(file, bytes);
      return sources.openFile(file, id);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload " + name + ": " + e.getMessage(), e);
    }
  }

  /** {@code POST /api/feeds {"url": "...", "everyMinutes": 15}}: polls now and then every so often. */
  void addFeed(Context ctx) {
    JsonNode body = body(ctx);
    String url = checkedUrl(body);
    long minutes = feedEvery.toMinutes();
    if (body.has("everyMinutes")) {
      JsonNode m = body.get("everyMinutes");
      if (!m.canConvertToLong() || m.asLong() < 1 || m.asLong() > 7 * 24 * 60) {
        throw ApiException.badRequest("field 'everyMinutes' must be a whole number of minutes from 1 to 10080, was " + m);
      }
      minutes = m.asLong();
    }
    if (!feeds.containsKey(url) && feeds.size() >= MAX_FEEDS) {
      throw ApiException.badRequest("at most " + MAX_FEEDS + " feeds are polled; remove one first");
    }
    Feed feed = new Feed(url, minutes, clock.instant(), null);
    feeds.put(url, feed);
    ScheduledFuture<?> old = polls.put(url, timer.scheduleWithFixedDelay(() -> poll(url), 0, Math.max(1, minutes),
        TimeUnit.MINUTES));
    if (old != null) {
      old.cancel(false);
    }
    ctx.status(201).json(feed);
  }

  private void poll(String url) {
    Job job = submit("feed " + url, () -> sources.open(url));
    feeds.computeIfPresent(url, (u, f) -> new Feed(f.url(), f.everyMinutes(), f.added(), job.id()));
  }

  void feeds(Context ctx) {
    List<Feed> list = new ArrayList<>(feeds.values());
    list.sort((a, b) -> a.url().compareTo(b.url()));
    ctx.json(list);
  }

  void job(Context ctx) {
    String id = ctx.pathParam("id");
    Job job = jobStates.get(id);
    if (job == null) {
      throw ApiException.notFound("no job with id '" + id + "'");
    }
    ctx.json(job);
  }

  private interface SourceMaker {
    ArticleSource open();
  }

  private Job submit(String what, SourceMaker source) {
    String id = "job-" + jobNumber.incrementAndGet();
    Job queued = new Job(id, what, "queued", clock.instant(), null, null, null, null, null, List.of());
    jobStates.put(id, queued);
    jobs.execute(() -> run(queued, source));
    return queued;
  }

  private void run(Job job, SourceMaker source) {
    jobStates.put(job.id(), new Job(job.id(), job.what(), "running", job.submitted(), null, null, null, null, null, List.of()));
    Job done;
    try {
      IngestJob.Report r = ingester.ingest(List.of(source.open()));
      done = new Job(job.id(), job.what(), "done", job.submitted(), clock.instant(), r.stored(), r.duplicates(),
          r.alreadyStored(), r.failed(), r.failures().subList(0, Math.min(20, r.failures().size())));
    } catch (StoreUnavailableException | UncheckedIOException e) {
      done = new Job(job.id(), job.what(), "failed", job.submitted(), clock.instant(), null, null, null, null, List.of(e.getMessage()));
    } catch (RuntimeException e) {
      done = new Job(job.id(), job.what(), "failed", job.submitted(), clock.instant(), null, null, null, null,
          List.of("internal error; the server log has the details"));
      org.slf4j.LoggerFactory.getLogger(Writes.class).error("ingest job {} failed", job.id(), e);
    }
    jobStates.put(job.id(), done);
  }

  private String checkedUrl(JsonNode body) {
    JsonNode node = body.get("url");
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw ApiException.badRequest("field 'url' is required: {\"url\": \"https://...\"}");
    }
    String url = node.asText().strip();
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("field 'url' is not a URL: '" + url + "'");
    }
    Optional<String> refused = http.refusal(uri);
    if (refused.isPresent()) {
      throw ApiException.badRequest("field 'url': " + refused.get());
    }
    return url;
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node = ContractJson.mapper().readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw ApiException.badRequest("the request body must be a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw ApiException.badRequest("the request body is not JSON");
    }
  }

  @Override
  public void close() {
    polls.values().forEach(p -> p.cancel(false));
  }

  /** Removes the files uploads were kept in for their readers; what they held is in the store. */
  void deleteUploads() {
    try (var walk = Files.walk(uploads)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      org.slf4j.LoggerFactory.getLogger(Writes.class).warn("could not remove {}: {}", uploads, e.toString());
    }
  }
}
