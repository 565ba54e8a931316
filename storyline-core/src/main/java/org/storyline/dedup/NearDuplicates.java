package org.storyline.dedup;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a text is a near duplicate of another: the same story lightly edited (another headline,
 * paragraphs trimmed or added, boilerplate around it, other quotes and spacing). Texts are compared
 * by their MinHash signatures ({@link MinHasher}); candidates come from LSH bands (the store's
 * index or a {@link NearDuplicateIndex}); a candidate is a copy when the estimated overlap
 * coefficient (how much of the shorter text the longer contains) reaches
 * {@link Settings#threshold()} and the estimated Jaccard similarity reaches
 * {@link Settings#minJaccard()} (so that a two-line brief is not a copy of every long article that
 * quotes it).
 */
public final class NearDuplicates {

  /**
   * @param hasher        how signatures are made
   * @param threshold     least estimated overlap coefficient of a copy, in (0, 1]
   * @param minJaccard    least estimated Jaccard similarity of a copy, in [0, 1]
   * @param maxCandidates candidates verified per text, those sharing most bands first
   */
  public record Settings(MinHasher.Settings hasher, double threshold, double minJaccard, int maxCandidates)
      implements Serializable {
    public static final Settings DEFAULTS = new Settings(MinHasher.Settings.DEFAULTS, 0.5, 0.2, 8);

    public Settings {
      Objects.requireNonNull(hasher, "hasher");
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("dedup.threshold must be in (0, 1], was " + threshold);
      }
      if (!(minJaccard >= 0 && minJaccard <= 1)) {
        throw new IllegalArgumentException("dedup.minJaccard must be in [0, 1], was " + minJaccard);
      }
      if (maxCandidates < 1) {
        throw new IllegalArgumentException("dedup.maxCandidates must be at least 1, was " + maxCandidates);
      }
    }
  }

  /**
   * A stored text that shares LSH bands with a new one.
   *
   * @param order where it came in; of two equally similar copies the earlier is the original
   */
  public record Candidate(String id, long order, TextSignature signature) {}

  /** The text a new one copies, and how similar they are (estimated overlap coefficient). */
  public record Match(String id, double similarity) {}

  private NearDuplicates() {}

  /** The most similar candidate that is a copy, the earliest among equals; empty when none is. */
  public static Optional<Match> best(TextSignature signature, List<Candidate> candidates, Settings settings) {
    Candidate best = null;
    double bestSimilarity = -1;
    for (Candidate c : candidates) {
      double overlap = signature.overlap(c.signature());
      if (overlap < settings.threshold() || signature.jaccard(c.signature()) < settings.minJaccard()) {
        continue;
      }
      if (overlap > bestSimilarity || (overlap == bestSimilarity && c.order() < best.order())) {
        best = c;
        bestSimilarity = overlap;
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Match(best.id(), bestSimilarity));
  }
}
