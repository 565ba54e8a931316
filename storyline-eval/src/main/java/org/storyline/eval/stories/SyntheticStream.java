package org.storyline.eval.stories;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.storyline.stories.ArticleTerms;
import org.storyline.stories.StoryClusterer;
import org.storyline.stories.TermVector;

/**
 * An endless news stream for measuring the story stage, shaped like annotated articles: a fixed
 * number of articles a day; topics that come and go; within a topic, stories that burst for a few
 * days; each article the words, names and places of its story and topic over a Zipf-distributed
 * background vocabulary, sometimes a year, and two lead sentences. Deterministic for a seed.
 *
 * <p>What it is not: language. It measures speed and memory, never quality (ECB+ does that).
 */
public final class SyntheticStream implements Iterator<StoryClusterer.Input> {
  /** Background vocabulary size and Zipf exponent (news text is close to 1). */
  static final int BACKGROUND = 30_000;
  static final double ZIPF = 1.0;
  /** Topics alive at once, and how many stories a topic has in its life. */
  static final int LIVE_TOPICS = 300;
  static final int STORIES_PER_TOPIC = 12;
  /** Stories bursting at once. */
  static final int LIVE_STORIES = 1_200;

  private final SplittableRandom random;
  private final int perDay;
  private final OffsetDateTime start;
  private final double[] zipfCumulative = new double[BACKGROUND];
  private final List<Topic> topics = new ArrayList<>();
  private final List<Story> stories = new ArrayList<>();
  private long produced;
  private long nextTopic;
  private long nextStory;

  private record Topic(long id, String[] words, String[] names, String[] places, int[] storiesLeft) {}

  private record Story(long id, Topic topic, String[] words, String[] names, String[] places, String year, int[] left) {}

  /** @param perDay articles a day; time advances by {@code 86400 / perDay} seconds an article */
  public SyntheticStream(long seed, int perDay, OffsetDateTime start) {
    if (perDay < 1) {
      throw new IllegalArgumentException("perDay must be at least 1, was " + perDay);
    }
    this.random = new SplittableRandom(seed);
    this.perDay = perDay;
    this.start = start;
    double sum = 0;
    for (int i = 0; i < BACKGROUND; i++) {
      sum += 1 / Math.pow(i + 1, ZIPF);
      zipfCumulative[i] = sum;
    }
    for (int i = 0; i < BACKGROUND; i++) {
      zipfCumulative[i] /= sum;
    }
    for (int i = 0; i < LIVE_TOPICS; i++) {
      topics.add(newTopic());
    }
    for (int i = 0; i < LIVE_STORIES; i++) {
      stories.add(newStory());
    }
  }

  @Override
  public boolean hasNext() {
    return true;
  }

  @Override
  public StoryClusterer.Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    long n = produced++;
    OffsetDateTime time = start.plusSeconds(n * 86_400L / perDay);
    // a story's share of the stream follows its rank: a few big stories, many small ones
    int slot = (int) Math.min(stories.size() - 1, Math.floor(Math.pow(random.nextDouble(), 2.5) * stories.size()));
    Story s = stories.get(slot);
    if (--s.left[0] <= 0) {
      stories.set(slot, newStory());
    }
    Map<String, Double> words = new HashMap<>();
    for (int i = 0; i < 12; i++) {
      words.merge(background(), 1.0, Double::sum);
    }
    for (int i = 0; i < 6; i++) {
      words.merge(pick(s.topic.words), 1.0, Double::sum);
    }
    for (int i = 0; i < 6; i++) {
      words.merge(pick(s.words), 1.0, Double::sum);
    }
    Map<String, Double> names = new HashMap<>();
    for (int i = 0; i < 4; i++) {
      names.merge(random.nextInt(3) == 0 ? pick(s.topic.names) : pick(s.names), 1.0, Double::sum);
    }
    Map<String, Double> places = new HashMap<>();
    places.merge(pick(s.places), 1.0, Double::sum);
    places.merge(pick(s.topic.places), 1.0, Double::sum);
    List<ArticleTerms.LeadSentence> lead = new ArrayList<>(2);
    for (int k = 0; k < 2; k++) {
      Map<String, Double> w = new HashMap<>();
      for (int i = 0; i < 8; i++) {
        w.merge(i % 2 == 0 ? pick(s.words) : background(), 1.0, Double::sum);
      }
      lead.add(new ArticleTerms.LeadSentence(k * 100, k * 100 + 90, "Sentence " + k + " of article " + n + ".", new TermVector(w)));
    }
    return new StoryClusterer.Input("a" + n, "Article " + n + " of story " + s.id, time, new TermVector(words),
        new TermVector(names), new TermVector(places), random.nextInt(3) == 0 ? List.of(s.year) : List.of(), lead);
  }

  private Topic newTopic() {
    long id = nextTopic++;
    return new Topic(id, terms("t" + id + "w", 30), terms("Topic " + id + " person ", 8), terms("Topic " + id + " place ", 3),
        new int[] {STORIES_PER_TOPIC});
  }

  private Story newStory() {
    int t = random.nextInt(topics.size());
    Topic topic = topics.get(t);
    if (--topic.storiesLeft[0] <= 0) {
      topics.set(t, newTopic());
    }
    long id = nextStory++;
    int size = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 25); // mean about 25 articles
    return new Story(id, topic, terms("s" + id + "w", 15), terms("Story " + id + " person ", 5),
        terms("Story " + id + " place ", 2), Integer.toString(2000 + (int) (id % 25)), new int[] {size});
  }

  private static String[] terms(String prefix, int n) {
    String[] t = new String[n];
    for (int i = 0; i < n; i++) {
      t[i] = prefix + i;
    }
    return t;
  }

  private String pick(String[] from) {
    return from[random.nextInt(from.length)];
  }

  private String background() {
    int i = java.util.Arrays.binarySearch(zipfCumulative, random.nextDouble());
    return BACKGROUND_WORDS[Math.min(BACKGROUND - 1, i < 0 ? -i - 1 : i)];
  }

  private static final String[] BACKGROUND_WORDS = terms("w", BACKGROUND);
}
