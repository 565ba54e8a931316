package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.time.TimeEval;
import org.storyline.eval.time.TimemlDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval time --timeml DIR}: TIMEX3 tagging on TimeBank, TempEval-3 measures, beside SUTime. */
@Command(name = "time", mixinStandardHelpOptions = true,
    description = "Scores date/time tagging on TimeML files (TimeBank), each anchored at its DCT: strict and relaxed span F1, "
        + "type accuracy, value F1 (relaxed span and equal value), for the development part, the held-out part and all; "
        + "Storyline's tagger beside CoreNLP's SUTime, with tokens/s of each.")
final class EvalTimeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--timeml", paramLabel = "DIR", description = "Folder of .tml files (default ${DEFAULT-VALUE}).")
  Path timeml = Path.of("../shared/data/time/timebank");

  @Option(names = "--no-baseline", description = "Skip SUTime (it takes about a minute).")
  boolean noBaseline;

  @Option(names = "--mistakes", paramLabel = "FILE", description = "Write Storyline's mistakes on the development part here (TSV).")
  Path mistakes;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(timeml)) {
      throw new ParameterException(spec.commandLine(), "--timeml " + timeml + ": no such folder");
    }
    List<TimemlDocument> docs = TimemlDocument.readAll(timeml);
    if (docs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--timeml " + timeml + ": no .tml files in it");
    }
    TimeEval eval = new TimeEval(docs);
    long held = docs.stream().filter(TimemlDocument::heldOut).count();
    System.err.printf(Locale.ROOT, "scoring %d documents of %s (%d development, %d held out)%n", docs.size(), timeml,
        docs.size() - held, held);
    List<TimeEval.Result> results = new ArrayList<>();
    TimeEval.Result ours = eval.score(TimeEval.storyline());
    results.add(ours);
    if (!noBaseline) {
      results.add(eval.score(TimeEval.sutime()));
    }
    System.out.print(TimeEval.table(results));
    System.out.println();
    System.out.print(TimeEval.speedTable(results));
    System.out.printf(Locale.ROOT, "Anchor: HeidelTime value F1 %.3f on TempEval-3 (published). Floor in CI: value F1 (all) >= 0.75. "
        + "Goal: >= 0.85.%n", TimeEval.HEIDELTIME_TE3_VALUE_F1);
    System.out.println("Speed, per CPU second of one pass (JIT warm-up included; 'storyline bench time' warms up): Storyline's "
        + "row is the time tagger alone, on CoreNLP's tokens; SUTime's the CoreNLP stage it needs (tokenize, ssplit, pos, lemma, "
        + "ner with SUTime).");
    if (mistakes != null) {
      Files.writeString(mistakes, TimeEval.mistakes(ours));
    }
    return ExitCodes.OK;
  }
}
