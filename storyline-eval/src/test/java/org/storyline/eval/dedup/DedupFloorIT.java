package org.storyline.eval.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.dedup.NearDuplicates;
import org.storyline.testing.SharedData;

/**
 * CI floor for near-duplicate detection on the variant set generated from ECB+ dev (seed 42):
 * precision and recall at least 0.98, the goal; measured 0.999 / 0.999 by
 * {@code storyline eval dedup}.
 */
class DedupFloorIT {
  static final double FLOOR = 0.98;

  @Test
  void findsEditedCopiesAndLeavesOtherReportsOfTheSameEventAlone() throws Exception {
    VariantSet.Set set = VariantSet.generate(SharedData.require("clusters/ecbplus-dev.jsonl"), 42);
    DedupEval.Result r = DedupEval.run(set, NearDuplicates.Settings.DEFAULTS);
    String table = DedupEval.table(List.of(r));
    assertThat(r.all().precision()).as(table).isGreaterThanOrEqualTo(FLOOR);
    assertThat(r.all().recall()).as(table).isGreaterThanOrEqualTo(FLOOR);
  }
}
