package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.json.ContractJson;
import org.storyline.testing.Articles;

class StoryClustererTest {
  private static final String[] SIEGE = {"aleppo", "siege", "army", "rebel", "troop", "encircle", "district", "eastern"};
  private static final String[] QUAKE = {"earthquake", "magnitude", "tremor", "collapse", "rescue", "village", "aftershock"};

  private static TermVector counts(String... terms) {
    Map<String, Double> w = new HashMap<>();
    for (String t : terms) {
      w.merge(t, 1.0, Double::sum);
    }
    return new TermVector(w);
  }

  private static StoryClusterer.Input input(String id, String date, String... terms) {
    return input(id, date, List.of("Aleppo"), List.of("John Kerry"), List.of(), terms);
  }

  private static StoryClusterer.Input input(String id, String date, List<String> places, List<String> names, List<String> years,
      String... terms) {
    return new StoryClusterer.Input(id, "title " + id, Articles.at(date), counts(terms), counts(names.toArray(String[]::new)),
        counts(places.toArray(String[]::new)), years, List.of());
  }

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
    assertThat(b.story().entities()).containsExactly("John Kerry");
  }

  @Test
  void theSameSubjectMonthsLaterIsANewStoryInTheSameTopic() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var september = c.assign(input("sep", "2016-09-04", SIEGE));
    c.assign(input("quake", "2016-10-01", List.of("Bandar Abbas"), List.of(), List.of(), QUAKE));
    var december = c.assign(input("dec", "2016-12-03", SIEGE));
    assertThat(december.newStory()).isTrue();
    assertThat(december.story().id()).isNotEqualTo(september.story().id());
    assertThat(december.story().topic()).isEqualTo(september.story().topic());
  }

  @Test
  void unrelatedArticlesStartNewTopics() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var a = c.assign(input("a", "2016-09-04", SIEGE));
    var b = c.assign(input("b", "2016-09-04", List.of("Bandar Abbas"), List.of(), List.of(), QUAKE));
    assertThat(b.story().topic()).isNotEqualTo(a.story().topic());
  }

  @Test
  void articlesThatNameOtherPeopleAndYearsStartAnotherStoryInTheSameTopic() {
    // two reports of one celebrity's rehab, and one of another celebrity's five years later, in the same words
    String[] rehab = {"rehab", "check", "treatment", "center", "actress", "star", "representative"};
    StoryClusterer.Settings s = new StoryClusterer.Settings(0.5, 0.1, 1.0, 0.2, 0.3, Duration.ofDays(30), Duration.ofDays(180),
        300, 10_000, 1_000);
    StoryClusterer c = new StoryClusterer(s);
    var first = c.assign(input("reid-1", "2020-01-01", List.of("Malibu"), List.of("Tara Reid", "Promises"), List.of("2008"), rehab));
    var second = c.assign(input("reid-2", "2020-01-01", List.of("Malibu"), List.of("Tara Reid", "Promises"), List.of("2008"), rehab));
    var other = c.assign(input("lohan", "2020-01-01", List.of("Malibu"), List.of("Lindsay Lohan", "Betty Ford Center"),
        List.of("2013"), rehab));
    assertThat(second.story().id()).isEqualTo(first.story().id());
    assertThat(other.story().id()).isNotEqualTo(first.story().id());
    assertThat(other.story().topic()).isEqualTo(first.story().topic());
    // the same article without the names and the year joins the story: they are what told it apart
    var unnamed = new StoryClusterer(s);
    unnamed.assign(input("reid-1", "2020-01-01", List.of("Malibu"), List.of("Tara Reid", "Promises"), List.of("2008"), rehab));
    assertThat(unnamed.assign(input("lohan", "2020-01-01", List.of("Malibu"), List.of(), List.of(), rehab)).newStory()).isFalse();
  }

  @Test
  void aStoryIsSummarisedByItsMostCentralLeadSentence() {
    StoryClusterer c = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    var central = new ArticleTerms.LeadSentence(0, 40, "Troops encircle eastern Aleppo in a siege.", counts("troop", "encircle",
        "eastern", "aleppo", "siege"));
    var aside = new ArticleTerms.LeadSentence(41, 70, "The weather was mild on Sunday.", counts("weather", "mild"));
    c.assign(new StoryClusterer.Input("a", "Aleppo besieged", Articles.at("2016-09-04"), counts(SIEGE), counts("John Kerry"),
        counts("Aleppo"), List.of(), List.of(aside, central)));
    var b = c.assign(input("b", "2016-09-04", SIEGE));
    assertThat(b.story().summary()).isEqualTo(new org.storyline.model.Story.Summary(central.text(), "a", 0, 40));
    assertThat(b.story().title()).isEqualTo("Aleppo besieged");
  }

  @Test
  void aRestoredSnapshotContinuesExactlyAsTheOriginal() throws Exception {
    StoryClusterer original = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    original.assign(input("a", "2016-09-04", SIEGE));
    original.assign(input("b", "2016-09-04", List.of("Bandar Abbas"), List.of(), List.of("2016"), QUAKE));
    ObjectMapper json = ContractJson.mapper(); // as the store keeps it
    StoryClusterer.State state = json.readValue(json.writeValueAsString(original.snapshot()), StoryClusterer.State.class);
    StoryClusterer restored = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    restored.restore(state);
    var x = original.assign(input("c", "2016-09-06", SIEGE));
    var y = restored.assign(input("c", "2016-09-06", SIEGE));
    assertThat(y).isEqualTo(x);
    assertThat(restored.snapshot()).isEqualTo(original.snapshot());
  }

  @Test
  void aRestoredSnapshotContinuesExactlyAsTheOriginalOverALongRandomStream() {
    // the vocabulary is renumbered on the way (from 1,000 terms); the restored clusterer numbers the terms anew
    List<StoryClusterer.Input> stream = randomStream(new Random(7), 3_000);
    StoryClusterer original = new StoryClusterer(StoryClusterer.Settings.DEFAULTS, 1_000);
    stream.subList(0, 1_700).forEach(original::assign);
    StoryClusterer restored = new StoryClusterer(StoryClusterer.Settings.DEFAULTS, 1_000);
    restored.restore(original.snapshot());
    for (StoryClusterer.Input in : stream.subList(1_700, stream.size())) {
      assertThat(restored.assign(in)).isEqualTo(original.assign(in));
    }
  }

  @Test
  void theSameStreamGivesTheSameStoriesHoweverOftenTermsAreRenumbered() {
    List<StoryClusterer.Input> stream = randomStream(new Random(11), 1_500);
    StoryClusterer one = new StoryClusterer(StoryClusterer.Settings.DEFAULTS);
    StoryClusterer two = new StoryClusterer(StoryClusterer.Settings.DEFAULTS, 500); // renumbered often: the same stories
    for (StoryClusterer.Input in : stream) {
      assertThat(two.assign(in)).isEqualTo(one.assign(in));
    }
  }

  @Test
  void memoryHoldsOnlyTheWindowOfALongStream() {
    StoryClusterer.Settings s = new StoryClusterer.Settings(0.3, 0.15, 0.3, 0.2, 0.2, Duration.ofDays(5), Duration.ofDays(20), 50,
        100, 500);
    StoryClusterer c = new StoryClusterer(s);
    List<StoryClusterer.Input> stream = randomStream(new Random(3), 8_000); // 100 articles a day for 80 days
    int most = 0;
    for (int i = 0; i < stream.size(); i++) {
      c.assign(stream.get(i));
      if (i % 1_000 == 999) {
        StoryClusterer.State state = c.snapshot();
        most = Math.max(most, state.topics().size());
        assertThat(state.stories()).allSatisfy(story -> assertThat(story.last()).isAfter(state.watermark().minusDays(6)));
      }
    }
    assertThat(most).isLessThan(2_000); // topics of 20 days at most, not of all 80
    // 16,000 one-off terms pass through; two generations of 500 articles hold 2,000 of them at most, plus 4,000 shared ones
    var counted = new java.util.HashSet<>(c.snapshot().terms().current().keySet());
    counted.addAll(c.snapshot().terms().previous().keySet());
    assertThat(counted).hasSizeLessThan(6_500);
  }

  /** Articles on 400 subjects, each with its own words and names over a shared vocabulary, 100 a day. */
  private static List<StoryClusterer.Input> randomStream(Random r, int n) {
    List<StoryClusterer.Input> out = new ArrayList<>();
    OffsetDateTime start = OffsetDateTime.parse("2020-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      int subject = r.nextInt(400);
      List<String> words = new ArrayList<>();
      for (int k = 0; k < 12; k++) {
        words.add(r.nextBoolean() ? "s" + subject + "w" + r.nextInt(8) : "common" + r.nextInt(300));
      }
      words.add("unique" + i + "a");
      words.add("unique" + i + "b");
      out.add(new StoryClusterer.Input("art-" + i, "title " + i, start.plusMinutes(i * 14L + r.nextInt(10)),
          counts(words.toArray(String[]::new)), counts("Person " + subject, "Org " + (subject % 37)), counts("Place " + subject % 50),
          r.nextInt(4) == 0 ? List.of(Integer.toString(2000 + subject % 20)) : List.of(), List.of(
              new ArticleTerms.LeadSentence(0, 10, "Sentence " + i + ".", counts("s" + subject + "w1", "common" + r.nextInt(300))))));
    }
    return out;
  }

  @Test
  void forgetsStoriesOlderThanTheStoryWindowOnceNoArticleJoinsThem() {
    StoryClusterer c = new StoryClusterer(new StoryClusterer.Settings(0.3, 0.15, 0.3, 0.2, 0.2, Duration.ofDays(30),
        Duration.ofDays(60), 50, 1, 1_000));
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
    assertThatThrownBy(() -> StoryClusterer.Settings.DEFAULTS.withStoryThreshold(1.5))
        .hasMessage("storyThreshold must be in (0, 1], was 1.5");
    assertThatThrownBy(() -> StoryClusterer.Settings.DEFAULTS.withWeights(-1, 0, 0))
        .hasMessage("nameWeight must be in [0, 10], was -1.0");
  }
}
