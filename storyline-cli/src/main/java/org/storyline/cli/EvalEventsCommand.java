package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.storyline.annotate.events.TriggerLexicon;
import org.storyline.eval.events.EventEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval events --case FILE}: event typing on CASE 2021 task 2, each variant beside the anchors. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Scores event typing on CASE 2021 task-2 snippets (accuracy, macro and weighted F1, per type) for each "
        + "variant of the detector, next to the published anchors. Nothing is trained on the snippets.")
final class EvalEventsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--case", paramLabel = "FILE", description = "CASE 2021 task-2 TSV (default ${DEFAULT-VALUE}).")
  Path file = Path.of("../shared/data/events/case2021-task2-dev.tsv");

  @Option(names = "--per-type", description = "Also print precision, recall and F1 per type for the full passage classifier.")
  boolean perType;

  @Option(names = "--embeddings", description = "Also run the sentence-embedding experiment (all-MiniLM-L6-v2, ONNX in-process).")
  boolean embeddings;

  @Option(names = "--errors", description = "Also print every snippet the full passage classifier gets wrong (gold, predicted, text).")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(file)) {
      throw new ParameterException(spec.commandLine(), "--case " + file + ": no such readable file");
    }
    EventEval eval = new EventEval(file);
    System.err.printf("annotating %d snippets of %s%n", eval.size(), file);
    List<EventEval.Annotated> docs = eval.annotate();
    var full = EventEval.passage(EnumSet.allOf(TriggerLexicon.Part.class));
    List<EventEval.Result> results = new ArrayList<>();
    results.add(EventEval.score("lexicon triggers only (passage)", docs, s -> true, EventEval.passage(EnumSet.of(TriggerLexicon.Part.TRIGGERS))));
    EventEval.Result all = EventEval.score("lexicon triggers + cues (passage)", docs, s -> true, full);
    results.add(all);
    results.add(EventEval.score("  the same, even rows (read while writing the lexicon)", docs, s -> s.row() % 2 == 0, full));
    results.add(EventEval.score("  the same, odd rows (held out)", docs, s -> s.row() % 2 == 1, full));
    results.add(EventEval.score("detector on sentences (threshold, negation, background)", docs, s -> true, EventEval.detector()));
    if (embeddings) {
      results.addAll(EventEval.embeddingVariants(docs, file.resolveSibling("EVENT_TYPES.md")));
    }
    System.out.print(EventEval.table(results));
    System.out.println("Floor in CI: weighted F1 >= 0.70 (lexicon triggers + cues, passage); goal >= 0.85.");
    if (perType) {
      System.out.println();
      System.out.print(EventEval.perType(all));
    }
    if (errors) {
      for (EventEval.Annotated a : docs) {
        String p = full.apply(a.document());
        if (!p.equals(a.snippet().gold())) {
          System.out.printf("%d\t%s\t%s\t%s%n", a.snippet().row(), a.snippet().gold(), p, a.snippet().text());
        }
      }
    }
    return ExitCodes.OK;
  }
}
