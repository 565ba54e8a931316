package org.storyline.stories;

import java.util.HashMap;
import java.util.Map;

/**
 * Term counts of an article or a story: content lemmas, and entity and place names (prefixed
 * "e:" and "p:" so they never collide with words). Immutable.
 */
public record TermVector(Map<String, Double> weights) {

  public TermVector {
    weights = Map.copyOf(weights);
  }

  public static TermVector empty() {
    return new TermVector(Map.of());
  }

  /** This vector plus {@code other} times {@code factor}. */
  TermVector plus(TermVector other, double factor) {
    Map<String, Double> sum = new HashMap<>(weights);
    other.weights.forEach((k, v) -> sum.merge(k, v * factor, Double::sum));
    return new TermVector(sum);
  }

  /** Only the {@code n} heaviest terms, so a long-running story's centroid stays small. */
  TermVector top(int n) {
    if (weights.size() <= n) {
      return this;
    }
    Map<String, Double> top = new HashMap<>();
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .forEach(e -> top.put(e.getKey(), e.getValue()));
    return new TermVector(top);
  }
}
