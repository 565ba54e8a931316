package org.storyline.eval.stories;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.storyline.entities.EntityRegistry;
import org.storyline.eval.Table;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Story;
import org.storyline.stories.ArticleTerms;
import org.storyline.stories.StoryClusterer;
import org.storyline.stories.StoryTerms;

/**
 * Stories and topics scored on a clustering gold set (ECB+ dev): the annotated articles are fed
 * to the story stage one by one, as the ingest job feeds them (names made canonical across
 * articles by {@link EntityRegistry}, then {@link StoryClusterer}); each article's story is scored
 * against the gold event, its topic against the gold topic.
 *
 * <p>ECB+ has no publication dates, so articles stream in file order and all get one time (as an
 * ingest run gives undated articles the time they arrive): the time windows play no part here.
 * The clusterer sees title and text only ({@link AnnotatedGold#blind}).
 *
 * <p>Honest tuning: {@link #crossValidate} chooses thresholds and weights on four folds of topics
 * and scores them on the fifth, so no score of a fold comes from settings chosen on it.
 */
public final class ClusterEval {
  /** The one time every undated article gets. */
  static final OffsetDateTime UNDATED = OffsetDateTime.parse("2020-01-01T00:00:00Z");

  /** What is tuned: the clusterer's settings and the lead length of {@link StoryTerms}. */
  public record Config(StoryClusterer.Settings settings, int leadSentences) {
    public Config {
      Objects.requireNonNull(settings, "settings");
    }

    @Override
    public String toString() {
      var s = settings;
      return String.format(java.util.Locale.ROOT, "story %.3f, topic %.3f, names %.2f, places %.2f, years %.2f, lead %d",
          s.storyThreshold(), s.topicThreshold(), s.nameWeight(), s.placeWeight(), s.yearPenalty(), leadSentences);
    }
  }

  /** Scores at both levels. */
  public record Result(ClusterScores events, ClusterScores topics) {}

  /** One held-out fold: the settings chosen on the other folds and the scores on this one. */
  public record Fold(int fold, List<String> topics, Config chosen, Result heldOut) {}

  /** The values tried, one list per knob. */
  public record Grid(List<Double> storyThresholds, List<Double> topicThresholds, List<Double> nameWeights,
      List<Double> placeWeights, List<Double> yearPenalties, List<Integer> leadSentences) {
    /** Around the scale of each knob: 288 runs of the clusterer per tuning, then the topic threshold. */
    public static final Grid DEFAULT = new Grid(
        List.of(0.15, 0.175, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35),
        List.of(0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2),
        List.of(0.0, 0.25, 0.5),
        List.of(0.0, 0.2),
        List.of(0.0, 0.15),
        List.of(3, 5, 8));
  }

  private final List<AnnotatedGold> docs;
  private final Map<Integer, List<ArticleTerms>> termsByLead = new ConcurrentHashMap<>();
  /** Articles with names made canonical across the ones before them, per stream (which the settings do not change). */
  private final Map<List<Integer>, List<AnnotatedArticle>> namedByStream = new ConcurrentHashMap<>();
  private final int threads;

  /**
   * @param docs    the annotated gold articles in stream order
   * @param threads how many settings are tried at once while tuning (each run is one sequential stream)
   */
  public ClusterEval(List<AnnotatedGold> docs, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.docs = List.copyOf(docs);
    this.threads = threads;
  }

  public int size() {
    return docs.size();
  }

  /** The same articles in another order: a seeded shuffle, to see how much the order matters. */
  public ClusterEval shuffled(long seed) {
    List<AnnotatedGold> copy = new ArrayList<>(docs);
    Collections.shuffle(copy, new Random(seed));
    return new ClusterEval(copy, threads);
  }

  /** Clusters every article and scores it. */
  public Result run(Config config) {
    return run(config, IntStream.range(0, docs.size()).boxed().toList());
  }

  /** Clusters the articles at {@code indices} (in that order) as one stream and scores them. */
  Result run(Config config, List<Integer> indices) {
    List<ArticleTerms> terms = terms(config.leadSentences());
    List<AnnotatedArticle> named = named(indices);
    StoryClusterer clusterer = new StoryClusterer(config.settings());
    List<String> goldEvents = new ArrayList<>(indices.size());
    List<String> goldTopics = new ArrayList<>(indices.size());
    List<String> stories = new ArrayList<>(indices.size());
    List<String> topics = new ArrayList<>(indices.size());
    for (int k = 0; k < indices.size(); k++) {
      int i = indices.get(k);
      AnnotatedGold d = docs.get(i);
      Story s = clusterer.assign(StoryClusterer.Input.of(named.get(k), terms.get(i), UNDATED)).story();
      goldEvents.add(d.gold().event());
      goldTopics.add(d.gold().topic());
      stories.add(s.id());
      topics.add(s.topic());
    }
    return new Result(ClusterScores.of(goldEvents, stories), ClusterScores.of(goldTopics, topics));
  }

  /** The articles at {@code indices} as {@link EntityRegistry} leaves them when fed in that order. */
  private List<AnnotatedArticle> named(List<Integer> indices) {
    return namedByStream.computeIfAbsent(List.copyOf(indices), k -> {
      EntityRegistry registry = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
      return k.stream().map(i -> registry.register(docs.get(i).annotated()).article()).toList();
    });
  }

  private List<ArticleTerms> terms(int lead) {
    return termsByLead.computeIfAbsent(lead, n -> {
      StoryTerms stage = new StoryTerms(n);
      return docs.stream().map(d -> stage.annotate(d.document()).get(StoryTerms.TERMS)).toList();
    });
  }

  /**
   * The grid's best settings on the articles at {@code indices}: story settings by BCubed F1 of
   * stories against events, then the topic threshold by BCubed F1 of topics against topics (it
   * does not change the stories). Ties go to the earlier grid point, so the choice does not depend
   * on how many threads try them.
   */
  Config tune(Grid grid, List<Integer> indices) {
    StoryClusterer.Settings base = StoryClusterer.Settings.DEFAULTS;
    double lowestTopic = grid.topicThresholds().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    List<Config> points = new ArrayList<>();
    for (int lead : grid.leadSentences()) {
      for (double names : grid.nameWeights()) {
        for (double places : grid.placeWeights()) {
          for (double years : grid.yearPenalties()) {
            for (double story : grid.storyThresholds()) {
              points.add(new Config(base.withStoryThreshold(story).withTopicThreshold(Math.min(lowestTopic, story))
                  .withWeights(names, places, years), lead));
            }
          }
        }
      }
    }
    Config best = best(points, indices, r -> r.events().b3().f1());
    List<Config> topicPoints = grid.topicThresholds().stream().filter(t -> t <= best.settings().storyThreshold())
        .map(t -> new Config(best.settings().withTopicThreshold(t), best.leadSentences())).toList();
    return topicPoints.isEmpty() ? best : best(topicPoints, indices, r -> r.topics().b3().f1());
  }

  /** The point with the highest score; ties to the earlier one. */
  private Config best(List<Config> points, List<Integer> indices, java.util.function.ToDoubleFunction<Result> score) {
    grid(points).forEach(this::terms);
    named(indices);
    double[] scores = new double[points.size()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int k = 0; k < points.size(); k++) {
        int p = k;
        runs.add(pool.submit(() -> scores[p] = score.applyAsDouble(run(points.get(p), indices))));
      }
      for (Future<?> f : runs) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("tuning interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a tuning run failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    int best = 0;
    for (int k = 1; k < scores.length; k++) {
      if (scores[k] > scores[best]) {
        best = k;
      }
    }
    return points.get(best);
  }

  private static java.util.Set<Integer> grid(List<Config> points) {
    return new TreeSet<>(points.stream().map(Config::leadSentences).toList());
  }

  /** The grid's best settings on every article: in-sample, an upper bound on what tuning buys. */
  public Config tune(Grid grid) {
    return tune(grid, IntStream.range(0, docs.size()).boxed().toList());
  }

  /**
   * {@code k}-fold cross-validation by topic: topics, in numeric order, go to fold {@code i mod k};
   * each fold is scored with the settings the grid finds best on the other folds.
   */
  public List<Fold> crossValidate(Grid grid, int k) {
    List<String> topics = new ArrayList<>(new TreeSet<>(docs.stream().map(d -> d.gold().topic()).toList()));
    topics.sort((a, b) -> numeric(a) != numeric(b) ? Long.compare(numeric(a), numeric(b)) : a.compareTo(b));
    Map<String, Integer> foldOf = new HashMap<>();
    for (int i = 0; i < topics.size(); i++) {
      foldOf.put(topics.get(i), i % k);
    }
    List<Fold> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      int fold = f;
      List<Integer> train = IntStream.range(0, docs.size()).filter(i -> foldOf.get(docs.get(i).gold().topic()) != fold).boxed().toList();
      List<Integer> test = IntStream.range(0, docs.size()).filter(i -> foldOf.get(docs.get(i).gold().topic()) == fold).boxed().toList();
      Config chosen = tune(grid, train);
      folds.add(new Fold(fold, topics.stream().filter(t -> foldOf.get(t) == fold).toList(), chosen, run(chosen, test)));
    }
    return folds;
  }

  private static long numeric(String topic) {
    try {
      return Long.parseLong(topic);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /** Published figures the results are read against: from issue 6, measured on the same file. */
  public static final double ANCHOR_TFIDF_AVERAGE_LINK = 0.874;
  public static final double ANCHOR_MINILM = 0.869;
  public static final double GOAL = 0.95;
  /** The floor issue 6 sets for CI: BCubed F1 of stories against events. */
  public static final double FLOOR = 0.88;

  /** One row of a results table: a system and its scores at one level. */
  public record Row(String system, ClusterScores scores) {}

  /** Rows side by side: BCubed and pairwise precision, recall, F1, and clusters against gold classes. */
  public static String table(List<Row> rows) {
    Table t = new Table("system", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1", "clusters", "gold");
    for (Row r : rows) {
      ClusterScores s = r.scores();
      if (s == null) {
        t.row(r.system(), null, null, null, null, null, null, null, null);
      } else {
        t.row(r.system(), s.b3().precision(), s.b3().recall(), s.b3().f1(), s.pairwise().precision(), s.pairwise().recall(),
            s.pairwise().f1(), s.clusters(), s.classes());
      }
    }
    return t.toString();
  }

  /** The mean of the folds' held-out scores (each fold clustered as its own stream). */
  public static ClusterScores mean(List<ClusterScores> folds) {
    double[] v = new double[6];
    int clusters = 0;
    int classes = 0;
    for (ClusterScores s : folds) {
      v[0] += s.b3().precision();
      v[1] += s.b3().recall();
      v[2] += s.b3().f1();
      v[3] += s.pairwise().precision();
      v[4] += s.pairwise().recall();
      v[5] += s.pairwise().f1();
      clusters += s.clusters();
      classes += s.classes();
    }
    int n = folds.size();
    return new ClusterScores(new ClusterScores.Prf(v[0] / n, v[1] / n, v[2] / n),
        new ClusterScores.Prf(v[3] / n, v[4] / n, v[5] / n), clusters, classes);
  }
}
