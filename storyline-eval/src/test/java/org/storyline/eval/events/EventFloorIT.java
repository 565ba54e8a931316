package org.storyline.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.events.TriggerLexicon;
import org.storyline.testing.SharedData;

/**
 * CI floors for event typing on CASE 2021 task 2 dev (305 snippets), as measured by
 * {@code storyline eval events}: weighted F1 0.813 on all snippets with the full lexicon, 0.695 on
 * the odd rows that nobody read while writing it. The floor (0.70) holds on all snippets;
 * the held-out rows are pinned a little below what they score, for noise from CoreNLP updates.
 */
class EventFloorIT {
  static final double ALL_SNIPPETS_WEIGHTED_F1 = 0.70;
  static final double HELD_OUT_WEIGHTED_F1 = 0.66;

  @Test
  void eventTypingStaysAboveItsFloors() throws Exception {
    EventEval eval = new EventEval(SharedData.require("events/case2021-task2-dev.tsv"));
    List<EventEval.Annotated> docs = eval.annotate();
    var full = EventEval.passage(EnumSet.allOf(TriggerLexicon.Part.class));
    EventEval.Result all = EventEval.score("all", docs, s -> true, full);
    EventEval.Result heldOut = EventEval.score("odd rows", docs, s -> s.row() % 2 == 1, full);
    String table = EventEval.table(List.of(all, heldOut));
    assertThat(all.weightedF1()).as(table).isGreaterThanOrEqualTo(ALL_SNIPPETS_WEIGHTED_F1);
    assertThat(heldOut.weightedF1()).as(table).isGreaterThanOrEqualTo(HELD_OUT_WEIGHTED_F1);
  }
}
