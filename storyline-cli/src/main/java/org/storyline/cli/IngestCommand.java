package org.storyline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.pipeline.IngestJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code storyline ingest PATH|URL...}: adds articles to the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Reads articles, annotates them, groups them into stories and events, and stores them. Inputs: JSONL files (the INTERFACES.md format), folders of .txt/.html/.jsonl/feeds/WARC (recursively), RSS/Atom feeds (file or http(s) URL), WARC and WARC.gz files. An article already stored (same id, same URL, or same text without a URL) is skipped.")
final class IngestCommand implements Callable<Integer> {
  @ParentCommand
  StorylineCommand top;

  @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files, folders or feed URLs to read.")
  List<String> inputs;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar; failures and the summary only.")
  boolean quiet;

  @Override
  public Integer call() {
    Path data = top.dataDir(StorylineCommand.DEFAULT_DATA);
    try (Engine engine = new Engine(top.threads())) {
      return run(engine, data, inputs, quiet);
    }
  }

  /** Ingests and prints the summary; shared with the demo. */
  static int run(Engine engine, Path data, List<String> inputs, boolean quiet) {
    long t0 = System.nanoTime();
    IngestJob.Report r;
    try (ProgressReporter progress = new ProgressReporter(System.err, quiet)) {
      r = engine.ingest(data, inputs, progress);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.err.printf(Locale.ROOT, "storyline: %d read, %d stored (%d of them copies of earlier articles), %d already stored, %d failed in %.1f s (%.1f articles/s%s) into %s%n",
        r.read(), r.stored() + r.duplicates(), r.duplicates(), r.alreadyStored(), r.failed(), seconds,
        (r.stored() + r.duplicates()) / Math.max(seconds, 1e-9),
        engine.modelLoadMillis() >= 0 ? String.format(Locale.ROOT, "; models loaded in %.1f s", engine.modelLoadMillis() / 1000.0) : "",
        data);
    return r.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }
}
