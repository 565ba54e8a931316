package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseVectorTest {
  @Test
  void productsAndNormsAreThoseOfTheWeights() {
    Vocabulary v = new Vocabulary();
    SparseVector a = SparseVector.of(Map.of("x", 3.0, "y", 4.0), v);
    SparseVector b = SparseVector.of(Map.of("y", 2.0, "z", 1.0), v);
    assertThat(a.norm()).isCloseTo(5.0, within(1e-9));
    assertThat(a.dot(b)).isCloseTo(8.0, within(1e-9));
    assertThat(a.cosine(b)).isCloseTo(8.0 / (5 * Math.sqrt(5)), within(1e-9));
    assertThat(a.cosine(SparseVector.EMPTY)).isZero();
  }

  @Test
  void sumsDoNotDependOnHowTermsAreNumbered() {
    Map<String, Double> w = Map.of("alpha", 0.1, "beta", 0.2000000001, "gamma", 0.3, "delta", 1e-7, "eps", 0.7);
    Vocabulary one = new Vocabulary();
    Vocabulary two = new Vocabulary();
    for (String t : new String[] {"eps", "delta", "gamma", "beta", "alpha"}) {
      two.id(t); // the reverse numbering
    }
    SparseVector a = SparseVector.of(w, one);
    SparseVector b = SparseVector.of(w, two);
    assertThat(a.norm()).isEqualTo(b.norm());
    assertThat(a.dot(a)).isEqualTo(b.dot(b));
  }

  @Test
  void keepsTheHeaviestTermsAndBreaksTiesByTheTermNotItsId() {
    Vocabulary v = new Vocabulary();
    v.id("zulu"); // numbered before "alpha": an id order would keep zulu
    SparseVector s = SparseVector.of(Map.of("zulu", 1.0, "alpha", 1.0, "heavy", 2.0), v).plus(SparseVector.EMPTY, 2, v);
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.heaviest(2, v)).containsExactly(v.id("heavy"), v.id("alpha"));
  }

  @Test
  void compactingDropsDeadTermsAndRenumberingKeepsEachTermsWeight() {
    Vocabulary v = new Vocabulary();
    SparseVector a = SparseVector.of(Map.of("a", 1.0, "c", 3.0), v);
    v.id("b");
    boolean[] live = new boolean[v.size()];
    live[v.id("a")] = true;
    live[v.id("c")] = true;
    int[] ids = v.compact(live);
    assertThat(v.size()).isEqualTo(2);
    assertThat(a.renumber(ids).toTermVector(v).weights()).isEqualTo(Map.of("a", 1.0, "c", 3.0));
  }
}
