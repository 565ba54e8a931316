package org.storyline.eval.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.storyline.dedup.MinHasher;
import org.storyline.dedup.NearDuplicateIndex;
import org.storyline.dedup.NearDuplicates;
import org.storyline.dedup.TextSignature;
import org.storyline.eval.Counts;
import org.storyline.eval.Table;

/**
 * Near-duplicate detection scored on a {@link VariantSet}, the way ingest meets it: items arrive in
 * the set's order, each is checked against the ones before it and then added. An item should be
 * flagged when an earlier item shares its cluster (its original or another variant of it): flagged
 * pointing into its cluster is a true positive; flagged pointing elsewhere, or flagged with nothing
 * of its cluster before it, a false positive; not flagged, a false negative (flagged wrongly counts
 * both); a flag between two clusters that share passages ({@link VariantSet.Set#isAmbiguous}) is
 * not scored. Scores are given for all topics and for even and odd ECB+ topics apart: settings
 * are tuned on even topics only.
 */
public final class DedupEval {

  /**
   * @param errors the first wrong decisions, for reading by cause
   */
  public record Result(String system, Counts all, Counts even, Counts odd, int items, double seconds, List<String> errors) {
    public double itemsPerSecond() {
      return items / seconds;
    }
  }

  private static final int MAX_ERRORS = 40;

  private DedupEval() {}

  public static Result run(VariantSet.Set set, NearDuplicates.Settings settings) {
    List<VariantSet.Item> items = set.items();
    MinHasher hasher = new MinHasher(settings.hasher());
    NearDuplicateIndex index = new NearDuplicateIndex(settings);
    Map<String, String> clusterOf = new HashMap<>();
    Map<String, Boolean> clusterSeen = new HashMap<>();
    Counts all = Counts.ZERO;
    Counts even = Counts.ZERO;
    Counts odd = Counts.ZERO;
    List<String> errors = new ArrayList<>();
    long t0 = System.nanoTime();
    for (VariantSet.Item item : items) {
      Optional<TextSignature> sig = hasher.sign(item.text());
      Optional<NearDuplicates.Match> match = sig.flatMap(index::find);
      sig.ifPresent(s -> index.add(item.id(), s));
      boolean truth = clusterSeen.containsKey(item.cluster());
      clusterSeen.put(item.cluster(), true);
      clusterOf.put(item.id(), item.cluster());
      boolean right = match.isPresent() && item.cluster().equals(clusterOf.get(match.get().id()));
      if (match.isPresent() && !right && set.isAmbiguous(item.cluster(), clusterOf.get(match.get().id()))) {
        continue; // two ECB+ articles sharing passages: neither answer is wrong
      }
      Counts c;
      if (truth) {
        c = right ? new Counts(1, 0, 0, 0) : new Counts(0, match.isPresent() ? 1 : 0, 1, 0);
      } else {
        c = match.isPresent() ? new Counts(0, 1, 0, 0) : new Counts(0, 0, 0, 1);
      }
      if ((c.fp() > 0 || c.fn() > 0) && errors.size() < MAX_ERRORS) {
        errors.add((c.fp() > 0 ? "FP " : "FN ") + item.id() + " (" + item.kind() + ")"
            + match.map(m -> " matched " + m.id() + String.format(java.util.Locale.ROOT, " at %.2f", m.similarity())).orElse("")
            + (sig.isEmpty() ? " (too short to sign)" : ""));
      }
      all = all.plus(c);
      if (item.topic() % 2 == 0) {
        even = even.plus(c);
      } else {
        odd = odd.plus(c);
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result("storyline MinHash+LSH", all, even, odd, items.size(), seconds, errors);
  }

  public static String table(List<Result> results) {
    Table t = new Table("system", "items", "P", "R", "F1", "P even", "R even", "P odd", "R odd", "items/s");
    for (Result r : results) {
      t.row(r.system(), r.items(), r.all().precision(), r.all().recall(), r.all().f1(), r.even().precision(),
          r.even().recall(), r.odd().precision(), r.odd().recall(), r.itemsPerSecond());
    }
    return t.toString();
  }
}
