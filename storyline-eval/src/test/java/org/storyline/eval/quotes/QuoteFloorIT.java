package org.storyline.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.testing.SharedData;

/**
 * CI floors for quotes on PolNeAR dev through the standard pipeline, pinned a little under what
 * {@code storyline eval quotes --no-baseline} measured (see the constants), so that noise passes and a
 * real regression does not.
 */
class QuoteFloorIT {
  /** Measured on dev: content F1 0.729 (P 0.877, R 0.623), speaker accuracy 0.767, cue accuracy 0.720. */
  static final double FLOOR_F1 = 0.70;
  static final double FLOOR_SPEAKER = 0.73;
  static final double FLOOR_CUE = 0.69;

  @Test
  void contentSpeakersAndCuesStayAboveTheirFloors() throws Exception {
    QuoteEval eval = new QuoteEval(PolnearCorpus.read(SharedData.require("quotes/polnear/dev")));
    QuoteEval.Scores s = QuoteEval.ours("storyline", eval.run(QuoteEval.standardPipeline(), Integer.MAX_VALUE));
    String table = QuoteEval.table(List.of(s));
    assertThat(s.gold()).as("PolNeAR dev attributions").isGreaterThan(2000);
    assertThat(s.f1()).as(table).isGreaterThanOrEqualTo(FLOOR_F1);
    assertThat(s.speakerAccuracy()).as(table).isGreaterThanOrEqualTo(FLOOR_SPEAKER);
    assertThat(s.cueAccuracy()).as(table).isGreaterThanOrEqualTo(FLOOR_CUE);
  }
}
