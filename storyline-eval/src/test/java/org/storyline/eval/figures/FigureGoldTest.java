package org.storyline.eval.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureGoldTest {
  @Test
  void theBundledGoldHasBothHalvesAndEnoughFigures() {
    FigureGold g = FigureGold.bundled();
    int dev = g.split("dev").stream().mapToInt(d -> d.figures().size()).sum();
    int test = g.split("test").stream().mapToInt(d -> d.figures().size()).sum();
    assertThat(dev + test).isGreaterThanOrEqualTo(150);
    assertThat(dev).isGreaterThan(100);
    assertThat(test).isGreaterThan(100);
    assertThat(g.docs()).anySatisfy(d -> assertThat(d.figures()).isEmpty()); // documents without figures count false positives
  }

  @Test
  void everyGoldFigureIsOrderedAndHasItsOwnText() {
    for (FigureGold.Doc d : FigureGold.bundled().docs()) {
      int end = 0;
      for (FigureGold.Gold f : d.figures()) {
        assertThat(f.start()).as(d.id()).isGreaterThanOrEqualTo(end);
        assertThat(f.end() - f.start()).as(d.id()).isEqualTo(f.text().length());
        end = f.end();
      }
    }
  }

  @Test
  void anUnknownSplitIsRefusedByName() {
    assertThatThrownBy(() -> FigureGold.bundled().split("train"))
        .hasMessageContaining("split must be one of").hasMessageContaining("'train'");
  }
}
