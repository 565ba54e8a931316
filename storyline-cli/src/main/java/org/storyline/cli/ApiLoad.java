package org.storyline.cli;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.storyline.model.Event;
import org.storyline.model.Story;
import org.storyline.store.StoreReader;

/**
 * Closed-loop load on the read API: each client sends a request, waits for the answer, then sends
 * the next, choosing among the main read endpoints with the weights below. Latency is measured by
 * the client from send to the last byte of the body.
 */
final class ApiLoad {
  /** One kind of request and how often a client picks it (weight out of the sum). */
  record Target(String name, int weight, List<String> paths) {}

  /** Latencies in nanoseconds and error count of one target. */
  record Stats(String name, List<Long> nanos, long errors) {
    double percentile(double p) {
      if (nanos.isEmpty()) {
        return Double.NaN;
      }
      int i = (int) Math.ceil(p / 100.0 * nanos.size()) - 1;
      return nanos.get(Math.max(0, Math.min(nanos.size() - 1, i))) / 1e6;
    }
  }

  record Result(List<Stats> perTarget, Stats all, double seconds) {
    long errors() {
      return all.errors();
    }

    void print(PrintStream out) {
      out.printf(Locale.ROOT, "%-22s %9s %8s %8s %8s %8s %8s %7s%n", "endpoint", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms",
          "max ms", "errors");
      for (Stats s : perTarget) {
        row(out, s);
      }
      row(out, all);
    }

    private void row(PrintStream out, Stats s) {
      out.printf(Locale.ROOT, "%-22s %9d %8.0f %8.1f %8.1f %8.1f %8.1f %7d%n", s.name(), s.nanos().size(), s.nanos().size() / seconds,
          s.percentile(50), s.percentile(95), s.percentile(99), s.percentile(100), s.errors());
    }
  }

  private final String base;
  private final List<Target> targets;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private ApiLoad(String base, List<Target> targets) {
    this.base = base;
    this.targets = targets;
  }

  /** The request mix, with real ids and terms taken from the store. */
  static ApiLoad discover(String base, StoreReader store) {
    List<String> stories = store.stories(0, 40).items().stream().map(Story::id).map(id -> "/api/stories/" + enc(id)).toList();
    List<String> events = store.events(0, 40).items().stream().map(Event::eventId).map(id -> "/api/events/" + enc(id)).toList();
    List<String> entities = store.entities(0, 20).items().stream().map(e -> "/api/entities/" + enc(e.id())).toList();
    List<String> days = store.events(0, 200).items().stream().map(Event::eventDate).filter(d -> d != null && d.length() == 10)
        .distinct().limit(20).toList();
    List<String> maps = new ArrayList<>(List.of("/api/map"));
    days.forEach(d -> maps.add("/api/map?from=" + d + "&to=" + d));
    List<String> searches = new ArrayList<>();
    for (String q : List.of("earthquake", "police", "killed", "fire", "arrested", "shooting", "storm", "court")) {
      searches.add("/api/search?q=" + q);
    }
    searches.add("/api/search?q=killed&country=US");
    List<Target> t = new ArrayList<>();
    t.add(new Target("GET /api/counts", 1, List.of("/api/counts")));
    t.add(new Target("GET /api/stories", 2, List.of("/api/stories?limit=50", "/api/stories?offset=20&limit=20")));
    t.add(new Target("GET /api/stories/{id}", 2, stories.isEmpty() ? List.of("/api/stories") : stories));
    t.add(new Target("GET /api/events", 2, List.of("/api/events?limit=50", "/api/events?type=ARREST")));
    t.add(new Target("GET /api/events/{id}", 2, events.isEmpty() ? List.of("/api/events") : events));
    t.add(new Target("GET /api/map", 2, maps));
    t.add(new Target("GET /api/timeline", 1, List.of("/api/timeline")));
    t.add(new Target("GET /api/search", 3, searches));
    t.add(new Target("GET /api/entities/{id}", 1, entities.isEmpty() ? List.of("/api/entities") : entities));
    return new ApiLoad(base, t);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private record Sample(int target, long nanos, boolean error) {}

  Result run(int clients, Duration duration) throws InterruptedException {
    int total = targets.stream().mapToInt(Target::weight).sum();
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    long end = System.nanoTime() + duration.toNanos();
    long t0 = System.nanoTime();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int c = 0; c < clients; c++) {
        long seed = c;
        pool.execute(() -> {
          SplittableRandom random = new SplittableRandom(seed);
          while (System.nanoTime() < end) {
            int pick = random.nextInt(total);
            int i = 0;
            while (pick >= targets.get(i).weight()) {
              pick -= targets.get(i).weight();
              i++;
            }
            List<String> paths = targets.get(i).paths();
            String path = paths.get(random.nextInt(paths.size()));
            long s = System.nanoTime();
            boolean error;
            try {
              HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
              error = r.statusCode() != 200;
            } catch (Exception e) {
              error = true;
            }
            samples.add(new Sample(i, System.nanoTime() - s, error));
          }
        });
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<Integer, List<Long>> byTarget = new LinkedHashMap<>();
    Map<Integer, Long> errors = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>();
    long allErrors = 0;
    for (Sample s : samples) {
      byTarget.computeIfAbsent(s.target(), k -> new ArrayList<>()).add(s.nanos());
      all.add(s.nanos());
      if (s.error()) {
        errors.merge(s.target(), 1L, Long::sum);
        allErrors++;
      }
    }
    List<Stats> stats = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      List<Long> n = byTarget.getOrDefault(i, new ArrayList<>());
      Collections.sort(n);
      stats.add(new Stats(targets.get(i).name(), n, errors.getOrDefault(i, 0L)));
    }
    Collections.sort(all);
    return new Result(stats, new Stats("all", all, allErrors), seconds);
  }
}
