package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.eval.ner.NerEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval ner --conll FILE}: entity recognition on CoNLL-2003, beside plain CoreNLP. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Scores named-entity recognition on a CoNLL-2003 file (exact span and type, micro and per type) and, in "
        + "the same run, plain CoreNLP 4.5.10 with its defaults as the baseline.")
final class EvalNerCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL-2003 file (default ${DEFAULT-VALUE}).")
  Path conll = Path.of("../shared/data/ner/conll2003/dev.txt");

  @Option(names = "--no-baseline", description = "Skip plain CoreNLP (it takes about a minute).")
  boolean noBaseline;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(conll)) {
      throw new ParameterException(spec.commandLine(), "--conll " + conll + ": no such readable file");
    }
    NerEval eval = new NerEval(conll);
    System.err.printf("scoring %d sentences of %s%n", eval.sentences(), conll);
    List<NerEval.Result> results = new ArrayList<>();
    results.add(eval.score("storyline (CRF + organisations)", NerEval.storylineRecognition()));
    if (!noBaseline) {
      results.add(eval.scoreCoreNlpDefaults());
    }
    System.out.print(NerEval.table(results));
    System.out.println("Goal: F1 >= 0.92. Floor in CI: 0.922, CoreNLP's three CRFs combined without fine-grained NER (its best "
        + "configuration measured here), above its full defaults' score in the row above.");
    return ExitCodes.OK;
  }
}
