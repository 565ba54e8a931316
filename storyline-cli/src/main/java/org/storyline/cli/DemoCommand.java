package org.storyline.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code storyline demo}: ingest the bundled demo corpus, then serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingests the bundled demo corpus (about 150 ECB+ news articles on violence, disasters and crime, CC BY 3.0) into the data folder (default ~/.storyline/demo), then serves the UI. A second run finds the articles stored and starts serving at once.")
final class DemoCommand implements Callable<Integer> {
  static final Path DEFAULT_DEMO_DATA = Path.of(System.getProperty("user.home"), ".storyline", "demo");
  static final String CORPUS = "demo/ecbplus-demo.jsonl.gz";

  @ParentCommand
  StorylineCommand top;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--no-serve", description = "Ingest only; do not start the server.")
  boolean noServe;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path data = top.data != null ? top.data : DEFAULT_DEMO_DATA;
    Path corpus = unpackCorpus(data);
    int status;
    try (Engine engine = new Engine(top.threads())) {
      status = IngestCommand.run(engine, data, List.of(corpus.toString()), false);
    }
    if (noServe) {
      return status;
    }
    return ServeCommand.serve(data, ServeCommand.settings(host, port, null, false), top.threads());
  }

  /** Writes the bundled corpus into the data folder as plain JSONL (once). */
  static Path unpackCorpus(Path data) throws IOException {
    Files.createDirectories(data);
    Path target = data.resolve("demo-corpus.jsonl");
    if (!Files.exists(target)) {
      try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
        if (in == null) {
          throw new Fatal("the demo corpus " + CORPUS + " is missing from this build");
        }
        Path tmp = Files.createTempFile(data, "demo-corpus", ".part");
        Files.copy(new GZIPInputStream(in), tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    return target;
  }
}
