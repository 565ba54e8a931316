package org.storyline.eval.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a clustering matches a gold one: BCubed (Bagga and Baldwin 1998: per item, the share
 * of its cluster that belongs to its gold class, and the reverse, averaged over items) and
 * pairwise (over all pairs of items, those put together that belong together).
 *
 * @param b3       BCubed precision, recall, F1
 * @param pairwise pairwise precision, recall, F1
 * @param clusters how many clusters the clustering has
 * @param classes  how many the gold has
 */
public record ClusterScores(Prf b3, Prf pairwise, int clusters, int classes) {

  /** Precision, recall and their harmonic mean. */
  public record Prf(double precision, double recall, double f1) {
    static Prf of(double p, double r) {
      return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Scores {@code predicted} against {@code gold}: labels of the same items, in the same order. */
  public static ClusterScores of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predicted");
    }
    int n = gold.size();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(predicted.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + '\u0000' + predicted.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(gold.get(i) + '\u0000' + predicted.get(i));
      p += (double) common / predSize.get(predicted.get(i));
      r += (double) common / goldSize.get(gold.get(i));
    }
    long together = pairs(both);
    long predictedPairs = pairs(predSize);
    long goldPairs = pairs(goldSize);
    Prf pairwise = Prf.of(predictedPairs == 0 ? 1 : (double) together / predictedPairs,
        goldPairs == 0 ? 1 : (double) together / goldPairs);
    return new ClusterScores(n == 0 ? Prf.of(0, 0) : Prf.of(p / n, r / n), pairwise, predSize.size(), goldSize.size());
  }

  private static long pairs(Map<String, Integer> sizes) {
    long s = 0;
    for (int k : sizes.values()) {
      s += (long) k * (k - 1) / 2;
    }
    return s;
  }
}
