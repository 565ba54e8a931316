package org.storyline.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command: options every subcommand shares. */
@Command(
    name = "storyline",
    mixinStandardHelpOptions = true,
    version = "storyline 0.1.0",
    description = "Turns news articles into a sourced record of what happened: entities, dates, places, figures, quotes, events, stories. Everything runs offline on this machine.",
    subcommands = {
      DemoCommand.class, IngestCommand.class, AnnotateCommand.class, ExportCommand.class,
      SearchCommand.class, ServeCommand.class, EvalCommand.class, BenchCommand.class, DataCommand.class
    },
    footer = {
      "",
      "Exit status: 0 all fine; 1 some inputs failed (each named on stderr); 2 usage error;",
      "3 the run could not proceed (store in use, I/O failure, port taken).",
      "",
      "Examples:",
      "  storyline demo",
      "  storyline --data ~/news ingest feeds/ articles.jsonl https://example.org/rss.xml",
      "  storyline annotate --input in.jsonl --output out.jsonl",
      "  storyline --data ~/news export --what events --format csv --out events.csv",
      "  storyline --data ~/news search 'aleppo AND siege'"
    })
final class StorylineCommand implements Runnable {
  /** Where stores live unless --data says otherwise (STORYLINE_DATA overrides it). */
  static final Path DEFAULT_DATA = Path.of(System.getProperty("user.home"), ".storyline", "data");

  @Spec
  CommandSpec spec;

  // INHERIT: "storyline demo --data DIR" works as well as "storyline --data DIR demo"
  @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Data folder holding the store (default: $STORYLINE_DATA, else ~/.storyline/data; ~/.storyline/demo for demo).")
  Path data;

  @Option(names = "--threads", paramLabel = "N",
      description = "Annotation threads (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  /** The data folder: --data, else $STORYLINE_DATA, else {@code fallback}. */
  Path dataDir(Path fallback) {
    if (data != null) {
      return data;
    }
    String env = System.getenv("STORYLINE_DATA");
    return env != null && !env.isBlank() ? Path.of(env) : fallback;
  }

  int threads() {
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    return threads;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
