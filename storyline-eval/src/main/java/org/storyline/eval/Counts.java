package org.storyline.eval;

/**
 * True positives, false positives, false negatives (and true negatives where the metric has them),
 * with the scores derived from them. Immutable; {@link #plus} adds.
 */
public record Counts(long tp, long fp, long fn, long tn) {
  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn, tn + o.tn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    return 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
  }

  public double accuracy() {
    long all = tp + fp + fn + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }
}
