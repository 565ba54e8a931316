package org.storyline.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Term ids ({@link Vocabulary}) and weights, in id order: the clusterer's working form of a
 * {@link TermVector}. Sorted arrays rather than a map: a product is a merge of integers, and a
 * centroid costs two arrays rather than an object per term. Immutable; the arrays are never exposed.
 *
 * <p>Products and norms are summed in fixed point ({@link #SCALE}), so they do not depend on the
 * order the terms are added in: a restored clusterer, whose ids are numbered differently, computes
 * the same bits as the original (doubles summed in another order can differ in the last bit, and a
 * tie or a threshold can then go the other way). The error is below 1e-9 per product.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);
  /** Fixed-point scale of products: exact to 2^-32, safe for weights below 2^31. */
  private static final double SCALE = 0x1p32;
  /** Fixed-point scale of squared weights relative to the largest (each at most 1). */
  private static final double NORM_SCALE = 0x1p40;

  private final int[] ids;
  private final double[] weights;
  private final double norm;

  private SparseVector(int[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, Math.abs(w));
    }
    long sum = 0;
    for (double w : weights) {
      double r = w / max;
      sum += (long) (r * r * NORM_SCALE);
    }
    this.norm = max == 0 ? 0 : max * Math.sqrt(sum / NORM_SCALE);
  }

  /** The vector of these weights, terms numbered by {@code vocabulary}. */
  static SparseVector of(Map<String, Double> weights, Vocabulary vocabulary) {
    long[] packed = new long[weights.size()];
    double[] byId = new double[weights.size()];
    int n = 0;
    for (var e : weights.entrySet()) {
      packed[n] = ((long) vocabulary.id(e.getKey()) << 32) | n;
      byId[n++] = e.getValue();
    }
    Arrays.sort(packed);
    int[] ids = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      ids[i] = (int) (packed[i] >>> 32);
      w[i] = byId[(int) packed[i]];
    }
    return new SparseVector(ids, w);
  }

  int size() {
    return ids.length;
  }

  int id(int i) {
    return ids[i];
  }

  double weight(int i) {
    return weights[i];
  }

  double norm() {
    return norm;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  double dot(SparseVector o) {
    int[] a = ids;
    int[] b = o.ids;
    long d = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        d += (long) (weights[i++] * o.weights[j++] * SCALE);
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return d / SCALE;
  }

  /** Cosine; 0 when either is empty. */
  double cosine(SparseVector o) {
    return norm == 0 || o.norm == 0 ? 0 : dot(o) / (norm * o.norm);
  }

  /**
   * This plus {@code o}, then only the {@code keep} heaviest terms. Here and below, equal weights
   * are ranked by the terms themselves ({@code vocabulary} names them), never by their ids: ids
   * differ between a clusterer and its restored copy, and the choice must not.
   */
  SparseVector plus(SparseVector o, int keep, Vocabulary vocabulary) {
    int[] t = new int[ids.length + o.ids.length];
    double[] w = new double[t.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < ids.length || j < o.ids.length) {
      int c = i == ids.length ? 1 : j == o.ids.length ? -1 : Integer.compare(ids[i], o.ids[j]);
      if (c == 0) {
        t[n] = ids[i];
        w[n++] = weights[i++] + o.weights[j++];
      } else if (c < 0) {
        t[n] = ids[i];
        w[n++] = weights[i++];
      } else {
        t[n] = o.ids[j];
        w[n++] = o.weights[j++];
      }
    }
    return n <= keep ? new SparseVector(Arrays.copyOf(t, n), Arrays.copyOf(w, n)) : top(t, w, n, keep, vocabulary);
  }

  /** Only the {@code keep} heaviest terms. */
  SparseVector top(int keep, Vocabulary vocabulary) {
    return ids.length <= keep ? this : top(ids, weights, ids.length, keep, vocabulary);
  }

  /** The {@code keep} heaviest of the first {@code n} entries, in id order. One sort of the weights finds the cut. */
  private static SparseVector top(int[] t, double[] w, int n, int keep, Vocabulary vocabulary) {
    double[] sorted = Arrays.copyOf(w, n);
    Arrays.sort(sorted);
    double cut = sorted[n - keep];
    int above = 0;
    int tied = 0;
    for (int k = 0; k < n; k++) {
      if (w[k] > cut) {
        above++;
      } else if (w[k] == cut) {
        tied++;
      }
    }
    boolean[] take = new boolean[n];
    Integer[] atCut = new Integer[tied];
    int m = 0;
    for (int k = 0; k < n; k++) {
      take[k] = w[k] > cut;
      if (w[k] == cut) {
        atCut[m++] = k;
      }
    }
    Arrays.sort(atCut, (a, b) -> vocabulary.term(t[a]).compareTo(vocabulary.term(t[b])));
    for (int k = 0; k < keep - above; k++) {
      take[atCut[k]] = true;
    }
    int[] kt = new int[keep];
    double[] kw = new double[keep];
    m = 0;
    for (int k = 0; k < n; k++) {
      if (take[k]) {
        kt[m] = t[k];
        kw[m++] = w[k];
      }
    }
    return new SparseVector(kt, kw);
  }

  /** Ids of the {@code n} heaviest terms, heaviest first. */
  int[] heaviest(int n, Vocabulary vocabulary) {
    SparseVector top = top(n, vocabulary);
    Integer[] order = new Integer[top.ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> top.weights[a] != top.weights[b] ? Double.compare(top.weights[b], top.weights[a])
        : vocabulary.term(top.ids[a]).compareTo(vocabulary.term(top.ids[b])));
    int[] out = new int[order.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = top.ids[order[k]];
    }
    return out;
  }

  /** Ids of the {@code n} heaviest terms, in id order. */
  int[] heaviestIds(int n, Vocabulary vocabulary) {
    return top(n, vocabulary).ids.clone();
  }

  /** This scaled to length 1 (empty stays empty). */
  SparseVector unit() {
    if (norm == 0) {
      return this;
    }
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights[i] / norm;
    }
    return new SparseVector(ids, w);
  }

  /**
   * The same vector with every id replaced by {@code newIds[id]}; the mapping must keep the ids'
   * order (so the arrays stay sorted and every sum adds in the same order as before).
   */
  SparseVector renumber(int[] newIds) {
    int[] t = new int[ids.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = newIds[ids[i]];
    }
    return new SparseVector(t, weights);
  }

  private Map<String, Double> toMap(Vocabulary vocabulary) {
    Map<String, Double> m = new HashMap<>(ids.length * 2);
    for (int i = 0; i < ids.length; i++) {
      m.put(vocabulary.term(ids[i]), weights[i]);
    }
    return m;
  }

  TermVector toTermVector(Vocabulary vocabulary) {
    return new TermVector(toMap(vocabulary));
  }
}
