package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.quotes.PolnearCorpus;
import org.storyline.eval.quotes.QuoteEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval quotes --polnear DIR}: quotes, speakers and cues on PolNeAR, beside CoreNLP's quote annotator. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Scores quotes on a PolNeAR split (content P/R/F1 by 50% coverage, speaker and cue accuracy) through the "
        + "standard pipeline and, in the same run, CoreNLP 4.5.10's quote annotator with attribution as the anchor.")
final class EvalQuotesCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--polnear", paramLabel = "DIR", description = "PolNeAR split with text/ and attributions/ (default ${DEFAULT-VALUE}).")
  Path polnear = Path.of("../shared/data/quotes/polnear/dev");

  @Option(names = "--no-baseline", description = "Skip CoreNLP's quote annotator (it needs a parse and coreference: minutes).")
  boolean noBaseline;

  @Option(names = "--baseline-docs", paramLabel = "N", description = "Run CoreNLP on the first N documents only (default: all).")
  int baselineDocs = Integer.MAX_VALUE;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(polnear.resolve("attributions")) || !Files.isDirectory(polnear.resolve("text"))) {
      throw new ParameterException(spec.commandLine(), "--polnear " + polnear + ": no PolNeAR split (text/ and attributions/) there");
    }
    if (baselineDocs < 1) {
      throw new ParameterException(spec.commandLine(), "--baseline-docs must be at least 1, was " + baselineDocs);
    }
    PolnearCorpus corpus = PolnearCorpus.read(polnear);
    QuoteEval eval = new QuoteEval(corpus);
    System.err.printf("scoring %d documents of %s%n", corpus.docs().size(), polnear);
    QuoteEval.Run run = eval.run(QuoteEval.standardPipeline(), Integer.MAX_VALUE);
    List<QuoteEval.Scores> results = new ArrayList<>();
    results.add(QuoteEval.ours("storyline", run));
    if (!noBaseline) {
      List<QuoteEval.Prepared> subset = run.docs().subList(0, Math.min(baselineDocs, run.docs().size()));
      if (subset.size() < run.docs().size()) {
        results.add(QuoteEval.score("storyline, same docs", subset, subset.stream().map(p -> QuoteEval.ours(p.document())).toList(),
            0, 1));
      }
      results.add(QuoteEval.coreNlp(subset));
    }
    System.out.print(QuoteEval.table(results));
    System.out.printf(Locale.ROOT, "Storyline's whole pipeline: %,.0f tokens/s per core (%,d tokens in %.1f CPU s).%n",
        run.tokensPerSecond(), run.tokens(), run.seconds());
    System.out.print(QuoteEval.DEFINITIONS);
    System.out.println("Goal: content F1 >= 0.80, speaker accuracy >= 0.85; floors in CI: QuoteFloorIT.");
    return ExitCodes.OK;
  }
}
