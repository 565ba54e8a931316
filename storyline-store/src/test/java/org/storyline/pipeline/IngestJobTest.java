package org.storyline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.events.EventDetector;
import org.storyline.annotate.events.TriggerLexicon;
import org.storyline.annotate.figures.FigureExtractor;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.annotate.quotes.QuoteExtractor;
import org.storyline.events.EventMerger;
import org.storyline.ingest.Sources;
import org.storyline.model.EntityType;
import org.storyline.model.StoredArticle;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.stories.StoryClusterer;
import org.storyline.stories.StoryTerms;
import org.storyline.testing.DictionaryRecogniser;

/** The ingest job over a real index on disk, with the core stages behind a light recogniser. */
class IngestJobTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();

  @TempDir
  Path dir;

  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private static Pipeline pipeline() {
    return StandardStages.pipeline(GAZETTEER,
        new DictionaryRecogniser(Map.of("Aleppo", EntityType.LOCATION, "Kerry", EntityType.PERSON, "Geneva", EntityType.LOCATION,
            "Sergey Lavrov", EntityType.PERSON, "Sergei Lavrov", EntityType.PERSON)));
  }

  private record Run(IngestJob.Report report, List<IngestListener.ItemOutcome> outcomes, Lazy<Pipeline> pipeline) {}

  private Run ingest(Path data, String... inputs) {
    List<IngestListener.ItemOutcome> outcomes = new ArrayList<>();
    Lazy<Pipeline> lazy = new Lazy<>(IngestJobTest::pipeline);
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      IngestJob job = new IngestJob(new IngestJob.Settings(2, 8, 3, java.time.Duration.ofSeconds(60)), lazy, store,
          StoryClusterer.Settings.DEFAULTS, EventMerger.Settings.DEFAULTS, executor, InstantSource.system(),
          new IngestListener() {
            @Override
            public void handled(ItemOutcome outcome) {
              outcomes.add(outcome);
            }
          });
      Sources sources = Sources.withDefaults();
      return new Run(job.run(java.util.Arrays.stream(inputs).map(sources::open).toList()), outcomes, lazy);
    }
  }

  private Path jsonl(String name, String... lines) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, String.join("\n", lines) + "\n");
    return f;
  }

  private static String line(String id, String url, String text) {
    return "{\"id\":\"" + id + "\",\"url\":" + (url == null ? "null" : "\"" + url + "\"")
        + ",\"title\":\"Siege of Aleppo\",\"published\":\"2016-09-04\",\"text\":\"" + text + "\"}";
  }

  @Test
  void storesArticlesAndReIngestingStoresNothingNewAndLoadsNoModel() throws IOException {
    Path data = dir.resolve("data");
    Path in = jsonl("in.jsonl",
        line("a1", "https://x.example/1", "Syrian government troops recaptured parts of Aleppo. Kerry said talks go on."),
        line("a2", null, "Rebels seized the last parts of the border near Aleppo."),
        line("a3", "https://x.example/3", "Kerry held talks in Geneva."));
    Run first = ingest(data, in.toString());
    assertThat(first.report().stored()).isEqualTo(3);
    assertThat(first.report().failed()).isZero();
    Run second = ingest(data, in.toString());
    assertThat(second.report().stored()).isZero();
    assertThat(second.report().alreadyStored()).isEqualTo(3);
    assertThat(second.pipeline().isMade()).isFalse();
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      assertThat(store.counts().articles()).isEqualTo(3);
      assertThat(store.counts().events()).isPositive();
      List<StoredArticle> all = new ArrayList<>();
      store.scanArticles(all::add);
      assertThat(all).extracting(StoredArticle::sequence).containsExactly(0L, 1L, 2L);
      assertThat(all).allSatisfy(a -> assertThat(store.story(a.story())).isPresent());
    }
  }

  @Test
  void aStoredStoryIsSummarisedByASentenceOfOneOfItsArticles() throws IOException {
    Path data = dir.resolve("data");
    String text = "Syrian government troops recaptured three districts of eastern Aleppo on Sunday after heavy fighting. "
        + "Kerry said talks go on.";
    ingest(data, jsonl("in.jsonl", line("a1", null, text)).toString());
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      var story = store.story(store.article("a1").orElseThrow().story()).orElseThrow();
      assertThat(story.summary()).isNotNull();
      assertThat(story.summary().article()).isEqualTo("a1");
      assertThat(text.substring(story.summary().start(), story.summary().end())).isEqualTo(story.summary().text())
          .startsWith("Syrian government troops");
      assertThat(story.places()).contains("Aleppo");
      assertThat(story.entities()).contains("Kerry");
    }
  }

  @Test
  void aCopyUnderAnotherUrlIsStoredAsDuplicateAndCountsOnceInItsStory() throws IOException {
    Path data = dir.resolve("data");
    String text = "Syrian government troops recaptured parts of Aleppo on Sunday.";
    Path in = jsonl("in.jsonl", line("orig", "https://a.example/1", text), line("copy", "https://b.example/syndicated", text));
    Run run = ingest(data, in.toString());
    assertThat(run.report().duplicates()).isEqualTo(1);
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      StoredArticle copy = store.article("copy").orElseThrow();
      StoredArticle orig = store.article("orig").orElseThrow();
      assertThat(copy.duplicateOf()).isEqualTo("orig");
      assertThat(copy.story()).isEqualTo(orig.story());
      assertThat(store.story(orig.story()).orElseThrow().articles()).containsExactly("orig");
      assertThat(store.counts().duplicates()).isEqualTo(1);
    }
  }

  private static final String WIRE = "Syrian government troops renewed the siege of rebel-held parts of Aleppo on Sunday. "
      + "The development leaves about 250,000 people cut off from the outside world once again. "
      + "The regime is comfortably in control of the ring road, the head of the Observatory said in a statement. "
      + "Aid agencies said food and medicine would run out within weeks unless a corridor was opened.";

  @Test
  void aLightlyEditedCopyIsANearDuplicateOfTheFirstVersionAndCountsOnce() throws Exception {
    Path data = dir.resolve("data");
    String edited = "Share this article on Facebook and Twitter. " + WIRE.replace("on Sunday", "on Sunday morning")
        .replace("Aid agencies said food and medicine would run out within weeks unless a corridor was opened.", "");
    Path in = jsonl("in.jsonl", line("orig", "https://a.example/1", WIRE), line("copy", "https://b.example/2", edited),
        line("copy2", "https://c.example/3", edited + " More on this story soon."));
    Run run = ingest(data, in.toString());
    assertThat(run.report().duplicates()).isEqualTo(2);
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      StoredArticle orig = store.article("orig").orElseThrow();
      assertThat(store.article("copy").orElseThrow().duplicateOf()).isEqualTo("orig");
      assertThat(store.article("copy2").orElseThrow().duplicateOf()).isEqualTo("orig"); // the first version, not the copy
      assertThat(store.article("copy").orElseThrow().eventIds()).isEmpty();
      assertThat(store.story(orig.story()).orElseThrow().articles()).containsExactly("orig");
      assertThat(store.search("\"Share this article\"", 0, 10).items()).extracting(h -> h.id()).contains("copy");
    }
  }

  @Test
  void aCopyIngestedInALaterRunIsFoundByTheSignatureStoredInTheEarlierOne() throws IOException {
    Path data = dir.resolve("data");
    ingest(data, jsonl("one.jsonl", line("orig", "https://a.example/1", WIRE)).toString());
    ingest(data, jsonl("two.jsonl", line("later", "https://b.example/2", "Updated: " + WIRE.replace("'", ""))).toString());
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      assertThat(store.article("later").orElseThrow().duplicateOf()).isEqualTo("orig");
      assertThat(store.counts().duplicates()).isEqualTo(1);
    }
  }

  @Test
  void anotherReportOfTheSameEventIsNotADuplicate() throws IOException {
    Path data = dir.resolve("data");
    String other = "Rebels in eastern Aleppo said on Sunday that government forces had encircled the districts again. "
        + "Residents described queues for bread and fuel, and the United Nations called for a pause in the fighting "
        + "so that convoys could reach the estimated quarter of a million people inside.";
    ingest(data, jsonl("in.jsonl", line("a", "https://a.example/1", WIRE), line("b", "https://b.example/2", other)).toString());
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      assertThat(store.article("b").orElseThrow().duplicateOf()).isNull();
      assertThat(store.counts().duplicates()).isZero();
    }
  }

  @Test
  void badItemsAreCountedAndNamedAndTheRestIsStored() throws IOException {
    Path data = dir.resolve("data");
    Path in = jsonl("in.jsonl", line("good", null, "Troops recaptured Aleppo."), "{not json", "{\"id\":\"x\"}");
    Run run = ingest(data, in.toString(), dir.resolve("missing.txt").toString());
    assertThat(run.report().stored()).isEqualTo(1);
    assertThat(run.report().failed()).isEqualTo(3);
    assertThat(run.report().failures()).anyMatch(m -> m.startsWith(in + ":2: not JSON"))
        .anyMatch(m -> m.equals(in + ":3 (id x): needs 'text' or 'html'"))
        .anyMatch(m -> m.endsWith("missing.txt: no such file or folder"));
  }

  @Test
  void aLaterRunContinuesTheStoriesOfTheEarlierOne() throws IOException {
    Path data = dir.resolve("data");
    ingest(data, jsonl("one.jsonl", line("a1", null, "Government troops besieged rebel-held Aleppo, cutting the last road into the city.")).toString());
    ingest(data, jsonl("two.jsonl", line("a2", null, "Government troops tightened the siege of rebel-held Aleppo, cutting the road.")).toString());
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      assertThat(store.article("a2").orElseThrow().story()).isEqualTo(store.article("a1").orElseThrow().story());
      assertThat(store.counts().stories()).isEqualTo(1);
    }
  }

  @Test
  void aNameSpelledOtherwiseInALaterRunTakesTheCanonicalNameFromTheStoredAliasTable() throws IOException {
    Path data = dir.resolve("data");
    ingest(data, jsonl("one.jsonl", line("a1", null, "Sergey Lavrov met Kerry in Geneva.")).toString());
    ingest(data, jsonl("two.jsonl", line("a2", null, "Sergei Lavrov held talks near Aleppo.")).toString());
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      assertThat(store.article("a2").orElseThrow().annotated().annotations().entities())
          .filteredOn(e -> e.text().equals("Sergei Lavrov")).extracting(e -> e.canonical()).containsExactly("Sergey Lavrov");
      assertThat(store.entitiesWithKey(org.storyline.entities.NameKeys.exact("Sergei Lavrov", EntityType.PERSON)))
          .singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Sergey Lavrov");
            assertThat(e.mentions()).isEqualTo(2);
          });
      assertThat(store.counts().entities()).isEqualTo(2); // Lavrov and Kerry
    }
  }
}
