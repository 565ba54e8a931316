package org.storyline.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.storyline.json.ContractJson;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code storyline bench api}: the read API under concurrent clients while an ingest writes to the
 * same store. Works on a copy of a store (the demo's by default), so the user's data is never
 * touched; the ingest adds copies of the demo articles under new ids with a marked text, so each
 * is annotated in full (a real ingest, CoreNLP and all), not skipped as already stored.
 */
@Command(name = "api", mixinStandardHelpOptions = true,
    description = "Serves a copy of a store (default: the demo's, ~/.storyline/demo; run 'storyline demo --no-serve' first), "
        + "starts an ingest into it, and once the ingest commits runs N concurrent clients on the main read endpoints for a "
        + "while; prints requests, p50/p95/p99/max latency and errors per endpoint.")
final class BenchApiCommand implements Callable<Integer> {
  @ParentCommand
  BenchCommand bench;

  @Option(names = "--store", paramLabel = "DIR", description = "Data folder of the store to copy and serve (default: ~/.storyline/demo).")
  Path store;

  @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
  int clients = 50;

  @Option(names = "--seconds", paramLabel = "S", description = "How long the clients run (default ${DEFAULT-VALUE}).")
  int seconds = 30;

  @Option(names = "--no-ingest", description = "Load without an ingest running.")
  boolean noIngest;

  @Option(names = "--threads", paramLabel = "N", description = "Annotation threads of the ingest (default ${DEFAULT-VALUE}).")
  int threads = 1;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || seconds < 1 || threads < 1) {
      throw new Fatal("--clients, --seconds and --threads must be at least 1");
    }
    Path source = store != null ? store : DemoCommand.DEFAULT_DEMO_DATA;
    if (!Files.isDirectory(source.resolve("index"))) {
      throw new Fatal(source + " holds no store; run 'storyline demo --no-serve' first or name one with --store");
    }
    Path work = Files.createTempDirectory("storyline-bench-api");
    try {
      copyTree(source.resolve("index"), work.resolve("index"));
      Path corpus = benchCorpus(work.resolve("bench-corpus.jsonl"));
      try (LuceneStore served = LuceneStore.openReadOnly(work);
           WebServer server = WebServer.start(served, WebServer.Settings.of("127.0.0.1", 0, null, false), InstantSource.system())) {
        String base = "http://127.0.0.1:" + server.port();
        ApiLoad load = ApiLoad.discover(base, served);
        long initial = served.counts().articles();
        Process ingest = null;
        try {
          if (!noIngest) {
            ingest = startIngest(work, corpus);
            System.err.println("storyline: 'storyline ingest' started in another process; the load begins at its first commit");
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (served.counts().articles() == initial) {
              if (!ingest.isAlive() || System.nanoTime() > deadline) {
                throw new Fatal("the ingest made no commit (exit status " + (ingest.isAlive() ? "none yet" : ingest.exitValue()) + ")");
              }
              Thread.sleep(200);
              served.refresh();
            }
          }
          load.run(clients, Duration.ofSeconds(5)); // warm-up: the JIT compiles the hot paths; not counted
          served.refresh();
          long before = served.counts().articles();
          ApiLoad.Result result = load.run(clients, Duration.ofSeconds(seconds));
          served.refresh();
          long during = served.counts().articles() - before;
          result.print(System.out);
          System.out.printf(Locale.ROOT, "%nclients %d, %d s; ingest %s (%d articles committed during the load)%n", clients, seconds,
              noIngest ? "off" : ingest.isAlive() ? "running throughout" : "finished during the load", during);
          return result.errors() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } finally {
          if (ingest != null) {
            ingest.destroy();
            ingest.waitFor(30, TimeUnit.SECONDS);
          }
        }
      }
    } finally {
      BenchCommand.deleteTree(work);
    }
  }

  /**
   * {@code storyline ingest} in its own JVM, as an analyst runs it beside {@code serve}: its
   * garbage collections and CoreNLP's CPU are another process's, competing as they do in use.
   */
  private Process startIngest(Path data, Path corpus) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "--data", data.toString(), "--threads", String.valueOf(threads), "ingest", "--quiet", corpus.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** The demo corpus again under new ids, its texts marked, so none is already stored. */
  private static Path benchCorpus(Path target) throws IOException {
    try (InputStream in = DemoCommand.class.getResourceAsStream(DemoCommand.CORPUS)) {
      if (in == null) {
        throw new Fatal("the demo corpus " + DemoCommand.CORPUS + " is missing from this build");
      }
      try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
           BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          ObjectNode o = (ObjectNode) ContractJson.mapper().readTree(line);
          o.put("id", "bench-" + o.get("id").asText());
          o.remove("url");
          if (o.hasNonNull("text")) {
            o.put("text", o.get("text").asText() + "\n\n(Storyline load test copy.)");
          }
          w.write(ContractJson.mapper().writeValueAsString(o));
          w.newLine();
        }
      }
    }
    return target;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, t);
        }
      }
    }
  }
}
