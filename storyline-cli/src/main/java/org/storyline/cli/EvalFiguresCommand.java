package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.eval.figures.FigureEval;
import org.storyline.eval.figures.FigureGold;
import org.storyline.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code storyline eval figures}: figures of people on the hand-annotated gold, end to end, beside a numbers-only anchor. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "Scores figures of people (killed, injured, displaced, ...) on the hand-annotated gold set that ships "
        + "with Storyline, running the whole standard pipeline on each shared document: P/R/F1 of span (overlap) + kind "
        + "+ value, span-only F1, and the agreement of approximate, cumulative, source, range and date. The dev half is "
        + "for tuning, the test half for reporting.")
final class EvalFiguresCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "Gold figures JSONL (default: the bundled figures-gold.jsonl).")
  Path gold;

  @Option(names = "--shared-data", paramLabel = "DIR", description = "Shared data folder the gold points into (default ${DEFAULT-VALUE}).")
  Path data = Path.of("../shared/data");

  @Option(names = "--split", paramLabel = "SPLIT", split = ",", description = "Splits to score: dev, test (default: both).")
  List<String> splits = List.of("dev", "test");

  @Option(names = "--errors", description = "Also list every miss, false figure and wrong attribute (of the splits scored).")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(data)) {
      throw new ParameterException(spec.commandLine(), "--shared-data " + data + ": no such folder");
    }
    for (String s : splits) {
      if (!FigureGold.SPLITS.contains(s)) {
        throw new ParameterException(spec.commandLine(), "--split " + s + ": must be dev or test");
      }
    }
    if (gold != null && !Files.isReadable(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": no such readable file");
    }
    FigureGold g = gold == null ? FigureGold.bundled() : FigureGold.read(gold);
    FigureEval eval = new FigureEval(g, data);
    System.err.printf("loading the standard pipeline; scoring %d gold documents%n", g.docs().size());
    Pipeline pipeline = FigureEval.standardPipeline();
    List<FigureEval.Score> scores = new ArrayList<>();
    for (String split : splits) {
      List<FigureEval.Annotated> docs = eval.annotate(pipeline, split);
      scores.add(FigureEval.score("storyline", split, docs, d -> d.get(org.storyline.annotate.Layers.FIGURES)));
      scores.add(FigureEval.score("numbers only", split, docs, FigureEval::numbersBaseline));
    }
    System.out.print(FigureEval.table(scores));
    System.out.println();
    System.out.print(FigureEval.kindTable(scores.stream().filter(s -> s.system().equals("storyline")).toList()));
    System.out.println("Match: spans overlap and kind and value are equal. Goal: F1 >= 0.9; floor in CI: FigureFloorIT.");
    if (errors) {
      for (FigureEval.Score s : scores) {
        if (s.system().equals("storyline")) {
          System.out.println();
          System.out.println("# " + s.split() + ": " + s.errors().size() + " errors");
          s.errors().forEach(System.out::println);
        }
      }
    }
    return ExitCodes.OK;
  }
}
