package org.storyline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.eval.geo.GeoCorpus;
import org.storyline.eval.geo.GeoEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code storyline eval geo --corpus FILE}: geoparsing end to end and resolution only, beside the published anchors. */
@Command(name = "geo", mixinStandardHelpOptions = true,
    description = "Scores geoparsing on Gritta et al.'s gold corpora (TR-News, GeoWebNews): toponym P/R/F1 and, on the "
        + "matched toponyms, accuracy within 161 km, mean and median error and AUC; end to end from the raw text and "
        + "with the gold spans given.")
final class EvalGeoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "FILE", split = ",",
      description = "Gold corpora (default: ../shared/data/geo/TR-News.xml and GWN.xml).")
  List<Path> corpora = List.of(Path.of("../shared/data/geo/TR-News.xml"), Path.of("../shared/data/geo/GWN.xml"));

  @Option(names = "--no-gold-spans", description = "Skip the resolution-only run.")
  boolean noGoldSpans;

  @Option(names = "--errors", paramLabel = "FILE", description = "Write every gold toponym not placed within 161 km, with its cause, as TSV.")
  Path errors;

  @Override
  public Integer call() throws IOException {
    for (Path c : corpora) {
      if (!Files.isReadable(c)) {
        throw new ParameterException(spec.commandLine(), "--corpus " + c + ": no such readable file");
      }
    }
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.bundled();
    System.err.printf(Locale.ROOT, "gazetteer: %,d entries in %.1f s%n", gazetteer.size(), (System.nanoTime() - t0) / 1e9);
    GeoEval eval = new GeoEval(gazetteer);
    List<GeoEval.Result> results = new ArrayList<>();
    for (Path c : corpora) {
      GeoCorpus corpus = GeoCorpus.read(c);
      System.err.printf("%s: %d articles, %d gold spans (%d moved onto their phrase)%n", corpus.name(),
          corpus.articles().size(), corpus.articles().stream().mapToInt(a -> a.toponyms().size()).sum(), corpus.repairedSpans());
      results.add(eval.endToEnd(corpus));
      if (!noGoldSpans) {
        results.add(eval.goldSpans(corpus));
      }
    }
    System.out.print(GeoEval.table(results));
    System.out.println();
    System.out.println("Errors (gold toponyms not placed within 161 km), by cause:");
    System.out.print(GeoEval.causes(results));
    System.out.println();
    System.out.println("Published anchors, acc@161 (LGL / GeoVirus, Gritta et al. 2018): CamCoder 0.76 / 0.82, CLAVIN 0.71 / 0.79,");
    System.out.println("Edinburgh geoparser 0.76 / 0.78, population baseline 0.70 / 0.80; Mordecai3 0.966 with gold spans given.");
    System.out.println("Development: weights and rules were tuned on GWN; TR-News was not tuned on. Floor in CI: acc@161 >= 0.80 on TR-News end to end.");
    if (errors != null) {
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
        w.println("corpus\tmode\tarticle\tphrase\tcause\tchosen\terror_km\tgold_lat\tgold_lon");
        for (GeoEval.Result r : results) {
          for (GeoEval.Miss m : r.misses()) {
            w.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%.0f\t%.4f\t%.4f%n", r.corpus(), r.mode(), m.article(), m.phrase(),
                m.cause(), m.chosen() == null ? "" : m.chosen(), m.errorKm(), m.lat(), m.lon());
          }
        }
      }
    }
    return ExitCodes.OK;
  }
}
