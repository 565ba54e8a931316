package org.storyline.eval.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.testing.SharedData;

/**
 * CI floor for named entities on CoNLL-2003 dev: Storyline's recogniser must not fall below plain
 * CoreNLP with its defaults, measured at F1 0.922 by {@code storyline eval ner} (pinned here rather
 * than rerun: the defaults take a minute on this set).
 */
class NerFloorIT {
  /** Plain CoreNLP 4.5.10 defaults on CoNLL-2003 dev, as measured; the floor. */
  static final double COREMLP_DEFAULTS_F1 = 0.922;

  @Test
  void storylineIsAtLeastAsGoodAsPlainCoreNlp() throws Exception {
    NerEval eval = new NerEval(SharedData.require("ner/conll2003/dev.txt"));
    NerEval.Result ours = eval.score("storyline", NerEval.storylineRecognition());
    assertThat(ours.all().f1()).as(NerEval.table(java.util.List.of(ours))).isGreaterThanOrEqualTo(COREMLP_DEFAULTS_F1);
  }
}
