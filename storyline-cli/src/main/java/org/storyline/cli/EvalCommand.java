package org.storyline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code storyline eval ...}: each stage scored on gold data, printed as a table next to its
 * published anchors. Gold data is read where it lies (../shared/data by default); nothing of it
 * is copied into Storyline.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Scores a stage on gold data and prints the table (precision, recall, F1 and the measures each field uses).",
    subcommands = {EvalNerCommand.class, EvalExtractionCommand.class, EvalDedupCommand.class, EvalTimeCommand.class,
        EvalGeoCommand.class, EvalFiguresCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class, EvalClustersCommand.class})
final class EvalCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }
}
