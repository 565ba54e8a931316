package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.model.StoredArticle;
import org.storyline.store.Checkpoint;
import org.storyline.store.InvalidQueryException;
import org.storyline.store.SearchHit;
import org.storyline.store.StoreUnavailableException;

class LuceneStoreTest {
  @TempDir
  Path data;

  @Test
  void whatWasCommittedReopensWithItsCheckpoint() {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      store.add(StoredRecords.article("a1", 0, "Siege of Aleppo", "Troops renewed the siege of Aleppo."), List.of("i:a1", "t:abc"));
      store.put(StoredRecords.story("s-1", "2016-09-04"));
      store.put(StoredRecords.event("e-1", "2016-09-04"));
      store.commit(new Checkpoint(1, org.storyline.stories.StoryClusterer.State.EMPTY, org.storyline.events.EventMerger.State.EMPTY));
    }
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      assertThat(store.counts().articles()).isEqualTo(1);
      assertThat(store.checkpoint()).hasValueSatisfying(c -> assertThat(c.nextSequence()).isEqualTo(1));
      assertThat(store.article("a1")).hasValueSatisfying(a -> assertThat(a.annotated().annotations().places()).hasSize(1));
      assertThat(store.articleWithKey("t:abc")).hasValue("a1");
      assertThat(store.story("s-1")).isPresent();
      assertThat(store.event("e-1")).hasValueSatisfying(e -> assertThat(e.fatalities()).isEqualTo(3L));
    }
  }

  @Test
  void whatWasNotCommittedIsGoneAfterClose() {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      store.add(StoredRecords.article("kept", 0, "t", "kept text"), List.of("i:kept"));
      store.commit(Checkpoint.EMPTY);
      store.add(StoredRecords.article("lost", 1, "t", "lost text"), List.of("i:lost"));
    }
    try (LuceneStore store = LuceneStore.openReadOnly(data)) {
      assertThat(store.article("kept")).isPresent();
      assertThat(store.article("lost")).isEmpty();
    }
  }

  @Test
  void storiesAndEventsAreReplacedByIdNotDuplicated() {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      store.put(StoredRecords.story("s-1", "2016-09-04"));
      store.put(StoredRecords.story("s-1", "2016-09-06"));
      store.put(StoredRecords.event("e-1", "2016-09-04"));
      store.put(StoredRecords.event("e-1", "2016-09-04"));
      store.commit(Checkpoint.EMPTY);
      assertThat(store.counts().stories()).isEqualTo(1);
      assertThat(store.counts().events()).isEqualTo(1);
      assertThat(store.story("s-1")).hasValueSatisfying(s -> assertThat(s.last().toLocalDate()).hasToString("2016-09-06"));
    }
  }

  @Test
  void aReaderInAnotherStoreSeesCommitsWhileTheWriterIsOpen() {
    try (LuceneStore writer = LuceneStore.openForWriting(data); LuceneStore reader = LuceneStore.openReadOnly(data)) {
      assertThat(reader.counts().articles()).isZero();
      writer.add(StoredRecords.article("a1", 0, "t", "text one"), List.of("i:a1"));
      writer.commit(Checkpoint.EMPTY);
      reader.refresh();
      assertThat(reader.counts().articles()).isEqualTo(1);
      writer.add(StoredRecords.article("a2", 1, "t", "text two"), List.of("i:a2"));
      writer.commit(Checkpoint.EMPTY);
      reader.refresh();
      assertThat(reader.articles(0, 10).items()).extracting(StoredArticle::id).containsExactly("a1", "a2");
    }
  }

  @Test
  void aSecondWriterIsRefusedWithTheFolderNamed() {
    try (LuceneStore writer = LuceneStore.openForWriting(data)) {
      assertThatThrownBy(() -> LuceneStore.openForWriting(data))
          .isInstanceOf(StoreUnavailableException.class)
          .hasMessageContaining(data.toString())
          .hasMessageContaining("another process is writing");
    }
  }

  @Test
  void searchesTitlesTextEntitiesAndPlacesWithHighlightRanges() throws InvalidQueryException {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      store.add(StoredRecords.article("a1", 0, "Siege of Aleppo", "Syrian troops renewed the siege of rebel-held parts."), List.of());
      store.add(StoredRecords.article("a2", 1, "Talks in Geneva", "Diplomats met to discuss a ceasefire."), List.of());
      store.commit(Checkpoint.EMPTY);
      List<SearchHit> hits = store.search("sieges", 0, 10).items(); // stemmed
      assertThat(hits).extracting(SearchHit::id).containsExactly("a1");
      SearchHit h = hits.get(0);
      assertThat(h.highlights()).isNotEmpty();
      int[] first = h.highlights().get(0);
      assertThat(h.snippet().substring(first[0], first[1])).isEqualToIgnoringCase("siege");
      assertThat(store.search("entities:\"John Kerry\" AND places:Aleppo", 0, 10).total()).isEqualTo(2);
      assertThat(store.search("ceasefire OR siege", 0, 10).total()).isEqualTo(2);
    }
  }

  @Test
  void anUnparsableQueryIsAnInvalidQueryWithTheReason() {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      assertThatThrownBy(() -> store.search("title:(unclosed", 0, 10))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageStartingWith("cannot parse query 'title:(unclosed'");
    }
  }

  @Test
  void scansEveryArticleInIngestOrderBeyondOneBatch() {
    try (LuceneStore store = LuceneStore.openForWriting(data)) {
      for (int i = 1199; i >= 0; i--) { // added in reverse; sequence decides the order
        store.add(StoredRecords.article("a" + i, i, "t", "text " + i), List.of());
      }
      store.commit(Checkpoint.EMPTY);
      List<Long> sequences = new ArrayList<>();
      store.scanArticles(a -> sequences.add(a.sequence()));
      assertThat(sequences).hasSize(1200).isSorted();
      assertThat(store.articles(1195, 10).items()).hasSize(5);
    }
  }

  @Test
  void anAbsentStoreReadsAsEmpty() {
    try (LuceneStore store = LuceneStore.openReadOnly(data.resolve("nothing-here"))) {
      assertThat(store.counts().articles()).isZero();
      assertThat(store.stories(0, 10).items()).isEmpty();
    }
  }
}
