package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.testing.Articles;

class StoryClustererTest {
  private static StoryClusterer.Input input(String id, String date, String... terms) {
    Map<String, Double> w = new java.util.HashMap<>();
    for (String t : terms) {
      w.merge(t, 1.0, Double::sum);
    }
    return new StoryClusterer.Input(id, "title " + id, Articles.at(date), new TermVector(w), List.of("Aleppo"), List.of("Kerry"));
  }

  private static final String[] SIEGE = {"aleppo", "siege", "army", "rebel", "p:aleppo", "e:kerry", "troop", "encircle"};
  private static final String[] QUAKE = {"earthquake", "magnitude", "iran", "tremor", "p:bandar abbas", "collapse", "rescue"};

  @Test
  void similarArticlesCloseInTimeFormOneStory() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var a = c.assign(input("a", "2016-09-04", SIEGE));
    var b = c.assign(input("b", "2016-09-05", SIEGE));
    assertThat(a.newStory()).isTrue();
    assertThat(b.newStory()).isFalse();
    assertThat(b.story().id()).isEqualTo(a.story().id());
    assertThat(b.story().articles()).containsExactly("a", "b");
    assertThat(b.story().places()).containsExactly("Aleppo");
  }

  @Test
  void theSameSubjectMonthsLaterIsANewStoryInTheSameTopic() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var september = c.assign(input("sep", "2016-09-04", SIEGE));
    c.assign(input("quake", "2016-10-01", QUAKE));
    var december = c.assign(input("dec", "2016-12-03", SIEGE));
    assertThat(december.newStory()).isTrue();
    assertThat(december.story().id()).isNotEqualTo(september.story().id());
    assertThat(december.story().topic()).isEqualTo(september.story().topic());
  }

  @Test
  void unrelatedArticlesStartNewTopics() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var a = c.assign(input("a", "2016-09-04", SIEGE));
    var b = c.assign(input("b", "2016-09-04", QUAKE));
    assertThat(b.story().topic()).isNotEqualTo(a.story().topic());
  }

  @Test
  void aRestoredSnapshotContinuesExactlyAsTheOriginal() {
    StoryClusterer original = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    original.assign(input("a", "2016-09-04", SIEGE));
    original.assign(input("b", "2016-09-04", QUAKE));
    StoryClusterer restored = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    restored.restore(original.snapshot());
    var x = original.assign(input("c", "2016-09-06", SIEGE));
    var y = restored.assign(input("c", "2016-09-06", SIEGE));
    assertThat(y).isEqualTo(x);
  }

  @Test
  void forgetsStoriesOlderThanTheTopicWindowOnceNoArticleJoinsThem() {
    StoryClusterer c = new StoryClusterer(new StoryClusterer.Settings(0.15, 0.08, Duration.ofDays(30), Duration.ofDays(60), 50, 1));
    c.assign(input("a", "2016-01-01", SIEGE));
    c.assign(input("b", "2016-06-01", QUAKE));
    assertThat(c.snapshot().stories()).hasSize(2); // "a" joined one assignment ago: still within the tolerance
    c.assign(input("c", "2016-06-02", QUAKE));
    assertThat(c.snapshot().stories()).extracting(StoryClusterer.ActiveStory::articles).containsExactly(List.of("b", "c"));
  }

  @Test
  void anArchiveArrivingOutOfTimeOrderStillGroupsItsStories() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var old = c.assign(input("2008-a", "2008-12-10", SIEGE));
    c.assign(input("2013-b", "2013-05-01", QUAKE)); // moves the newest time seen five years on
    var late = c.assign(input("2008-c", "2008-12-11", SIEGE));
    assertThat(late.story().id()).isEqualTo(old.story().id());
  }

  @Test
  void settingsNameTheBadValue() {
    assertThatThrownBy(() -> new StoryClusterer.Settings(1.5, 0.1, Duration.ofDays(1), Duration.ofDays(2), 50, 10))
        .hasMessage("storyThreshold must be in (0, 1], was 1.5");
  }
}
