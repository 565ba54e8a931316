package org.storyline.stories;

import java.util.Map;

/**
 * Terms with weights (counts in an article, or weights in a story's centroid): content lemmas,
 * or names, or places. In the clusterer's state, names are prefixed "e:" and places "p:" so that
 * they never collide with words. Immutable.
 */
public record TermVector(Map<String, Double> weights) {

  public TermVector {
    weights = Map.copyOf(weights);
  }

  public static TermVector empty() {
    return new TermVector(Map.of());
  }
}
