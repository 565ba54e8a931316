package org.storyline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.eval.extraction.DateEval;
import org.storyline.eval.extraction.ExtractionEval;
import org.storyline.eval.extraction.ExtractionGold;
import org.storyline.eval.extraction.Peers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval extraction --gold DIR}: body extraction on trafilatura's set, beside two peers. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Scores HTML body extraction on trafilatura's evaluation set (with/without snippets) and, on the same "
        + "pages in the same run, readability-lxml and Mozilla Readability (installed by scripts/install-peers.sh; "
        + "skipped with a message when absent); then publication-date accuracy on the hand-verified date gold.")
final class EvalExtractionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", paramLabel = "DIR", description = "The evaluation set (default ${DEFAULT-VALUE}).")
  Path gold = Path.of("../shared/data/extraction/trafilatura-eval");

  @Option(names = "--no-peers", description = "Score Storyline only.")
  boolean noPeers;

  @Option(names = "--repo", paramLabel = "DIR", description = "Where scripts/peers and .peers/ are (default: the current folder).")
  Path repo = Path.of(".");

  @Option(names = "--failures", paramLabel = "FILE", description = "Write Storyline's missed and leaked snippets, page by page, to FILE.")
  Path failures;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(gold.resolve("gold.json"))) {
      throw new ParameterException(spec.commandLine(), "--gold " + gold + ": no gold.json there");
    }
    List<ExtractionGold.Page> pages = ExtractionGold.read(gold);
    System.err.printf("scoring %d pages of %s%n", pages.size(), gold);
    List<ExtractionEval.Score> scores = new ArrayList<>();
    ExtractionEval.Run ours = ExtractionEval.storyline(pages);
    scores.add(ExtractionEval.score(pages, ours));
    if (failures != null) {
      Files.writeString(failures, ExtractionEval.failures(pages, ours));
    }
    if (!noPeers) {
      for (Peers peer : List.of(Peers.readabilityLxml(repo), Peers.mozillaReadability(repo))) {
        if (peer.missing().isPresent()) {
          System.err.println("skipping " + peer.name() + ": " + peer.missing().get());
          continue;
        }
        System.err.println("running " + peer.name() + " ...");
        scores.add(ExtractionEval.score(pages, peer.run(pages)));
      }
    }
    System.out.print(ExtractionEval.table(scores));
    System.out.println("Published on this set: trafilatura 0.909 F1, readabilipy 0.874, readability-lxml 0.801.");
    System.out.println("Thresholds were tuned on the even-indexed pages only; the odd half is held out.");
    System.out.printf(Locale.ROOT, "Floor in CI: F1 >= 0.90; goal: F1 >= 0.93 and above both peers, >= 10x readability-lxml pages/s.%n");
    DateEval.Result dates = DateEval.score(pages);
    System.out.printf(Locale.ROOT, "%nPublication date, exact day, on %d pages verified by hand: accuracy %.3f (goal >= 0.9)%n",
        dates.pages(), dates.accuracy());
    dates.wrong().forEach(w -> System.out.println("  " + w));
    return ExitCodes.OK;
  }
}
