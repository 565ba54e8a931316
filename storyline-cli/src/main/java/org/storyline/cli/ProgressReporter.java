package org.storyline.cli;

import java.io.PrintStream;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.storyline.pipeline.IngestListener;

/**
 * Shows an ingest's progress on stderr: a bar with articles/s and ETA on a terminal, a line every
 * ten seconds otherwise (logs); each failed input on its own line, as it happens.
 */
final class ProgressReporter implements IngestListener, AutoCloseable {
  private final PrintStream err;
  private final boolean quiet;
  private ProgressBar bar;

  ProgressReporter(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  @Override
  public void started(OptionalLong expected) {
    if (quiet) {
      return;
    }
    boolean terminal = System.console() != null;
    ProgressBarBuilder b = new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(expected.orElse(-1))
        .setUnit(" articles", 1)
        .showSpeed()
        .setSpeedUnit(ChronoUnit.SECONDS)
        .setUpdateIntervalMillis(terminal ? 500 : 10_000)
        .setStyle(terminal ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.ASCII)
        .setConsumer(terminal ? new ConsoleProgressBarConsumer(err) : new DelegatingProgressBarConsumer(err::println));
    bar = b.build();
  }

  @Override
  public void handled(ItemOutcome outcome) {
    if (outcome.kind() == ItemOutcome.Kind.FAILED) {
      if (bar != null && System.console() != null) {
        err.print("\r\033[K"); // clear the bar's line so the message stands alone
      }
      err.println("storyline: failed: " + outcome.message());
    }
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
