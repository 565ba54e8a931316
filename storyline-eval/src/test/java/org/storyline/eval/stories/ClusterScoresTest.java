package org.storyline.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  @Test
  void bcubedAndPairwiseMatchAWorkedExample() {
    // gold {1,2} {3,4}; predicted {1,2,3} {4}
    ClusterScores s = ClusterScores.of(List.of("a", "a", "b", "b"), List.of("x", "x", "x", "y"));
    assertThat(s.b3().precision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 1) / 4, within(1e-12));
    assertThat(s.b3().recall()).isCloseTo(0.75, within(1e-12));
    assertThat(s.pairwise().precision()).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(s.pairwise().recall()).isCloseTo(0.5, within(1e-12));
    assertThat(s.clusters()).isEqualTo(2);
    assertThat(s.classes()).isEqualTo(2);
  }

  @Test
  void theGoldClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(List.of("a", "a", "b"), List.of("s1", "s1", "s2"));
    assertThat(s.b3().f1()).isEqualTo(1.0);
    assertThat(s.pairwise().f1()).isEqualTo(1.0);
  }

  @Test
  void singletonsHavePerfectPrecisionAndOneClusterPerfectRecall() {
    List<String> gold = List.of("a", "a", "b", "b");
    assertThat(ClusterScores.of(gold, List.of("1", "2", "3", "4")).b3().precision()).isEqualTo(1.0);
    assertThat(ClusterScores.of(gold, List.of("1", "2", "3", "4")).b3().recall()).isEqualTo(0.5);
    assertThat(ClusterScores.of(gold, List.of("x", "x", "x", "x")).b3().recall()).isEqualTo(1.0);
    assertThat(ClusterScores.of(gold, List.of("x", "x", "x", "x")).b3().precision()).isEqualTo(0.5);
  }

  @Test
  void refusesLabelListsOfDifferentLengths() {
    assertThatThrownBy(() -> ClusterScores.of(List.of("a"), List.of("x", "y")))
        .hasMessage("1 gold labels but 2 predicted");
  }
}
