package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.dedup.NearDuplicates;
import org.storyline.eval.dedup.DedupEval;
import org.storyline.eval.dedup.VariantSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval dedup --gold FILE}: near-duplicate detection on variants generated from ECB+. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Generates, from a seed, edited copies of ECB+ articles (headline rewritten, paragraphs dropped or added, "
        + "boilerplate prepended, quotes and spacing changed), keeps the distinct articles about the same events, and scores "
        + "near-duplicate detection on them: precision and recall.")
final class EvalDedupCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", description = "ECB+ articles as JSONL (default ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/data/clusters/ecbplus-dev.jsonl");

  @Option(names = "--seed", description = "Seed of the generated set (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--errors", description = "Print the first wrong decisions.")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(gold)) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": no such readable file");
    }
    VariantSet.Set set = VariantSet.generate(gold, seed);
    long variants = set.items().stream().filter(i -> !i.kind().equals("original")).count();
    System.err.printf("%d items: %d originals, %d variants (seed %d); %d ECB+ articles joined another as the same text, "
        + "%d cluster pairs share passages and are not scored%n", set.items().size(), set.items().size() - variants, variants,
        seed, set.merged(), set.ambiguous().size());
    DedupEval.Result r = DedupEval.run(set, NearDuplicates.Settings.DEFAULTS);
    System.out.print(DedupEval.table(List.of(r)));
    System.out.println("Settings were tuned on even ECB+ topics only; odd topics are held out. Goal: P and R >= 0.98.");
    if (errors) {
      r.errors().forEach(System.out::println);
    }
    return ExitCodes.OK;
  }
}
