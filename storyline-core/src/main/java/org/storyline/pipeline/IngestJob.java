package org.storyline.pipeline;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.dedup.ArticleFingerprint;
import org.storyline.dedup.MinHasher;
import org.storyline.dedup.NearDuplicateIndex;
import org.storyline.dedup.NearDuplicates;
import org.storyline.dedup.TextSignature;
import org.storyline.entities.EntityRegistry;
import org.storyline.events.EventMerger;
import org.storyline.extract.ArticleExtractor;
import org.storyline.ingest.ArticleSource;
import org.storyline.ingest.Lookahead;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.Place;
import org.storyline.model.Result;
import org.storyline.model.StoredArticle;
import org.storyline.pipeline.IngestListener.ItemOutcome;
import org.storyline.store.Checkpoint;
import org.storyline.store.StoreWriter;
import org.storyline.stories.StoryClusterer;
import org.storyline.stories.StoryTerms;

/**
 * Takes articles from sources to the store. The data flow, per item:
 *
 * <ol>
 *   <li>read: a source yields an input or a rejection (on the calling thread);
 *   <li>extract and check for a stored copy, then annotate: in parallel on the executor, at most
 *       {@link Settings#inFlight()} items at once, so memory stays bounded whatever the input size;
 *   <li>in input order, on the calling thread: recognise duplicates within this run, give names
 *       their canonical form across articles ({@link EntityRegistry}), assign the story
 *       ({@link StoryClusterer}), merge events ({@link EventMerger}), add to the store;
 *   <li>commit: every {@link Settings#commitEvery()} articles or {@link Settings#commitInterval()},
 *       with the operators' checkpoint. Only then are the articles acknowledged as stored
 *       ({@link IngestListener#committed}); a crash before loses only unacknowledged work, and the
 *       next run redoes it because nothing of it was committed.
 * </ol>
 *
 * The annotation pipeline is made on first need, so re-ingesting known articles loads no model.
 */
public final class IngestJob {

  /**
   * @param threads        annotation threads
   * @param inFlight       items being read, extracted or annotated at once (bounds memory)
   * @param commitEvery    articles per commit at most
   * @param commitInterval time between commits at most while articles arrive
   */
  public record Settings(int threads, int inFlight, int commitEvery, Duration commitInterval) implements Serializable {
    public static Settings defaults(int threads) {
      return new Settings(threads, threads * 4, 64, Duration.ofSeconds(2));
    }

    public Settings {
      Objects.requireNonNull(commitInterval, "commitInterval");
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, was " + threads);
      }
      if (inFlight < threads) {
        throw new IllegalArgumentException("inFlight must be at least threads (" + threads + "), was " + inFlight);
      }
      if (commitEvery < 1) {
        throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
      }
    }
  }

  /** What a run did. {@code failures} holds the first {@value #MAX_FAILURES} messages. */
  public record Report(long read, long stored, long duplicates, long alreadyStored, long failed, List<String> failures,
      boolean modelsLoaded) {}

  static final int MAX_FAILURES = 1000;

  private final Settings settings;
  private final Supplier<Pipeline> pipeline;
  private final StoreWriter store;
  private final StoryClusterer.Settings storySettings;
  private final EventMerger.Settings eventSettings;
  private final Executor executor;
  private final InstantSource clock;
  private final IngestListener listener;
  private final ArticleExtractor extractor = new ArticleExtractor();
  private final NearDuplicates.Settings dedupSettings;
  private final MinHasher hasher;

  public IngestJob(Settings settings, Supplier<Pipeline> pipeline, StoreWriter store,
      StoryClusterer.Settings storySettings, EventMerger.Settings eventSettings, Executor executor,
      InstantSource clock, IngestListener listener) {
    this(settings, pipeline, store, storySettings, eventSettings, NearDuplicates.Settings.DEFAULTS, executor, clock, listener);
  }

  public IngestJob(Settings settings, Supplier<Pipeline> pipeline, StoreWriter store,
      StoryClusterer.Settings storySettings, EventMerger.Settings eventSettings, NearDuplicates.Settings dedupSettings,
      Executor executor, InstantSource clock, IngestListener listener) {
    this.dedupSettings = Objects.requireNonNull(dedupSettings, "dedupSettings");
    this.hasher = new MinHasher(dedupSettings.hasher());
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pipeline = pipeline instanceof Lazy<Pipeline> l ? l : new Lazy<>(pipeline);
    this.store = Objects.requireNonNull(store, "store");
    this.storySettings = Objects.requireNonNull(storySettings, "storySettings");
    this.eventSettings = Objects.requireNonNull(eventSettings, "eventSettings");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** What the parallel stage hands to the sequential one. */
  private sealed interface Prepared permits Failed, Known, Ready {}

  private record Failed(String message) implements Prepared {}

  private record Known(String input, String id) implements Prepared {}

  /** @param signature the body's MinHash signature, or null when the body is too short to sign */
  private record Ready(String input, Document document, ArticleFingerprint fingerprint, TextSignature signature)
      implements Prepared {}

  public Report run(List<? extends ArticleSource> sources) {
    Sink sink = new Sink(store.checkpoint().orElse(Checkpoint.EMPTY));
    try {
      long expected = 0;
      boolean known = true;
      for (ArticleSource s : sources) {
        OptionalLong n = s.estimatedSize();
        known &= n.isPresent();
        expected += n.orElse(0);
      }
      listener.started(known ? OptionalLong.of(expected) : OptionalLong.empty());
      Iterator<Prepared> prepared = new OrderedParallelMap<>(items(sources), this::prepare, executor, settings.inFlight());
      while (prepared.hasNext()) {
        sink.accept(prepared.next());
      }
    } finally {
      sink.commit();
      sources.forEach(ArticleSource::close);
    }
    return sink.report();
  }

  /** Steps 2: extraction, the stored-copy check, annotation. Runs on the executor. */
  private Prepared prepare(Result<ArticleInput> item) {
    if (item instanceof Result.Rejected<ArticleInput> r) {
      return new Failed(r.message());
    }
    ArticleInput input = ((Result.Ok<ArticleInput>) item).value();
    String name = input.origin() != null ? input.origin() : input.id();
    Result<Article> extracted;
    try {
      extracted = extractor.extract(input);
    } catch (RuntimeException | StackOverflowError e) { // a page that breaks the extractor, not the batch
      return new Failed(name + ": extraction failed: " + e);
    }
    if (extracted instanceof Result.Rejected<Article> r) {
      return new Failed(r.message());
    }
    Article article = ((Result.Ok<Article>) extracted).value();
    ArticleFingerprint fp = ArticleFingerprint.of(article);
    for (String key : fp.sameArticleKeys()) {
      Optional<String> id = store.articleWithKey(key);
      if (id.isPresent()) {
        return new Known(name, id.get());
      }
    }
    Result<Document> annotated = pipeline.get().run(article);
    if (annotated instanceof Result.Rejected<Document> r) {
      return new Failed(name + ": " + r.reason());
    }
    return new Ready(name, ((Result.Ok<Document>) annotated).value(), fp, hasher.sign(article.text()).orElse(null));
  }

  private static Iterator<Result<ArticleInput>> items(List<? extends ArticleSource> sources) {
    return Lookahead.concat(sources.stream().map(ArticleSource::iterator).iterator());
  }

  /** Steps 3 and 4: the sequential operators and the store. Runs on the calling thread only. */
  private final class Sink {
    private final StoryClusterer clusterer = new StoryClusterer(storySettings);
    private final EventMerger merger = new EventMerger(eventSettings);
    private final EntityRegistry registry = new EntityRegistry(store::entitiesWithKey);
    /** Keys and stories of articles added in this run, which the store's reader may not show yet. */
    private final Map<String, String> runKeys = new HashMap<>();
    private final Map<String, String> runStories = new HashMap<>();
    /** Originals of this run's copies, so that a copy of a copy points at the first version. */
    private final Map<String, String> runOriginals = new HashMap<>();
    /** Signatures added since the last commit, which the store's reader does not show yet. */
    private final NearDuplicateIndex uncommittedSignatures = new NearDuplicateIndex(dedupSettings);
    private final List<String> failures = new ArrayList<>();
    private long nextSequence;
    private long read;
    private long stored;
    private long duplicates;
    private long alreadyStored;
    private long failed;
    private long uncommitted;
    private Instant lastCommit;

    Sink(Checkpoint checkpoint) {
      clusterer.restore(checkpoint.stories());
      merger.restore(checkpoint.events());
      nextSequence = checkpoint.nextSequence();
      lastCommit = clock.instant();
    }

    void accept(Prepared p) {
      read++;
      switch (p) {
        case Failed f -> {
          failed++;
          if (failures.size() < MAX_FAILURES) {
            failures.add(f.message());
          }
          listener.handled(new ItemOutcome(ItemOutcome.Kind.FAILED, null, null, f.message()));
        }
        case Known k -> {
          alreadyStored++;
          listener.handled(new ItemOutcome(ItemOutcome.Kind.ALREADY_STORED, k.input(), k.id(), null));
        }
        case Ready r -> store(r);
      }
      if (uncommitted >= settings.commitEvery()
          || (uncommitted > 0 && Duration.between(lastCommit, clock.instant()).compareTo(settings.commitInterval()) >= 0)) {
        commit();
      }
    }

    private void store(Ready r) {
      ArticleFingerprint fp = r.fingerprint();
      for (String key : fp.sameArticleKeys()) {
        String id = runKeys.get(key);
        if (id != null) {
          alreadyStored++;
          listener.handled(new ItemOutcome(ItemOutcome.Kind.ALREADY_STORED, r.input(), id, null));
          return;
        }
      }
      AnnotatedArticle annotated = r.document().toAnnotatedArticle();
      Article article = annotated.article();
      Instant now = clock.instant();
      String original = original(fp, r.signature());
      if (original == null) { // a copy counts once: its names were registered with the original
        EntityRegistry.Outcome named = registry.register(annotated);
        annotated = named.article();
        named.changed().forEach(store::put);
      }
      StoredArticle stored;
      if (original != null) {
        String story = runStories.containsKey(original)
            ? runStories.get(original)
            : store.article(original).map(StoredArticle::story).orElse(null);
        stored = new StoredArticle(annotated, story, original, List.of(), now, nextSequence++);
        duplicates++;
      } else {
        StoryClusterer.Assignment a = clusterer.assign(StoryClusterer.Input.of(annotated, r.document().get(StoryTerms.TERMS),
            OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        store.put(a.story());
        List<String> eventIds = new ArrayList<>();
        for (Event e : merger.merge(article.id(), article.source(),
            article.published() != null ? article.published() : OffsetDateTime.ofInstant(now, ZoneOffset.UTC),
            annotated.annotations().events())) {
          store.put(e);
          eventIds.add(e.eventId());
        }
        stored = new StoredArticle(annotated, a.story().id(), null, eventIds, now, nextSequence++);
        this.stored++;
      }
      store.add(stored, fp.allKeys(), r.signature());
      if (r.signature() != null) {
        uncommittedSignatures.add(article.id(), r.signature());
      }
      if (original != null) {
        runOriginals.put(article.id(), original);
      }
      fp.allKeys().forEach(k -> runKeys.putIfAbsent(k, article.id()));
      runStories.put(article.id(), stored.story());
      uncommitted++;
      listener.handled(new ItemOutcome(original != null ? ItemOutcome.Kind.DUPLICATE : ItemOutcome.Kind.STORED,
          r.input(), article.id(), original != null ? "duplicate of " + original : null));
    }

    /**
     * The first version of this text, if one is stored: the same normalised text, else a near
     * duplicate ({@link NearDuplicates}) among this run's uncommitted articles and the store's.
     * A copy of a copy points at the copy's original.
     */
    private String original(ArticleFingerprint fp, TextSignature signature) {
      String id = runKeys.get(fp.textKey());
      if (id == null) {
        id = store.articleWithKey(fp.textKey()).orElse(null);
      }
      if (id == null && signature != null) {
        id = nearDuplicate(signature);
      }
      if (id == null) {
        return null;
      }
      String first = runOriginals.get(id);
      if (first == null) {
        first = store.article(id).map(StoredArticle::duplicateOf).orElse(null);
      }
      return first != null ? first : id;
    }

    private String nearDuplicate(TextSignature signature) {
      Optional<NearDuplicates.Match> stored = NearDuplicates.best(signature,
          store.nearDuplicateCandidates(signature, dedupSettings.hasher().bandRows(), dedupSettings.maxCandidates()),
          dedupSettings);
      Optional<NearDuplicates.Match> recent = uncommittedSignatures.find(signature);
      if (stored.isPresent() && (recent.isEmpty() || stored.get().similarity() >= recent.get().similarity())) {
        return stored.get().id(); // committed articles came first
      }
      return recent.map(NearDuplicates.Match::id).orElse(null);
    }

    void commit() {
      if (uncommitted == 0) {
        return;
      }
      store.commit(new Checkpoint(nextSequence, clusterer.snapshot(), merger.snapshot()));
      uncommittedSignatures.clear(); // the store's reader shows them now
      uncommitted = 0;
      lastCommit = clock.instant();
      listener.committed(stored + duplicates);
    }

    Report report() {
      return new Report(read, stored, duplicates, alreadyStored, failed, List.copyOf(failures),
          pipeline instanceof Lazy<Pipeline> l && l.isMade());
    }
  }
}
