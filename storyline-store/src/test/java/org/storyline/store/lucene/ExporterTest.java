package org.storyline.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.export.Exporter;
import org.storyline.json.ContractJson;
import org.storyline.model.Event;
import org.storyline.store.Checkpoint;

class ExporterTest {
  @TempDir
  Path data;

  private LuceneStore store;

  @BeforeEach
  void fill() {
    store = LuceneStore.openForWriting(data);
    store.add(StoredRecords.article("a1", 0, "Siege", "Kerry spoke on Aleppo."), List.of());
    store.put(StoredRecords.story("s-1", "2016-09-04"));
    store.put(StoredRecords.event("e-1", "2016-09-04"));
    store.put(new Event("e-2", "2016-09-05", "Beyond ACLED", "DIPLO", "John Kerry", "Sergey Lavrov", null, null, null, null,
        null, null, List.of("a1"), List.of("AFP"), "Kerry met Lavrov, \"again\"."));
    store.commit(Checkpoint.EMPTY);
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  private String export(Exporter.What what, Exporter.Format format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Exporter.export(store, what, format, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void articlesAreTheContractFieldsPlusStoryDuplicateOfAndEventIds() throws Exception {
    String jsonl = export(Exporter.What.ARTICLES, Exporter.Format.JSONL);
    JsonNode a = ContractJson.mapper().readTree(jsonl.lines().findFirst().orElseThrow());
    assertThat(a.fieldNames()).toIterable().containsExactly("id", "url", "source", "title", "text", "published", "language",
        "entities", "places", "times", "figures", "quotes", "events", "story", "duplicateOf", "eventIds");
    assertThat(a.get("published").asText()).isEqualTo("2016-09-04T00:00:00Z");
    assertThat(a.at("/places/0/geonameId").asLong()).isEqualTo(170063L);
    assertThat(a.at("/entities/0/canonical").asText()).isEqualTo("John Kerry");
    assertThat(a.get("duplicateOf").isNull()).isTrue();
  }

  @Test
  void eventsAsCsvHaveTheAcledLikeColumnsAndQuoteTheirText() throws Exception {
    List<String> lines = export(Exporter.What.EVENTS, Exporter.Format.CSV).lines().toList();
    assertThat(lines.get(0)).isEqualTo("event_id,event_date,event_type,sub_event_type,actor1,actor2,location,latitude,longitude,"
        + "country,fatalities,injured,source_articles,sources,notes");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("e-2,2016-09-05,\"Beyond ACLED\",DIPLO,\"John Kerry\",\"Sergey Lavrov\"")
        .endsWith("\"Kerry met Lavrov, \"\"again\"\".\"");
  }

  @Test
  void eventsAsGeoJsonArePointFeaturesOfThoseWithCoordinates() throws Exception {
    JsonNode fc = ContractJson.mapper().readTree(export(Exporter.What.EVENTS, Exporter.Format.GEOJSON));
    assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(fc.get("features")).hasSize(1);
    JsonNode f = fc.get("features").get(0);
    assertThat(f.at("/geometry/coordinates/0").asDouble()).isEqualTo(37.16);
    assertThat(f.at("/geometry/coordinates/1").asDouble()).isEqualTo(36.2);
    assertThat(f.at("/properties/sub_event_type").asText()).isEqualTo("GOV_REGAINS_TERIT");
  }

  @Test
  void storiesAreJsonlWithTheirTopic() throws Exception {
    JsonNode s = ContractJson.mapper().readTree(export(Exporter.What.STORIES, Exporter.Format.JSONL).strip());
    assertThat(s.fieldNames()).toIterable().containsExactly("id", "title", "topic", "articles", "first", "last", "places", "entities",
        "summary");
  }

  @Test
  void refusesArticlesAsCsv() {
    assertThatThrownBy(() -> export(Exporter.What.ARTICLES, Exporter.Format.CSV))
        .hasMessage("articles can only be exported as jsonl");
  }
}
