package org.storyline.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.nlp.StandardPipeline;
import org.storyline.stories.StoryClusterer;
import org.storyline.stories.StoryTerms;
import org.storyline.testing.SharedData;

/**
 * CI floor for stories and topics on ECB+ dev, with the pinned settings in file order, after the
 * real annotation pipeline, from scratch.
 *
 * <p>The floors are in-sample figures less a tolerance of 0.02: the pinned settings were chosen on
 * this file (event BCubed F1 0.892, topic 0.844). Held out, in 5-fold cross-validation by topic,
 * the same tuning reaches 0.852 at event level, short of the floor of 0.88 by 0.03; {@code
 * storyline eval clusters} prints both. Cross-validation is not rerun here: it takes minutes.
 */
class ClusterFloorIT {
  static final double EVENT_B3_F1 = 0.87;
  static final double TOPIC_B3_F1 = 0.82;

  @Test
  void storiesAndTopicsStayAboveTheirFloors() throws Exception {
    List<GoldArticle> gold = GoldArticle.read(SharedData.require("clusters/ecbplus-dev.jsonl"));
    List<AnnotatedGold> docs = AnnotatedGold.annotate(gold,
        () -> StandardPipeline.create(StandardPipeline.Settings.DEFAULTS, Gazetteer.bundled()), 2,
        null); // no cache: its key knows the gold texts, not the pipeline's code, and annotating takes ~15 s
    ClusterEval.Result r = new ClusterEval(docs, 1)
        .run(new ClusterEval.Config(StoryClusterer.Settings.DEFAULTS, StoryTerms.LEAD_SENTENCES));
    String table = ClusterEval.table(List.of(new ClusterEval.Row("events", r.events()), new ClusterEval.Row("topics", r.topics())));
    assertThat(r.events().b3().f1()).as(table).isGreaterThanOrEqualTo(EVENT_B3_F1);
    assertThat(r.topics().b3().f1()).as(table).isGreaterThanOrEqualTo(TOPIC_B3_F1);
  }
}
