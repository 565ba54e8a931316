package org.storyline.stories;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Place;
import org.storyline.model.StableId;
import org.storyline.model.Story;
import org.storyline.model.TimeExpression;

/**
 * Online clustering of articles into stories and topics, one article at a time in stream order.
 *
 * <p><b>Features.</b> An article is three TF-IDF vectors, document frequencies counted online over
 * recent articles ({@link Settings#termGeneration()}): the content words of its headline and lead,
 * the canonical names of its people and organisations, and its places; plus the years its dates
 * name. Its score against a story (or a topic) is the cosine of the word vectors with the story's
 * centroid, plus {@link Settings#nameWeight()} × that of the names and {@link Settings#placeWeight()}
 * × that of the places, divided by the weights of the channels both sides have (an article that
 * names nobody is neither like nor unlike a story by its names), less {@link Settings#yearPenalty()}
 * when both name years and none in common ("the 2008 patch" is not "the 2013 patch").
 *
 * <p><b>Stories.</b> The article joins the best-scoring story whose time span, widened by
 * {@link Settings#storyWindow()}, holds the article's time, if it scores at least
 * {@link Settings#storyThreshold()}. Otherwise it starts a story, which joins the best topic within
 * {@link Settings#topicWindow()} scoring at least {@link Settings#topicThreshold()}, or starts a
 * topic. So a report three months after a siege, about the same city, is a new story in the same
 * topic. Only stories and topics sharing one of the article's heaviest terms are scored
 * ({@link Postings}); that is what keeps assignment fast with many stories in memory.
 *
 * <p><b>State</b> is bounded by time: a story is forgotten (it stays in the store) once its last
 * article is older than the story window, measured from the newest article seen, and no article
 * joined it in the last {@link Settings#lateTolerance()} assignments; a topic likewise with the
 * topic window. The second condition keeps the stories of a stream that arrives out of time order
 * (a backfilled archive) while they are still being fed. What may be forgotten is never matched,
 * whether or not it is still in memory, so results do not depend on when memory is swept.
 *
 * <p>Deterministic for a given input order (ties go to the older story). Not thread-safe: one
 * instance is one sequential operator; its state is taken with {@link #snapshot()} and given back
 * with {@link #restore}.
 */
public final class StoryClusterer {

  /**
   * @param storyThreshold score at or above which an article joins a story
   * @param topicThreshold score at or above which a new story joins an existing topic
   * @param nameWeight     weight of the names' cosine against the words' (which weigh 1)
   * @param placeWeight    weight of the places' cosine against the words'
   * @param yearPenalty    subtracted from the score when article and story both name years, none in common
   * @param storyWindow    how far apart in time an article and a story's articles may be
   * @param topicWindow    how far apart in time a new story and a topic's articles may be
   * @param centroidTerms  terms kept per channel of a story's or topic's centroid
   * @param lateTolerance  assignments during which a story joined by any article stays in memory
   *                       whatever its age (bounds memory for out-of-order input)
   * @param termGeneration articles per generation of document frequencies (two are kept)
   */
  public record Settings(double storyThreshold, double topicThreshold, double nameWeight, double placeWeight,
      double yearPenalty, Duration storyWindow, Duration topicWindow, int centroidTerms, int lateTolerance,
      int termGeneration) implements Serializable {
    /**
     * Thresholds, weights (and {@link StoryTerms#LEAD_SENTENCES}) are the best point of the tuning
     * grid on ECB+ dev, by BCubed F1 of stories against its events ({@code storyline eval clusters}:
     * 0.892 in-sample; 0.852 held out in 5-fold cross-validation by topic). The windows cannot be
     * measured on ECB+, which has no dates: 30 days keeps a siege and a report on the same city three
     * months later apart; a topic silent for half a year is forgotten.
     */
    public static final Settings DEFAULTS = new Settings(0.175, 0.1, 0.5, 0.2, 0.15, Duration.ofDays(30),
        Duration.ofDays(180), 300, 10_000, 200_000);

    public Settings {
      Objects.requireNonNull(storyWindow, "storyWindow");
      Objects.requireNonNull(topicWindow, "topicWindow");
      if (!(storyThreshold > 0 && storyThreshold <= 1)) {
        throw new IllegalArgumentException("storyThreshold must be in (0, 1], was " + storyThreshold);
      }
      if (!(topicThreshold > 0 && topicThreshold <= storyThreshold)) {
        throw new IllegalArgumentException("topicThreshold must be in (0, storyThreshold], was " + topicThreshold);
      }
      if (!(nameWeight >= 0 && nameWeight <= 10)) {
        throw new IllegalArgumentException("nameWeight must be in [0, 10], was " + nameWeight);
      }
      if (!(placeWeight >= 0 && placeWeight <= 10)) {
        throw new IllegalArgumentException("placeWeight must be in [0, 10], was " + placeWeight);
      }
      if (!(yearPenalty >= 0 && yearPenalty <= 1)) {
        throw new IllegalArgumentException("yearPenalty must be in [0, 1], was " + yearPenalty);
      }
      if (storyWindow.isNegative()) {
        throw new IllegalArgumentException("storyWindow must not be negative, was " + storyWindow);
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
      if (termGeneration < 1) {
        throw new IllegalArgumentException("termGeneration must be at least 1, was " + termGeneration);
      }
    }

    public Settings withStoryThreshold(double v) {
      return new Settings(v, Math.min(topicThreshold, v), nameWeight, placeWeight, yearPenalty, storyWindow, topicWindow,
          centroidTerms, lateTolerance, termGeneration);
    }

    public Settings withTopicThreshold(double v) {
      return new Settings(storyThreshold, v, nameWeight, placeWeight, yearPenalty, storyWindow, topicWindow, centroidTerms,
          lateTolerance, termGeneration);
    }

    public Settings withWeights(double names, double places, double years) {
      return new Settings(storyThreshold, topicThreshold, names, places, years, storyWindow, topicWindow, centroidTerms,
          lateTolerance, termGeneration);
    }
  }

  /**
   * What the clusterer needs of an article.
   *
   * @param time      publication time (the caller's fallback when unknown); windows are measured on it
   * @param words     content words and their counts ({@link StoryTerms})
   * @param names     canonical names of its people and organisations, with their mentions
   * @param places    names of its places, with their mentions
   * @param years     the years its dates name ("2013"), distinct, in order
   * @param sentences its sentences that could summarise a story
   */
  public record Input(String articleId, String title, OffsetDateTime time, TermVector words, TermVector names,
      TermVector places, List<String> years, List<ArticleTerms.LeadSentence> sentences) {

    public Input {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(time, "time");
      years = List.copyOf(years);
      sentences = List.copyOf(sentences);
    }

    /**
     * The input for an annotated article whose names are already canonical across articles.
     *
     * @param fallbackTime the time to use when the article has no publication time
     */
    public static Input of(AnnotatedArticle a, ArticleTerms terms, OffsetDateTime fallbackTime) {
      Map<String, Double> names = new HashMap<>();
      for (Entity e : a.annotations().entities()) {
        if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
          names.merge(e.canonical(), 1.0, Double::sum);
        }
      }
      Map<String, Double> places = new HashMap<>();
      for (Place p : a.annotations().places()) {
        places.merge(p.name(), 1.0, Double::sum);
      }
      TreeSet<String> years = new TreeSet<>();
      for (TimeExpression t : a.annotations().times()) {
        String v = t.value();
        if ("DATE".equals(t.type()) && v != null && v.length() >= 4 && v.chars().limit(4).allMatch(Character::isDigit)) {
          years.add(v.substring(0, 4));
        }
      }
      var article = a.article();
      String title = article.title() != null ? article.title() : headline(article.text());
      return new Input(article.id(), title, article.published() != null ? article.published() : fallbackTime,
          terms.words(), new TermVector(names), new TermVector(places), List.copyOf(years), terms.sentences());
    }

    private static String headline(String text) {
      String first = text.strip().split("\n", 2)[0];
      return first.length() <= 120 ? first : first.substring(0, 117) + "...";
    }
  }

  /** Where an article went, and the story as it now stands; {@code similarity} is the score that decided. */
  public record Assignment(Story story, boolean newStory, double similarity) {}

  /** Document frequencies of the two generations. */
  public record TermCounts(long documents, long currentDocuments, Map<String, Integer> current, long previousDocuments,
      Map<String, Integer> previous) {
    public static final TermCounts EMPTY = new TermCounts(0, 0, Map.of(), 0, Map.of());
  }

  /** A sentence that may become a story's summary, with its weighted words, its lead prior and how central it is. */
  public record SummaryCandidate(String article, String title, int start, int end, String text, TermVector words,
      double prior, double centrality) {}

  /** A story still in memory. Vectors are keyed as the clusterer keys terms: names "e:", places "p:". */
  public record ActiveStory(String id, String topic, long sequence, String firstTitle, TermVector words, TermVector names,
      TermVector places, List<String> years, OffsetDateTime first, OffsetDateTime last, List<String> articles,
      List<SummaryCandidate> candidates, long lastJoined) {}

  /** A topic still in memory. */
  public record ActiveTopic(String id, long sequence, TermVector words, TermVector names, TermVector places,
      OffsetDateTime first, OffsetDateTime last, long lastJoined) {}

  /** Everything the clusterer remembers; restore it to continue where a previous run stopped. */
  public record State(TermCounts terms, long assignments, long sequence, List<ActiveStory> stories,
      List<ActiveTopic> topics, OffsetDateTime watermark) {
    public static final State EMPTY = new State(TermCounts.EMPTY, 0, 0, List.of(), List.of(), null);
  }

  /** Heaviest terms of an article that find the stories to score. */
  static final int QUERY_WORDS = 12;
  static final int QUERY_NAMES = 6;
  /** Heaviest terms of a story's centroid under which it is found. */
  static final int INDEX_WORDS = 40;
  static final int INDEX_NAMES = 10;
  /** A term carried by more stories than this finds no candidates. */
  static final int COMMON_TERM = 2_000;
  /** Candidates scored exactly per article, the ones sharing the most of its weight. */
  static final int SCORED = 48;
  /** Summary candidates kept per story: the most central ones. */
  static final int CANDIDATES = 24;
  /**
   * How much less central each later sentence of an article counts: news states the story first,
   * so a later sentence (a caption, a quote) must be clearly more central to summarise it.
   */
  static final double LEAD_PRIOR = 0.15;
  /** Years kept per story: the latest ones. */
  static final int YEARS = 16;
  /** Memory is swept of what may be forgotten every so many assignments (results do not depend on it). */
  static final int SWEEP_EVERY = 512;
  /**
   * The vocabulary is renumbered when it holds this many terms and half again as many as live
   * vectors used last time: memory stays within 1.5 × what the windows hold, for a renumbering
   * (linear in the state) every third of the live vocabulary's worth of new terms.
   */
  static final int COMPACT_AT = 100_000;
  static final String NAME = "e:";
  static final String PLACE = "p:";

  private final Settings settings;
  private final DocumentFrequencies df;
  private final Vocabulary vocabulary = new Vocabulary();
  private final LinkedHashMap<String, StoryState> stories = new LinkedHashMap<>();
  private final LinkedHashMap<String, TopicState> topics = new LinkedHashMap<>();
  private final Postings<StoryState> storyIndex = new Postings<>();
  private final Postings<TopicState> topicIndex = new Postings<>();
  private long assignments;
  private long sequence;
  private OffsetDateTime watermark;
  private long watermarkSecond;
  private int liveTerms;
  private final int compactAt;

  public StoryClusterer(Settings settings) {
    this(settings, COMPACT_AT);
  }

  /** @param compactAt vocabulary size from which it is renumbered (small in tests, to go through it) */
  StoryClusterer(Settings settings, int compactAt) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.df = new DocumentFrequencies(settings.termGeneration());
    this.compactAt = compactAt;
  }

  public Assignment assign(Input in) {
    assignments++;
    long time = in.time().toEpochSecond();
    if (watermark == null || in.time().isAfter(watermark)) {
      watermark = in.time();
      watermarkSecond = time;
    }
    if (assignments % SWEEP_EVERY == 0) {
      sweep();
    }
    Features x = features(in);
    long storyWindow = settings.storyWindow().toSeconds();
    long topicWindow = settings.topicWindow().toSeconds();

    StoryState best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    List<StoryState> candidates = candidates(storyIndex, x, s -> !forgettable(s) && time >= s.firstSecond - storyWindow
        && time <= s.lastSecond + storyWindow);
    for (StoryState s : candidates) {
      double score = score(x.vectors, s.centroid) - (conflict(x.years, s.years) ? settings.yearPenalty() : 0);
      if (score > bestScore || (score == bestScore && s.sequence < best.sequence)) {
        best = s;
        bestScore = score;
      }
    }
    boolean isNew = best == null || bestScore < settings.storyThreshold();
    double similarity = isNew ? 0 : bestScore;
    StoryState story = best;
    if (isNew) {
      TopicState topic = null;
      double topicScore = Double.NEGATIVE_INFINITY;
      List<TopicState> topicCandidates = candidates(topicIndex, x, t -> !forgettable(t) && time >= t.firstSecond - topicWindow
          && time <= t.lastSecond + topicWindow);
      for (TopicState t : topicCandidates) {
        double score = score(x.vectors, t.centroid);
        if (score > topicScore || (score == topicScore && t.sequence < topic.sequence)) {
          topic = t;
          topicScore = score;
        }
      }
      String id = StableId.derive("s-", in.articleId());
      if (topic == null || topicScore < settings.topicThreshold()) {
        topic = new TopicState(StableId.derive("t-", id), sequence++, in.time());
        topics.put(topic.id, topic);
      } else {
        similarity = topicScore;
      }
      story = new StoryState(id, topic, sequence++, in.title(), in.time());
      stories.put(id, story);
    }
    join(story, in, x);
    return new Assignment(story.toStory(vocabulary), isNew, similarity);
  }

  /**
   * The items worth scoring exactly: those that pass {@code eligible} and carry one of the
   * article's heaviest terms, at most {@link #SCORED} of them, ranked by the article's weight on
   * the terms they share (ties: the older item). A term carried by more than {@link #COMMON_TERM}
   * items is skipped: it finds everything and selects nothing. The order of a posting set never
   * matters: each item's rank sums its terms in the article's order.
   */
  private <T extends Indexed> List<T> candidates(Postings<T> index, Features x, java.util.function.Predicate<T> eligible) {
    long stamp = assignments;
    List<T> touched = new ArrayList<>();
    for (int k = 0; k < x.query.length; k++) {
      Set<T> items = index.items(x.query[k]);
      if (items == null || items.size() > COMMON_TERM) {
        continue;
      }
      for (T item : items) {
        if (item.stamp != stamp) {
          item.stamp = stamp;
          item.shared = 0;
          touched.add(item);
        }
        item.shared += x.queryWeights[k];
      }
    }
    touched.removeIf(eligible.negate());
    if (touched.size() > SCORED) {
      touched.sort((a, b) -> a.shared != b.shared ? Double.compare(b.shared, a.shared) : Long.compare(a.sequence, b.sequence));
      return touched.subList(0, SCORED);
    }
    return touched;
  }

  /** What the index and the candidate ranking need of a story or a topic. */
  private abstract static class Indexed {
    final long sequence;
    int[] indexTerms = new int[0];
    long stamp = -1;
    double shared;

    Indexed(long sequence) {
      this.sequence = sequence;
    }
  }

  /** An article's weighted vectors, its years, and the terms that find its candidates with their weights. */
  private record Features(Centroid vectors, List<String> years, int[] query, double[] queryWeights) {}

  /** Words, names and places: an article's unit vectors, or the sums of a story's or topic's (heaviest terms kept). */
  private record Centroid(SparseVector words, SparseVector names, SparseVector places) {
    static final Centroid EMPTY = new Centroid(SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY);

    Centroid plus(Centroid o, int keep, Vocabulary v) {
      return new Centroid(words.plus(o.words, keep, v), names.plus(o.names, keep, v), places.plus(o.places, keep, v));
    }

    Centroid renumber(int[] ids) {
      return new Centroid(words.renumber(ids), names.renumber(ids), places.renumber(ids));
    }

    void mark(boolean[] live) {
      for (SparseVector v : List.of(words, names, places)) {
        for (int i = 0; i < v.size(); i++) {
          live[v.id(i)] = true;
        }
      }
    }

    /** The terms under which it is found: the heaviest of each channel. */
    int[] indexTerms(Vocabulary v) {
      int[] terms = concat(words.heaviestIds(INDEX_WORDS, v), names.heaviestIds(INDEX_NAMES, v), places.heaviestIds(INDEX_NAMES, v));
      Arrays.sort(terms); // channels never share a term: names and places carry prefixes
      return terms;
    }

    TermVector[] toTermVectors(Vocabulary v) {
      return new TermVector[] {words.toTermVector(v), names.toTermVector(v), places.toTermVector(v)};
    }

    static Centroid of(TermVector words, TermVector names, TermVector places, Vocabulary v) {
      return new Centroid(SparseVector.of(words.weights(), v), SparseVector.of(names.weights(), v),
          SparseVector.of(places.weights(), v));
    }
  }

  private static int[] concat(int[]... parts) {
    int n = 0;
    for (int[] p : parts) {
      n += p.length;
    }
    int[] out = new int[n];
    int k = 0;
    for (int[] p : parts) {
      System.arraycopy(p, 0, out, k, p.length);
      k += p.length;
    }
    return out;
  }

  private Features features(Input in) {
    Set<String> distinct = new HashSet<>(in.words().weights().keySet());
    in.names().weights().keySet().forEach(n -> distinct.add(NAME + n));
    in.places().weights().keySet().forEach(p -> distinct.add(PLACE + p));
    df.add(distinct);
    SparseVector words = tfidf(in.words(), "");
    SparseVector names = tfidf(in.names(), NAME);
    SparseVector places = tfidf(in.places(), PLACE);
    SparseVector[] parts = {words.top(QUERY_WORDS, vocabulary), names.top(QUERY_NAMES, vocabulary), places.top(QUERY_NAMES, vocabulary)};
    double[] channelWeight = {1, settings.nameWeight(), settings.placeWeight()};
    int n = parts[0].size() + parts[1].size() + parts[2].size();
    int[] query = new int[n];
    double[] weights = new double[n];
    int k = 0;
    for (int c = 0; c < parts.length; c++) {
      for (int i = 0; i < parts[c].size(); i++) {
        query[k] = parts[c].id(i);
        weights[k++] = parts[c].weight(i) * channelWeight[c];
      }
    }
    return new Features(new Centroid(words, names, places), in.years(), query, weights);
  }

  /** Unit TF-IDF vector, sublinear term frequency: {@code (1 + ln tf) × idf}. */
  private SparseVector tfidf(TermVector counts, String prefix) {
    Map<String, Double> w = new HashMap<>(counts.weights().size() * 2);
    for (var e : counts.weights().entrySet()) {
      if (e.getValue() > 0) {
        String key = prefix.isEmpty() ? e.getKey() : prefix + e.getKey();
        w.put(key, (1 + Math.log(e.getValue())) * df.idf(key));
      }
    }
    return SparseVector.of(w, vocabulary).unit();
  }

  /** The score of an article against a centroid: the channels' cosines, weighted, over the weights both sides have. */
  private double score(Centroid x, Centroid c) {
    double sum = x.words.cosine(c.words);
    double weights = 1;
    if (!x.names.isEmpty() && !c.names.isEmpty()) {
      sum += settings.nameWeight() * x.names.cosine(c.names);
      weights += settings.nameWeight();
    }
    if (!x.places.isEmpty() && !c.places.isEmpty()) {
      sum += settings.placeWeight() * x.places.cosine(c.places);
      weights += settings.placeWeight();
    }
    return sum / weights;
  }

  private static boolean conflict(List<String> article, Set<String> story) {
    if (article.isEmpty() || story.isEmpty()) {
      return false;
    }
    for (String y : article) {
      if (story.contains(y)) {
        return false;
      }
    }
    return true;
  }

  private void join(StoryState s, Input in, Features x) {
    s.centroid = s.centroid.plus(x.vectors, settings.centroidTerms(), vocabulary);
    int[] before = s.indexTerms;
    s.indexTerms = s.centroid.indexTerms(vocabulary);
    storyIndex.update(s, before, s.indexTerms);
    s.extend(in.time());
    s.lastJoined = assignments;
    s.articles.add(in.articleId());
    s.years.addAll(x.years);
    while (s.years.size() > YEARS) {
      s.years.pollFirst();
    }
    for (Candidate c : s.candidates) {
      c.centrality += c.prior * c.words.dot(x.vectors.words);
    }
    for (int k = 0; k < in.sentences().size(); k++) {
      ArticleTerms.LeadSentence sentence = in.sentences().get(k);
      SparseVector words = tfidf(sentence.words(), "");
      double prior = Math.max(0.1, 1 - LEAD_PRIOR * k);
      s.candidates.add(new Candidate(in.articleId(), in.title(), sentence.start(), sentence.end(), sentence.text(), words,
          prior, prior * words.dot(s.centroid.words)));
    }
    s.keepCentral(CANDIDATES);
    TopicState t = s.topic;
    t.centroid = t.centroid.plus(x.vectors, settings.centroidTerms(), vocabulary);
    before = t.indexTerms;
    t.indexTerms = t.centroid.indexTerms(vocabulary);
    topicIndex.update(t, before, t.indexTerms);
    t.extend(in.time());
    t.lastJoined = assignments;
  }

  private boolean forgettable(StoryState s) {
    return s.lastSecond < watermarkSecond - settings.storyWindow().toSeconds() && assignments - s.lastJoined > settings.lateTolerance();
  }

  private boolean forgettable(TopicState t) {
    return t.lastSecond < watermarkSecond - settings.topicWindow().toSeconds() && assignments - t.lastJoined > settings.lateTolerance();
  }

  /** Drops what may be forgotten; renumbers the vocabulary when it has grown well past what is live. */
  private void sweep() {
    stories.values().removeIf(s -> {
      boolean gone = forgettable(s);
      if (gone) {
        storyIndex.update(s, s.indexTerms, new int[0]);
      }
      return gone;
    });
    topics.values().removeIf(t -> {
      boolean gone = forgettable(t);
      if (gone) {
        topicIndex.update(t, t.indexTerms, new int[0]);
      }
      return gone;
    });
    if (vocabulary.size() >= Math.max(compactAt, liveTerms + liveTerms / 2)) {
      compact();
    }
  }

  private void compact() {
    boolean[] live = new boolean[vocabulary.size()];
    for (StoryState s : stories.values()) {
      s.centroid.mark(live);
      for (Candidate c : s.candidates) {
        for (int i = 0; i < c.words.size(); i++) {
          live[c.words.id(i)] = true;
        }
      }
    }
    topics.values().forEach(t -> t.centroid.mark(live));
    int[] ids = vocabulary.compact(live);
    liveTerms = vocabulary.size();
    storyIndex.clear();
    topicIndex.clear();
    for (TopicState t : topics.values()) {
      t.centroid = t.centroid.renumber(ids);
      t.indexTerms = t.centroid.indexTerms(vocabulary);
      topicIndex.update(t, new int[0], t.indexTerms);
    }
    for (StoryState s : stories.values()) {
      s.centroid = s.centroid.renumber(ids);
      s.indexTerms = s.centroid.indexTerms(vocabulary);
      storyIndex.update(s, new int[0], s.indexTerms);
      s.candidates.replaceAll(c -> c.renumber(ids));
    }
  }

  /** How much the clusterer holds now, cheaply (for monitoring and benchmarks). */
  public record Memory(int stories, int topics, int terms, int documentFrequencies) {}

  public Memory memory() {
    var counts = df.sizes();
    return new Memory(stories.size(), topics.size(), vocabulary.size(), counts);
  }

  /** Stories and topics that may still be matched, and the term counts. */
  public State snapshot() {
    List<ActiveStory> active = new ArrayList<>();
    Set<TopicState> live = new HashSet<>();
    for (StoryState s : stories.values()) {
      if (!forgettable(s)) {
        active.add(s.freeze(vocabulary));
        live.add(s.topic);
      }
    }
    List<ActiveTopic> activeTopics = new ArrayList<>();
    for (TopicState t : topics.values()) {
      if (live.contains(t) || !forgettable(t)) {
        activeTopics.add(t.freeze(vocabulary));
      }
    }
    return new State(df.snapshot(), assignments, sequence, List.copyOf(active), List.copyOf(activeTopics), watermark);
  }

  public void restore(State state) {
    df.restore(state.terms());
    assignments = state.assignments();
    sequence = state.sequence();
    watermark = state.watermark();
    watermarkSecond = watermark == null ? 0 : watermark.toEpochSecond();
    stories.clear();
    topics.clear();
    storyIndex.clear();
    topicIndex.clear();
    vocabulary.compact(new boolean[vocabulary.size()]);
    for (ActiveTopic a : state.topics()) {
      TopicState t = TopicState.thaw(a, vocabulary);
      topics.put(t.id, t);
      topicIndex.update(t, new int[0], t.indexTerms);
    }
    for (ActiveStory a : state.stories()) {
      TopicState t = topics.get(a.topic());
      if (t == null) {
        throw new IllegalArgumentException("story " + a.id() + " names topic " + a.topic() + ", which the state does not hold");
      }
      StoryState s = StoryState.thaw(a, t, vocabulary);
      stories.put(s.id, s);
      storyIndex.update(s, new int[0], s.indexTerms);
    }
    liveTerms = vocabulary.size();
  }

  /**
   * A summary candidate as the clusterer holds it; {@code centrality} is {@code prior} times the
   * product of its words with the sum of the story's article vectors since it joined (the story's
   * words at the time it joined, plus every later article), so it is kept up to date at the cost
   * of one small product per article rather than a product with the whole centroid.
   */
  private static final class Candidate {
    final String article;
    final String title;
    final int start;
    final int end;
    final String text;
    final SparseVector words;
    final double prior;
    double centrality;

    Candidate(String article, String title, int start, int end, String text, SparseVector words, double prior,
        double centrality) {
      this.article = article;
      this.title = title;
      this.start = start;
      this.end = end;
      this.text = text;
      this.words = words;
      this.prior = prior;
      this.centrality = centrality;
    }

    Candidate renumber(int[] ids) {
      return new Candidate(article, title, start, end, text, words.renumber(ids), prior, centrality);
    }

    SummaryCandidate freeze(Vocabulary v) {
      return new SummaryCandidate(article, title, start, end, text, words.toTermVector(v), prior, centrality);
    }

    static Candidate thaw(SummaryCandidate c, Vocabulary v) {
      return new Candidate(c.article(), c.title(), c.start(), c.end(), c.text(), SparseVector.of(c.words().weights(), v),
          c.prior(), c.centrality());
    }
  }

  /** A topic being built; only this class touches it. */
  private static final class TopicState extends Indexed {
    final String id;
    Centroid centroid = Centroid.EMPTY;
    OffsetDateTime first;
    OffsetDateTime last;
    long firstSecond;
    long lastSecond;
    long lastJoined;

    TopicState(String id, long sequence, OffsetDateTime time) {
      super(sequence);
      this.id = id;
      this.first = time;
      this.last = time;
      this.firstSecond = time.toEpochSecond();
      this.lastSecond = firstSecond;
    }

    void extend(OffsetDateTime time) {
      long t = time.toEpochSecond();
      if (t < firstSecond) {
        first = time;
        firstSecond = t;
      }
      if (t > lastSecond) {
        last = time;
        lastSecond = t;
      }
    }

    ActiveTopic freeze(Vocabulary v) {
      TermVector[] c = centroid.toTermVectors(v);
      return new ActiveTopic(id, sequence, c[0], c[1], c[2], first, last, lastJoined);
    }

    static TopicState thaw(ActiveTopic a, Vocabulary v) {
      TopicState t = new TopicState(a.id(), a.sequence(), a.first());
      t.extend(a.last());
      t.centroid = Centroid.of(a.words(), a.names(), a.places(), v);
      t.indexTerms = t.centroid.indexTerms(v);
      t.lastJoined = a.lastJoined();
      return t;
    }
  }

  /** A story being built; only this class touches it. */
  private static final class StoryState extends Indexed {
    final String id;
    final TopicState topic;
    final String firstTitle;
    Centroid centroid = Centroid.EMPTY;
    OffsetDateTime first;
    OffsetDateTime last;
    long firstSecond;
    long lastSecond;
    final List<String> articles = new ArrayList<>();
    final TreeSet<String> years = new TreeSet<>();
    final List<Candidate> candidates = new ArrayList<>();
    long lastJoined;

    StoryState(String id, TopicState topic, long sequence, String firstTitle, OffsetDateTime time) {
      super(sequence);
      this.id = id;
      this.topic = topic;
      this.firstTitle = firstTitle;
      this.first = time;
      this.last = time;
      this.firstSecond = time.toEpochSecond();
      this.lastSecond = firstSecond;
    }

    void extend(OffsetDateTime time) {
      long t = time.toEpochSecond();
      if (t < firstSecond) {
        first = time;
        firstSecond = t;
      }
      if (t > lastSecond) {
        last = time;
        lastSecond = t;
      }
    }

    /** Keeps the {@code n} most central candidates (ties: the earlier). */
    void keepCentral(int n) {
      while (candidates.size() > n) {
        int least = 0;
        for (int i = 1; i < candidates.size(); i++) {
          if (candidates.get(i).centrality < candidates.get(least).centrality) {
            least = i;
          }
        }
        candidates.remove(least);
      }
    }

    Story toStory(Vocabulary v) {
      Candidate central = null;
      for (Candidate k : candidates) {
        if (central == null || k.centrality > central.centrality) {
          central = k;
        }
      }
      return new Story(id, central != null && central.title != null ? central.title : firstTitle, topic.id, articles, first,
          last, names(centroid.places, PLACE, 5, v), names(centroid.names, NAME, 8, v),
          central == null ? null : new Story.Summary(central.text, central.article, central.start, central.end));
    }

    private static List<String> names(SparseVector c, String prefix, int n, Vocabulary v) {
      List<String> out = new ArrayList<>(n);
      for (int id : c.heaviest(n, v)) {
        out.add(v.term(id).substring(prefix.length()));
      }
      return out;
    }

    ActiveStory freeze(Vocabulary v) {
      TermVector[] c = centroid.toTermVectors(v);
      return new ActiveStory(id, topic.id, sequence, firstTitle, c[0], c[1], c[2], List.copyOf(years), first, last,
          List.copyOf(articles), candidates.stream().map(k -> k.freeze(v)).toList(), lastJoined);
    }

    static StoryState thaw(ActiveStory a, TopicState topic, Vocabulary v) {
      StoryState s = new StoryState(a.id(), topic, a.sequence(), a.firstTitle(), a.first());
      s.extend(a.last());
      s.centroid = Centroid.of(a.words(), a.names(), a.places(), v);
      s.indexTerms = s.centroid.indexTerms(v);
      s.articles.addAll(a.articles());
      s.years.addAll(a.years());
      a.candidates().forEach(c -> s.candidates.add(Candidate.thaw(c, v)));
      s.lastJoined = a.lastJoined();
      return s;
    }
  }
}
