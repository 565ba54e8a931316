package org.storyline.stories;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.storyline.model.StableId;
import org.storyline.model.Story;

/**
 * Online clustering of articles into stories and topics, one article at a time in stream order.
 *
 * <p>Each article becomes a TF-IDF vector (document frequencies counted online over the articles
 * seen so far), compared by cosine with the centroids of the stories active within
 * {@link Settings#storyWindow()} of its time. It joins the most similar story at or above
 * {@link Settings#storyThreshold()}; otherwise it starts a new story, which joins the topic of the
 * most similar story within {@link Settings#topicWindow()} at or above {@link Settings#topicThreshold()},
 * or starts a new topic. So a report three months later about the same city becomes a new story in
 * the same topic.
 *
 * <p>State is bounded: a story is forgotten (it stays in the store) once its last article is older
 * than the topic window, measured from the newest article seen, and no article joined it in the
 * last {@link Settings#lateTolerance()} assignments. The second condition keeps the stories of a
 * stream that arrives out of time order (a backfilled archive) in memory while they are still
 * being fed. Deterministic for a given input order. Not thread-safe: one instance is one sequential operator; its state is taken
 * with {@link #snapshot()} and given back with {@link #restore}.
 */
public final class StoryClusterer {

  /**
   * @param storyThreshold cosine at or above which an article joins a story
   * @param topicThreshold cosine at or above which a new story joins an existing story's topic
   * @param storyWindow    how far apart in time an article and a story's last article may be
   * @param topicWindow    how long a story stays in memory as a topic candidate
   * @param centroidTerms  terms kept per story centroid
   * @param lateTolerance  assignments during which a story joined by any article stays in memory
   *                       whatever its age (bounds memory for out-of-order input)
   */
  public record Settings(double storyThreshold, double topicThreshold, Duration storyWindow, Duration topicWindow,
      int centroidTerms, int lateTolerance) implements Serializable {
    /**
     * Chosen on the ECB+ dev articles of the demo corpus (B³ F1 0.93 against the event labels): a
     * 7-day window split events whose coverage spans weeks (recall 0.47); 30 days keeps reports
     * months apart in separate stories of one topic.
     */
    public static final Settings DEFAULTS = new Settings(0.15, 0.08, Duration.ofDays(30), Duration.ofDays(400), 300, 10_000);

    public Settings {
      Objects.requireNonNull(storyWindow, "storyWindow");
      Objects.requireNonNull(topicWindow, "topicWindow");
      if (!(storyThreshold > 0 && storyThreshold <= 1)) {
        throw new IllegalArgumentException("storyThreshold must be in (0, 1], was " + storyThreshold);
      }
      if (!(topicThreshold > 0 && topicThreshold <= storyThreshold)) {
        throw new IllegalArgumentException("topicThreshold must be in (0, storyThreshold], was " + topicThreshold);
      }
      if (topicWindow.compareTo(storyWindow) < 0) {
        throw new IllegalArgumentException("topicWindow must be at least storyWindow, was " + topicWindow);
      }
      if (centroidTerms < 10) {
        throw new IllegalArgumentException("centroidTerms must be at least 10, was " + centroidTerms);
      }
      if (lateTolerance < 0) {
        throw new IllegalArgumentException("lateTolerance must be at least 0, was " + lateTolerance);
      }
    }
  }

  /** What the clusterer needs of an article. */
  public record Input(String articleId, String title, OffsetDateTime time, TermVector terms,
      List<String> places, List<String> entities) {}

  /** Where an article went, and the story as it now stands. */
  public record Assignment(Story story, boolean newStory, double similarity) {}

  /** A story still in memory. */
  public record ActiveStory(String id, String topic, String title, TermVector centroid, OffsetDateTime first,
      OffsetDateTime last, List<String> articles, Map<String, Integer> places, Map<String, Integer> entities,
      long lastJoined) {}

  /** Everything the clusterer remembers; restore it to continue where a previous run stopped. */
  public record State(long documents, Map<String, Integer> documentFrequency, List<ActiveStory> stories,
      OffsetDateTime watermark) {
    public static final State EMPTY = new State(0, Map.of(), List.of(), null);
  }

  private final Settings settings;
  private long documents;
  private final Map<String, Integer> df = new HashMap<>();
  private final LinkedHashMap<String, Mutable> stories = new LinkedHashMap<>();
  private OffsetDateTime watermark;

  public StoryClusterer(Settings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  public Assignment assign(Input in) {
    documents++;
    in.terms().weights().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    TermVector vector = tfidf(in.terms());
    if (watermark == null || in.time().isAfter(watermark)) {
      watermark = in.time();
    }
    OffsetDateTime horizon = watermark.minus(settings.topicWindow());
    stories.values().removeIf(s -> s.last.isBefore(horizon) && documents - s.lastJoined > settings.lateTolerance());

    Mutable best = null;
    double bestSim = 0;
    Mutable topicBest = null;
    double topicSim = 0;
    for (Mutable s : stories.values()) {
      double sim = cosine(vector, s.centroid);
      boolean inWindow = !in.time().isBefore(s.first.minus(settings.storyWindow()))
          && !in.time().isAfter(s.last.plus(settings.storyWindow()));
      if (inWindow && sim > bestSim) {
        best = s;
        bestSim = sim;
      }
      if (sim > topicSim) {
        topicBest = s;
        topicSim = sim;
      }
    }
    boolean isNew = best == null || bestSim < settings.storyThreshold();
    Mutable story;
    if (isNew) {
      String id = StableId.derive("s-", in.articleId());
      String topic = topicBest != null && topicSim >= settings.topicThreshold() ? topicBest.topic : StableId.derive("t-", id);
      story = new Mutable(id, topic, in.title(), in.time());
      stories.put(id, story);
    } else {
      story = best;
    }
    story.add(in, vector, settings.centroidTerms(), documents);
    return new Assignment(story.toStory(), isNew, isNew ? topicSim : bestSim);
  }

  private TermVector tfidf(TermVector terms) {
    Map<String, Double> w = new HashMap<>();
    double norm = 0;
    for (var e : terms.weights().entrySet()) {
      double idf = Math.log((documents + 1.0) / (df.getOrDefault(e.getKey(), 0) + 1.0)) + 1.0;
      double v = (1 + Math.log(e.getValue())) * idf;
      w.put(e.getKey(), v);
      norm += v * v;
    }
    double n = Math.sqrt(norm);
    if (n > 0) {
      w.replaceAll((k, v) -> v / n);
    }
    return new TermVector(w);
  }

  private static double cosine(TermVector unit, TermVector centroid) {
    double dot = 0;
    double norm = 0;
    for (var e : centroid.weights().entrySet()) {
      norm += e.getValue() * e.getValue();
      Double v = unit.weights().get(e.getKey());
      if (v != null) {
        dot += v * e.getValue();
      }
    }
    return norm == 0 ? 0 : dot / Math.sqrt(norm);
  }

  public State snapshot() {
    List<ActiveStory> active = new ArrayList<>();
    stories.values().forEach(s -> active.add(s.freeze()));
    return new State(documents, Map.copyOf(df), List.copyOf(active), watermark);
  }

  public void restore(State state) {
    documents = state.documents();
    df.clear();
    df.putAll(state.documentFrequency());
    stories.clear();
    for (ActiveStory a : state.stories()) {
      stories.put(a.id(), Mutable.thaw(a));
    }
    watermark = state.watermark();
  }

  /** A story being built; only this class touches it. */
  private static final class Mutable {
    final String id;
    final String topic;
    final String title;
    TermVector centroid = TermVector.empty();
    OffsetDateTime first;
    OffsetDateTime last;
    final List<String> articles = new ArrayList<>();
    final Map<String, Integer> places = new HashMap<>();
    final Map<String, Integer> entities = new HashMap<>();
    long lastJoined;

    Mutable(String id, String topic, String title, OffsetDateTime time) {
      this.id = id;
      this.topic = topic;
      this.title = title;
      this.first = time;
      this.last = time;
    }

    void add(Input in, TermVector vector, int keep, long assignment) {
      lastJoined = assignment;
      centroid = centroid.plus(vector, 1.0).top(keep);
      first = in.time().isBefore(first) ? in.time() : first;
      last = in.time().isAfter(last) ? in.time() : last;
      articles.add(in.articleId());
      in.places().forEach(p -> places.merge(p, 1, Integer::sum));
      in.entities().forEach(e -> entities.merge(e, 1, Integer::sum));
    }

    Story toStory() {
      return new Story(id, title, topic, articles, first, last, mostFrequent(places, 5), mostFrequent(entities, 8));
    }

    ActiveStory freeze() {
      return new ActiveStory(id, topic, title, centroid, first, last, List.copyOf(articles), Map.copyOf(places), Map.copyOf(entities),
          lastJoined);
    }

    static Mutable thaw(ActiveStory a) {
      Mutable m = new Mutable(a.id(), a.topic(), a.title(), a.first());
      m.last = a.last();
      m.centroid = a.centroid();
      m.articles.addAll(a.articles());
      m.places.putAll(a.places());
      m.entities.putAll(a.entities());
      m.lastJoined = a.lastJoined();
      return m;
    }

    private static List<String> mostFrequent(Map<String, Integer> counts, int n) {
      return counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
          .limit(n)
          .map(Map.Entry::getKey)
          .toList();
    }
  }
}
