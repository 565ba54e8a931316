package org.storyline.web;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Event;
import org.storyline.model.Place;
import org.storyline.model.StoredArticle;
import org.storyline.model.Story;
import org.storyline.store.Checkpoint;
import org.storyline.store.lucene.LuceneStore;
import org.storyline.testing.Articles;

/** A real store on disk with two stories, one of them titled with markup, and a real server over it. */
final class WebFixture implements AutoCloseable {
  /** A headline that runs script if any page ever renders article text as HTML. */
  static final String HOSTILE = "<img src=x onerror=\"document.body.dataset.pwned='yes'\"><script>window.pwned=1</script> Siege";

  /** An id as folder and feed ingests make them: a path with a slash, a space and a percent sign. */
  static final String ODD_ID = "feeds/2016 50%/a.html";

  final LuceneStore store;
  final WebServer server;

  WebFixture(Path data) {
    try (LuceneStore writer = LuceneStore.openForWriting(data)) {
      Annotations aleppo = new Annotations(
          List.of(new Entity(0, 5, "Kerry", EntityType.PERSON, null, "John Kerry")),
          List.of(new Place(30, 36, "Aleppo", "Aleppo", 36.2012, 37.1612, "SY", "Aleppo", 170063L, "PPLA")),
          List.of(), List.of(), List.of(), List.of());
      writer.add(new StoredArticle(new AnnotatedArticle(Articles.of("a1", HOSTILE,
          "Kerry said troops besieged Aleppo. <b>bold</b> & more.", "2016-09-04"), aleppo), "s-1", null, List.of("e-1"),
          Instant.EPOCH, 0), List.of("i:a1"));
      writer.add(new StoredArticle(new AnnotatedArticle(Articles.of("a2", "Quake hits Iran",
          "An earthquake struck southern Iran on Sunday.", "2016-09-05"), Annotations.NONE), "s-2", null, List.of(),
          Instant.EPOCH, 1), List.of("i:a2"));
      writer.add(new StoredArticle(new AnnotatedArticle(Articles.of(ODD_ID, "Odd id", "An article whose id is a path.", "2016-09-05"),
          Annotations.NONE), "s-2", null, List.of(), Instant.EPOCH, 2), List.of("i:" + ODD_ID));
      writer.put(new Story("s-1", HOSTILE, "t-1", List.of("a1"), Articles.at("2016-09-04"), Articles.at("2016-09-04"),
          List.of("Aleppo"), List.of("John Kerry")));
      writer.put(new Story("s-2", "Quake hits Iran", "t-2", List.of("a2", ODD_ID), Articles.at("2016-09-05"), Articles.at("2016-09-05"),
          List.of(), List.of()));
      writer.put(new Event("e-1", "2016-09-04", "Battles", "GOV_REGAINS_TERIT", "Syrian Army", null, "Aleppo", 36.2012, 37.1612,
          "SY", 3L, null, List.of("a1"), List.of("Test Wire"), "Troops besieged Aleppo."));
      writer.commit(Checkpoint.EMPTY);
    }
    store = LuceneStore.openReadOnly(data);
    server = WebServer.start(store, new WebServer.Settings("127.0.0.1", 0, Duration.ofMillis(100)), InstantSource.system());
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
