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
import org.storyline.model.EventReport;
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
        + "country,fatalities,injured,source_articles,sources,notes,"
        + "actor1_kind,actor2_kind,displaced,fatalities_rule,conflict,first_seen"); // the contract's columns first, added ones after
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1)).startsWith("e-2,2016-09-05,\"Beyond ACLED\",DIPLO,\"John Kerry\",\"Sergey Lavrov\"")
        .contains("\"Kerry met Lavrov, \"\"again\"\".\"");
  }

  @Test
  void eventsAsJsonlKeepEveryReportWithItsFiguresAndTheReconciliation() throws Exception {
    store.put(new Event("e-3", "2016-09-04", "Explosions/Remote violence", "AIR_STRIKE", "Military Forces of Syria", null,
        "Aleppo", 36.2, 37.16, "SY", 8L, null, List.of("a1", "a2"), List.of("AFP", "BBC"), "An air strike killed 6.",
        "STATE_FORCES", null, null, "max", true, "2016-09-04T09:00Z",
        List.of(new EventReport("a1", "AFP", "An air strike killed 6.", "2016-09-04", "2016-09-04T09:00Z", 6L, null, null),
            new EventReport("a2", "BBC", "Eight died in the strike.", "2016-09-04", "2016-09-04T11:00Z", 8L, null, null))));
    store.commit(Checkpoint.EMPTY);
    JsonNode e = export(Exporter.What.EVENTS, Exporter.Format.JSONL).lines().map(l -> {
      try {
        return ContractJson.mapper().readTree(l);
      } catch (Exception ex) {
        throw new IllegalStateException(ex);
      }
    }).filter(n -> n.get("event_id").asText().equals("e-3")).findFirst().orElseThrow();
    assertThat(e.get("fatalities").asLong()).isEqualTo(8L);
    assertThat(e.get("fatalities_rule").asText()).isEqualTo("max");
    assertThat(e.get("conflict").asBoolean()).isTrue();
    assertThat(e.at("/reports/0/article_id").asText()).isEqualTo("a1");
    assertThat(e.at("/reports/1/killed").asLong()).isEqualTo(8L);
    assertThat(e.get("source_articles")).hasSize(2);
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
