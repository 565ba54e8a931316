package org.storyline.cli;

import java.io.UncheckedIOException;
import org.storyline.store.StoreUnavailableException;
import picocli.CommandLine;

/** The {@code storyline} command's entry point. */
public final class Main {
  /** Held so the level sticks: JUL keeps loggers weakly. Lucene's hints about JVM flags are not for our users. */
  private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

  private Main() {}

  public static void main(String[] args) {
    LUCENE.setLevel(java.util.logging.Level.SEVERE);
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit status (see {@link ExitCodes}). */
  static int run(String... args) {
    CommandLine cli = new CommandLine(new StorylineCommand())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setUsageHelpAutoWidth(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("storyline: " + message(e));
          if (System.getenv("STORYLINE_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
          }
          return ExitCodes.FATAL;
        });
    return cli.execute(args);
  }

  private static String message(Throwable e) {
    if (e instanceof Fatal || e instanceof StoreUnavailableException) {
      return e.getMessage();
    }
    if (e instanceof UncheckedIOException io) {
      return "I/O failure: " + io.getMessage();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory; give the JVM more with STORYLINE_JAVA_OPTS=-Xmx8g";
    }
    return "internal error: " + e + " (set STORYLINE_DEBUG=1 for the stack trace)";
  }
}
