package org.storyline.eval.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.testing.SharedData;

/**
 * CI floor for dates and times on TimeBank (TempEval-3 measures, each document anchored at its
 * DCT): value F1 over all documents must stay at or above 0.75, just under HeidelTime's published
 * 0.78 on TempEval-3; {@code storyline eval time} measured 0.83.
 */
class TimeFloorIT {
  static final double VALUE_F1_FLOOR = 0.75;

  @Test
  void valueF1OnTimeBankStaysAboveTheFloor() throws Exception {
    TimeEval eval = new TimeEval(TimemlDocument.readAll(SharedData.require("time/timebank")));
    TimeEval.Result ours = eval.score(TimeEval.storyline());
    assertThat(ours.scores().get(TimeEval.Split.ALL).valueF1()).as(TimeEval.table(List.of(ours)))
        .isGreaterThanOrEqualTo(VALUE_F1_FLOOR);
  }
}
