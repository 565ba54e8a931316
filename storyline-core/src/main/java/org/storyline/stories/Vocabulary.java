package org.storyline.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Dense ids for terms, so that the clusterer's vectors are sorted {@code int} arrays whose
 * products are merges of integers, several times faster than merging strings. Ids grow with the
 * vocabulary; the clusterer renumbers the terms its live vectors use when the vocabulary has grown
 * ({@link #compact}), so memory follows what is in the window, not what has ever been seen.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();

  /** The term's id, a new one when the term is new. */
  int id(String term) {
    Integer id = ids.get(term);
    if (id == null) {
      id = terms.size();
      ids.put(term, id);
      terms.add(term);
    }
    return id;
  }

  String term(int id) {
    return terms.get(id);
  }

  int size() {
    return terms.size();
  }

  /**
   * Keeps only the terms whose ids are marked in {@code live}, numbered anew in their old order;
   * returns the new id of each old one (-1 for a dropped term).
   */
  int[] compact(boolean[] live) {
    int[] newIds = new int[terms.size()];
    List<String> kept = new ArrayList<>();
    for (int id = 0; id < terms.size(); id++) {
      newIds[id] = live[id] ? kept.size() : -1;
      if (live[id]) {
        kept.add(terms.get(id));
      }
    }
    ids.clear();
    terms.clear();
    kept.forEach(this::id);
    return newIds;
  }
}
