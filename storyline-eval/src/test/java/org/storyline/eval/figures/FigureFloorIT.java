package org.storyline.eval.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Layers;
import org.storyline.testing.SharedData;

/**
 * CI floor for figures on the test half of the hand-annotated gold, end to end through the
 * standard pipeline. Measured by {@code storyline eval figures}: F1 0.856 (span+kind+value) and span
 * F1 0.958 on the test half; the floors sit a little below, for noise between model versions.
 */
class FigureFloorIT {
  static final double TEST_F1_FLOOR = 0.83;
  static final double TEST_SPAN_F1_FLOOR = 0.93;

  @Test
  void figuresOnTheTestHalfStayAboveTheFloor() throws Exception {
    Path data = SharedData.require(SharedTexts.ECBPLUS).getParent().getParent();
    SharedData.require(SharedTexts.CASE2021);
    SharedData.require(SharedTexts.TRNEWS);
    FigureEval eval = new FigureEval(FigureGold.bundled(), data);
    FigureEval.Score s = FigureEval.score("storyline", "test", eval.annotate(FigureEval.standardPipeline(), "test"),
        d -> d.get(Layers.FIGURES));
    String table = FigureEval.table(List.of(s));
    assertThat(s.strict().f1()).as(table).isGreaterThanOrEqualTo(TEST_F1_FLOOR);
    assertThat(s.spans().f1()).as(table).isGreaterThanOrEqualTo(TEST_SPAN_F1_FLOOR);
  }
}
