package org.storyline.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signatures held in memory with their LSH bands, for finding the first earlier text that a new one
 * copies. IngestJob keeps here the articles of a run that the store's reader does not show yet; the
 * evaluator keeps a whole generated set. Not thread-safe: one writer, the sequential part of a job.
 */
public final class NearDuplicateIndex {
  private final NearDuplicates.Settings settings;
  private final Map<String, List<Integer>> bands = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final List<TextSignature> signatures = new ArrayList<>();

  public NearDuplicateIndex(NearDuplicates.Settings settings) {
    this.settings = settings;
  }

  public void add(String id, TextSignature signature) {
    int n = ids.size();
    ids.add(id);
    signatures.add(signature);
    for (String key : signature.bandKeys(settings.hasher().bandRows())) {
      bands.computeIfAbsent(key, k -> new ArrayList<>(1)).add(n);
    }
  }

  /** The earliest-added text this signature copies, with its similarity; empty when none does. */
  public Optional<NearDuplicates.Match> find(TextSignature signature) {
    Map<Integer, Integer> shared = new HashMap<>();
    for (String key : signature.bandKeys(settings.hasher().bandRows())) {
      List<Integer> hits = bands.get(key);
      if (hits != null) {
        for (int i : hits) {
          shared.merge(i, 1, Integer::sum);
        }
      }
    }
    List<NearDuplicates.Candidate> candidates = new ArrayList<>();
    shared.entrySet().stream()
        .sorted((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(a.getKey(), b.getKey()) : b.getValue() - a.getValue())
        .limit(settings.maxCandidates())
        .forEach(e -> candidates.add(new NearDuplicates.Candidate(ids.get(e.getKey()), e.getKey(), signatures.get(e.getKey()))));
    return NearDuplicates.best(signature, candidates, settings);
  }

  public int size() {
    return ids.size();
  }

  public void clear() {
    bands.clear();
    ids.clear();
    signatures.clear();
  }
}
