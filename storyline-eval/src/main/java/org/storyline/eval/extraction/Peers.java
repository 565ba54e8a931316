package org.storyline.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The extraction peers, run as the small scripts under {@code scripts/peers/} that
 * {@code scripts/install-peers.sh} provides for: each reads page paths on stdin and prints one JSON
 * line per page with its text and the seconds its extraction took, so that all systems are scored
 * by the same Java code and timed on the same pages.
 *
 * @param name      as printed in the table
 * @param command   the runner's command line
 * @param env       extra environment
 * @param missing   why the peer cannot run here, or empty when it can
 */
public record Peers(String name, List<String> command, Map<String, String> env, Optional<String> missing) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** readability-lxml, Debian's {@code python3-readability}, on the system Python. */
  public static Peers readabilityLxml(Path repo) {
    Path script = repo.resolve("scripts/peers/readability_lxml.py");
    String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    Optional<String> missing = !Files.isReadable(script) ? Optional.of("no " + script)
        : succeeds(List.of(python, "-c", "import readability, lxml")) ? Optional.empty()
        : Optional.of("python3-readability is not installed (run scripts/install-peers.sh)");
    return new Peers("readability-lxml 0.8.1", List.of(python, script.toString()), Map.of(), missing);
  }

  /** Mozilla Readability with jsdom, from {@code .peers/node}. */
  public static Peers mozillaReadability(Path repo) {
    Path script = repo.resolve("scripts/peers/mozilla_readability.js");
    Path modules = repo.resolve(".peers/node/node_modules");
    Optional<String> missing = !Files.isReadable(script) ? Optional.of("no " + script)
        : !Files.isDirectory(modules.resolve("@mozilla/readability")) || !Files.isDirectory(modules.resolve("jsdom"))
            ? Optional.of("@mozilla/readability and jsdom are not in " + modules + " (run scripts/install-peers.sh)")
        : !succeeds(List.of("node", "--version")) ? Optional.of("node is not on the PATH")
        : Optional.empty();
    return new Peers("Mozilla Readability 0.6 (jsdom)", List.of("node", script.toString()),
        Map.of("NODE_PATH", modules.toAbsolutePath().toString()), missing);
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the peer over the pages; one process for all, its stderr discarded (pages' warnings). */
  public ExtractionEval.Run run(List<ExtractionGold.Page> pages) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    Process p = pb.start();
    Map<String, Integer> byPath = new HashMap<>();
    pages.forEach(page -> byPath.put(page.file().toAbsolutePath().toString(), page.index()));
    Thread feeder = Thread.ofVirtual().start(() -> {
      try (Writer w = p.outputWriter(StandardCharsets.UTF_8)) {
        for (ExtractionGold.Page page : pages) {
          w.write(page.file().toAbsolutePath() + "\n");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    Map<Integer, ExtractionEval.Output> out = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = JSON.readTree(line);
        Integer index = byPath.get(n.path("file").asText());
        if (index != null) {
          out.put(index, new ExtractionEval.Output(n.path("text").isTextual() ? n.path("text").asText() : null,
              n.path("seconds").asDouble()));
        }
      }
    }
    try {
      feeder.join();
      p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(name + " was interrupted", e);
    }
    if (out.size() < pages.size()) {
      throw new IOException(name + " answered for " + out.size() + " of " + pages.size() + " pages (exit " + p.exitValue() + ")");
    }
    return new ExtractionEval.Run(name, out);
  }
}
