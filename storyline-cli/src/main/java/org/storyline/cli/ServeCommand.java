package org.storyline.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code storyline serve}: the web UI and JSON API over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serves the analyst's pages and the JSON API (/api/stories, /api/articles, /api/events, /api/search) over the store, read-only. Data an ingest commits meanwhile appears within a second. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand
  StorylineCommand top;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to bind (default ${DEFAULT-VALUE}: this machine only).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Override
  public Integer call() throws InterruptedException {
    return serve(top.dataDir(StorylineCommand.DEFAULT_DATA), host, port);
  }

  /** Serves until the process is stopped; shared with the demo. */
  static int serve(Path data, String host, int port) throws InterruptedException {
    LuceneStore store = LuceneStore.openReadOnly(data);
    WebServer server;
    try {
      server = WebServer.start(store, new WebServer.Settings(host, port, Duration.ofSeconds(1)), InstantSource.system());
    } catch (RuntimeException e) {
      store.close();
      if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("port")) {
        throw new Fatal("cannot serve on " + host + ":" + port + " (" + e.getMessage() + "); choose another with --port", e);
      }
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "shutdown"));
    String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
    System.out.println("Storyline is serving " + data + " at http://" + shown + ":" + server.port() + "/  (Ctrl-C stops)");
    System.out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
