package org.storyline.stories;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which items (stories, topics) carry a term among their heaviest, by term id: the clusterer
 * scores only the items that share a heavy term with the article, not every item in memory. Items
 * are compared by identity; the caller never depends on the order a set gives them in.
 */
final class Postings<T> {
  /** Indexed by term id (ids are dense, see {@link Vocabulary}); null where no item carries the term. */
  private final List<Set<T>> byTerm = new ArrayList<>();

  /** Moves {@code item} from the terms {@code before} to the terms {@code after}; both sorted ascending. */
  void update(T item, int[] before, int[] after) {
    int i = 0;
    int j = 0;
    while (i < before.length || j < after.length) {
      if (j == after.length || (i < before.length && before[i] < after[j])) {
        remove(item, before[i++]);
      } else if (i == before.length || after[j] < before[i]) {
        add(item, after[j++]);
      } else {
        i++;
        j++;
      }
    }
  }

  private void add(T item, int term) {
    while (byTerm.size() <= term) {
      byTerm.add(null);
    }
    Set<T> items = byTerm.get(term);
    if (items == null) {
      items = new HashSet<>(4);
      byTerm.set(term, items);
    }
    items.add(item);
  }

  private void remove(T item, int term) {
    Set<T> items = term < byTerm.size() ? byTerm.get(term) : null;
    if (items != null && items.remove(item) && items.isEmpty()) {
      byTerm.set(term, null);
    }
  }

  /** The items that carry {@code term}, or null when none does. Do not modify. */
  Set<T> items(int term) {
    return term < byTerm.size() ? byTerm.get(term) : null;
  }

  void clear() {
    byTerm.clear();
  }
}
