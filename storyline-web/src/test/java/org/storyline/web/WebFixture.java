package org.storyline.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Article;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.EventReport;
import org.storyline.model.EventMention;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;
import org.storyline.model.KnownEntity;
import org.storyline.model.Place;
import org.storyline.model.Quote;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.model.TextSpan;
import org.storyline.events.EventMerger;
import org.storyline.store.Checkpoint;
import org.storyline.stories.StoryClusterer;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.testing.Articles;

/**
 * A real store on disk and a real server over it: three stories (one titled with markup, two of
 * one topic), three events (one reported by two outlets that disagree on the dead), a known
 * person with a quote.
 */
final class WebFixture implements AutoCloseable {
  /** A headline that runs script if any page ever renders article text as HTML. */
  static final String HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned='yes'\"><script>window.pwned=1</script> Siege";

  /** An id as folder and feed ingests make them: a path with a slash, a space and a percent sign. */
  static final String ODD_ID = "feeds/2016 50%/a.html";
  static final String KERRY_ID = "en-kerry";

  static final Place ALEPPO = new Place(30, 36, "Aleppo", "Aleppo", 36.2012, 37.1612, "SY", "Aleppo", 170063L, "PPLA");
  static final Place IDLIB = new Place(0, 5, "Idlib", "Idlib", 35.93, 36.63, "SY", "Idlib", 169389L, "PPLA");

  final Path data;
  final LuceneStore store;
  final WebServer server;

  WebFixture(Path data) {
    this(data, new WebServer.Settings("127.0.0.1", 0, Duration.ofMillis(100)), null);
  }

  WebFixture(Path data, WebServer.Settings settings, Ingester ingester) {
    this.data = data;
    try (LuceneStore writer = LuceneStore.openForWriting(data)) {
      String text1 = "Kerry said troops besieged Aleppo. <b>bold</b> & more. 3 people were killed.";
      Annotations aleppo = new Annotations(
          List.of(new Entity(0, 5, "Kerry", EntityType.PERSON, null, "John Kerry")),
          List.of(ALEPPO), List.of(),
          List.of(new Figure(56, 71, "3 people were k", 3, FigureKind.KILLED, false)),
          List.of(new Quote(11, 33, "troops besieged Aleppo", TextSpan.of(text1, 0, 5), TextSpan.of(text1, 6, 10), "John Kerry", false)),
          List.of(new EventMention("GOV_REGAINS_TERIT", 18, 27, "Kerry said troops besieged Aleppo.", "2016-09-04", ALEPPO,
              List.of("Syrian Army"), 3L, null, 0.9)));
      writer.add(new StoredArticle(new AnnotatedArticle(Articles.of("a1", HOSTILE, text1, "2016-09-04"), aleppo), "s-1", null,
          List.of("e-1"), Instant.EPOCH, 0), List.of("i:a1"));
      writer.add(new StoredArticle(new AnnotatedArticle(Articles.of("a2", "Quake hits Iran",
          "An earthquake struck southern Iran on Sunday.", "2016-09-05"), Annotations.NONE), "s-2", null, List.of(),
          Instant.EPOCH, 1), List.of("i:a2"));
      writer.add(new StoredArticle(new AnnotatedArticle(Articles.of(ODD_ID, "Odd id", "An article whose id is a path.", "2016-09-05"),
          Annotations.NONE), "s-2", null, List.of(), Instant.EPOCH, 2), List.of("i:" + ODD_ID));
      String text3 = "Government forces retook Aleppo districts; five people died, medics said.";
      Annotations bbc = new Annotations(List.of(), List.of(new Place(25, 31, "Aleppo", "Aleppo", 36.2012, 37.1612, "SY", "Aleppo",
          170063L, "PPLA")), List.of(), List.of(), List.of(),
          List.of(new EventMention("GOV_REGAINS_TERIT", 17, 23, text3, "2016-09-04", ALEPPO, List.of("Syrian Army"), 5L, null, 0.8)));
      writer.add(new StoredArticle(new AnnotatedArticle(new Article("a3", "https://bbc.example/a3", "BBC News", "Aleppo districts retaken",
          text3, Articles.at("2016-09-05"), "en"), bbc), "s-1", null, List.of("e-1"), Instant.EPOCH, 3), List.of("i:a3"));
      writer.put(new Story("s-1", HOSTILE, "t-1", List.of("a1", "a3"), Articles.at("2016-09-04"), Articles.at("2016-09-05"),
          List.of("Aleppo"), List.of("John Kerry"), new Story.Summary(text3, "a3", 0, text3.length())));
      writer.put(new Story("s-2", "Quake hits Iran", "t-2", List.of("a2", ODD_ID), Articles.at("2016-09-05"), Articles.at("2016-09-05"),
          List.of(), List.of()));
      writer.put(new Story("s-3", "Talks on Aleppo", "t-1", List.of(), Articles.at("2016-08-30"), Articles.at("2016-08-30"),
          List.of("Aleppo"), List.of()));
      writer.put(new Event("e-1", "2016-09-04", "Battles", "GOV_REGAINS_TERIT", "Syrian Army", null, "Aleppo", 36.2012, 37.1612,
          "SY", 3L, null, List.of("a1", "a3"), List.of("Test Wire", "BBC News"), "Troops besieged Aleppo.", "STATE_FORCES", null,
          null, "max", true, "2016-09-04T00:00:00Z", List.of(
              new EventReport("a1", "Test Wire", "Kerry said troops besieged Aleppo.", "2016-09-04", "2016-09-04T00:00:00Z", 3L, null, null),
              new EventReport("a3", "BBC News", text3, "2016-09-04", "2016-09-05T00:00:00Z", 5L, null, null))));
      writer.put(new Event("e-2", "2016-09-10", "Explosions/Remote violence", "AIR_STRIKE", "Russian Air Force", "John Kerry", "Idlib",
          35.93, 36.63, "SY", 12L, null, List.of("a1"), List.of("Test Wire"), "Air strikes hit Idlib.", null, null, null, "single",
          false, "2016-09-04T00:00:00Z",
          List.of(new EventReport("a1", "Test Wire", "Air strikes hit Idlib.", "2016-09-10", "2016-09-04T00:00:00Z", 12L, null, null))));
      writer.put(new Event("e-3", "2016-09-05", "Beyond ACLED", "NATURAL_DISASTER", null, null, "Bandar Abbas", 27.18, 56.27,
          "IR", null, null, List.of("a2"), List.of("Test Wire"), "An earthquake struck southern Iran."));
      writer.put(new KnownEntity(KERRY_ID, "John Kerry", EntityType.PERSON, List.of("John Kerry", "Kerry"), List.of("kerry"), 1,
          Articles.at("2016-09-04")));
      // the next ingest numbers its articles after these four
      writer.commit(new Checkpoint(4, StoryClusterer.State.EMPTY, EventMerger.State.EMPTY));
    }
    store = LuceneStore.openReadOnly(data);
    server = WebServer.start(store, settings, InstantSource.system(), ingester);
  }

  String base() {
    return "http://127.0.0.1:" + server.port();
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
