package org.storyline.cli;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.pipeline.IngestListener;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code storyline serve}: the web UI and JSON API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the analyst's pages and the JSON API (described at /api/openapi.json) over the store. Data an ingest commits meanwhile appears within a second, live. With a token, clients may also ingest a URL or an upload and add feeds to poll. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  StorylineCommand top;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default ${DEFAULT-VALUE}: this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--token", paramLabel = "SECRET",
      description = "Secret (16+ characters) that write endpoints, and reads on a --host other than loopback, require. Default: $STORYLINE_TOKEN; none: no writes.")
  String token;

  @Option(names = "--allow-private-urls", description = "Let URLs given over the API (ingest, feeds) reach private, loopback and link-local addresses.")
  boolean allowPrivateUrls;

  @Override
  public Integer call() throws InterruptedException {
    return serve(top.dataDir(StorylineCommand.DEFAULT_DATA), settings(host, port, token, allowPrivateUrls), top.threads());
  }

  /** The server's settings; the token comes from the option, else from $STORYLINE_TOKEN. */
  static WebServer.Settings settings(String host, int port, String token, boolean allowPrivate) {
    String secret = token != null ? token : System.getenv("STORYLINE_TOKEN");
    try {
      return WebServer.Settings.of(host, port, secret == null || secret.isBlank() ? null : secret, allowPrivate);
    } catch (IllegalArgumentException e) {
      throw new Fatal(e.getMessage(), e);
    }
  }

  /** Serves until the process is stopped; shared with the demo. Writes (with a token) ingest on {@code threads}. */
  static int serve(Path data, WebServer.Settings settings, int threads) throws InterruptedException {
    String host = settings.host();
    int port = settings.port();
    LuceneStore store = LuceneStore.openReadOnly(data);
    Engine engine = new Engine(threads); // models load on the first write, not at start
    WebServer server;
    try {
      server = WebServer.start(store, settings, InstantSource.system(),
          settings.token() == null ? null : sources -> engine.ingestSources(data, sources, IngestListener.NONE));
    } catch (RuntimeException e) {
      store.close();
      engine.close();
      if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("port")) {
        throw new Fatal("cannot serve on " + host + ":" + port + " (" + e.getMessage() + "); choose another with --port", e);
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      engine.close();
      stopped.countDown();
    }, "shutdown"));
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    System.out.println("Storyline is serving " + data + " at http://" + shown + ":" + server.port() + "/  (Ctrl-C stops)");
    System.out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
