package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.json.ContractJson;

/** The server on a free port over a real store: every endpoint answers, errors are JSON with reasons. */
class WebServerTest {
  @TempDir
  static Path data;

  private static WebFixture web;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    web = new WebFixture(data);
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(web.base() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path, int status) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " -> " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    return ContractJson.mapper().readTree(r.body());
  }

  @Test
  void servesThePageItsScriptAndTheMapWithAStrictContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Storyline</title>").contains("/js/app.js").doesNotContain("Siege");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(get("/js/app.js").statusCode()).isEqualTo(200);
    assertThat(get("/vendor/topojson-client.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/map/countries-110m.json").body()).startsWith("{\"type\":\"Topology\"");
  }

  @Test
  void listsStoriesMostRecentFirstAndOpensOneWithArticlesEventsAndPlaces() throws Exception {
    JsonNode stories = json("/api/stories", 200);
    assertThat(stories.get("total").asInt()).isEqualTo(3);
    assertThat(stories.at("/items/0/id").asText()).isEqualTo("s-1");
    JsonNode story = json("/api/stories/s-1", 200);
    assertThat(story.at("/story/title").asText()).isEqualTo(WebFixture.HOSTILE); // JSON carries it as data, escaped by the page
    assertThat(story.at("/articles/0/id").asText()).isEqualTo("a1");
    assertThat(story.at("/articles/0/source").asText()).isEqualTo("Test Wire");
    assertThat(story.at("/events/0/sub_event_type").asText()).isEqualTo("GOV_REGAINS_TERIT");
    assertThat(story.at("/places/0/name").asText()).isEqualTo("Aleppo");
  }

  @Test
  void articlesEventsSearchAndCountsAnswer() throws Exception {
    assertThat(json("/api/articles?limit=1", 200).get("items")).hasSize(1);
    assertThat(json("/api/articles/a1", 200).get("id").asText()).isEqualTo("a1");
    assertThat(json("/api/article?id=a1", 200).get("text").asText()).contains("<b>bold</b>");
    assertThat(json("/api/events", 200).at("/items/0/event_id").asText()).isEqualTo("e-2");
    assertThat(json("/api/events/e-1", 200).at("/event/fatalities").asInt()).isEqualTo(3);
    JsonNode hits = json("/api/search?q=earthquake", 200);
    assertThat(hits.at("/items/0/id").asText()).isEqualTo("a2");
    assertThat(hits.at("/items/0/highlights/0/0").isInt()).isTrue();
    assertThat(json("/api/counts", 200).get("articles").asInt()).isEqualTo(4);
    String odd = java.net.URLEncoder.encode(WebFixture.ODD_ID, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json("/api/article?id=" + odd, 200).get("id").asText()).isEqualTo(WebFixture.ODD_ID);
  }

  @Test
  void filtersEventsAndMapMarkersByTypeCountryAndDates() throws Exception {
    assertThat(json("/api/events?type=AIR_STRIKE", 200).at("/items/0/event_id").asText()).isEqualTo("e-2");
    assertThat(json("/api/events?country=IR", 200).get("total").asInt()).isEqualTo(1);
    assertThat(json("/api/events?type=AIR_STRIKE&type=NATURAL_DISASTER", 200).get("total").asInt()).isEqualTo(2);
    JsonNode map = json("/api/map?from=2016-09-04&to=2016-09-05", 200);
    assertThat(map.get("markers")).extracting(m -> m.get("id").asText()).containsExactlyInAnyOrder("e-1", "e-3");
    assertThat(map.at("/markers/0/family").asText()).isNotBlank();
    assertThat(map.get("truncated").asBoolean()).isFalse();
  }

  @Test
  void theTimelineCountsEventsPerDayAndFamilyOverTheWholeSpan() throws Exception {
    JsonNode t = json("/api/timeline?from=2016-09-10&to=2016-09-10", 200); // the brush's own range is ignored
    assertThat(t.get("first").asText()).isEqualTo("2016-09-04");
    assertThat(t.get("last").asText()).isEqualTo("2016-09-10");
    assertThat(t.get("days")).hasSize(3);
    assertThat(t.at("/days/0/family").asText()).isEqualTo("Battles");
    assertThat(t.get("families").get(0).asText()).isEqualTo("Battles");
  }

  @Test
  void anEventCarriesEachSourcesSentenceAndFlagsTheirDisagreement() throws Exception {
    JsonNode v = json("/api/events/e-1", 200);
    assertThat(v.at("/event/conflict").asBoolean()).isTrue();
    assertThat(v.get("sources")).extracting(x -> x.get("outlet").asText()).containsExactly("Test Wire", "BBC News");
    assertThat(v.at("/sources/0/sentence").asText()).isEqualTo("Kerry said troops besieged Aleppo.");
    assertThat(v.at("/sources/1/killed").asInt()).isEqualTo(5);
    assertThat(json("/api/events/e-2", 200).at("/event/conflict").asBoolean()).isFalse();
  }

  @Test
  void aStoryCarriesItsFiguresQuotesAndTheOtherStoriesOfItsTopic() throws Exception {
    JsonNode v = json("/api/stories/s-1", 200);
    assertThat(v.at("/figures/0/figure/kind").asText()).isEqualTo("killed");
    assertThat(v.at("/quotes/0/quote/speaker/text").asText()).isEqualTo("Kerry");
    assertThat(v.get("related")).extracting(x -> x.get("id").asText()).containsExactly("s-3");
  }

  @Test
  void anEntityCarriesItsAliasesEventsAsActorQuotesAndMentionsPerDay() throws Exception {
    assertThat(json("/api/entities", 200).at("/items/0/name").asText()).isEqualTo("John Kerry");
    JsonNode v = json("/api/entities/" + WebFixture.KERRY_ID, 200);
    assertThat(v.at("/entity/aliases")).extracting(JsonNode::asText).contains("Kerry");
    assertThat(v.get("events")).extracting(x -> x.get("event_id").asText()).containsExactly("e-2");
    assertThat(v.at("/quotes/0/quote/text").asText()).isEqualTo("troops besieged Aleppo");
    assertThat(v.at("/named/0/day").asText()).isEqualTo("2016-09-04");
    assertThat(v.get("articleCount").asInt()).isEqualTo(1);
  }

  @Test
  void searchCountsFacetsAndAFilterAloneBrowses() throws Exception {
    JsonNode hits = json("/api/search?q=aleppo", 200);
    assertThat(hits.get("total").asInt()).isEqualTo(2);
    JsonNode outlets = null;
    for (JsonNode f : hits.get("facets")) {
      if (f.get("facet").asText().equals("OUTLET")) {
        outlets = f.get("values");
      }
    }
    assertThat(outlets).extracting(x -> x.get("value").asText()).containsExactlyInAnyOrder("Test Wire", "BBC News");
    assertThat(json("/api/search?q=aleppo&outlet=BBC+News", 200).at("/items/0/id").asText()).isEqualTo("a3");
    assertThat(json("/api/search?country=SY", 200).get("total").asInt()).isEqualTo(2);
    assertThat(json("/api/search?entity=John+Kerry&from=2016-09-04&to=2016-09-04", 200).at("/items/0/id").asText()).isEqualTo("a1");
  }

  @Test
  void theOpenApiDescriptionCoversEveryRouteAndNoOther() throws Exception {
    JsonNode doc = json("/api/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    java.util.Set<String> documented = new java.util.TreeSet<>();
    doc.get("paths").properties().forEach(p -> p.getValue().properties()
        .forEach(m -> documented.add(m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(web.server.routes());
  }

  @Test
  void theLiveStreamGreetsThenTellsOfArticlesCommittedByAnotherWriter(@TempDir Path own) throws Exception {
    try (WebFixture fresh = new WebFixture(own)) {
      liveStream(fresh, own);
    }
  }

  private static void liveStream(WebFixture fresh, Path data) throws Exception {
    HttpResponse<java.util.stream.Stream<String>> r = HTTP.send(HttpRequest.newBuilder(URI.create(fresh.base() + "/api/live"))
        .header("Accept", "text/event-stream").build(),
        HttpResponse.BodyHandlers.ofLines());
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
    java.util.Iterator<String> lines = r.body().iterator();
    assertThat(nextEvent(lines)).startsWith("hello");
    java.util.function.Supplier<Integer> articles = () -> {
      try {
        return ContractJson.mapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(fresh.base() + "/api/counts")).build(),
            HttpResponse.BodyHandlers.ofString()).body()).get("articles").asInt();
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    };
    assertThat(articles.get()).isEqualTo(4); // now a cached answer
    try (org.storyline.store.lucene.LuceneStore w = org.storyline.store.lucene.LuceneStore.openForWriting(data)) {
      w.add(new org.storyline.model.StoredArticle(new org.storyline.model.AnnotatedArticle(
          org.storyline.testing.Articles.of("live-1", "Fresh report", "Something new happened.", "2016-09-11"),
          org.storyline.model.Annotations.NONE), "s-2", null, java.util.List.of(), java.time.Instant.EPOCH, 4), java.util.List.of("i:live-1"));
      w.commit(new org.storyline.store.Checkpoint(5, org.storyline.stories.StoryClusterer.State.EMPTY,
          org.storyline.events.EventMerger.State.EMPTY));
    }
    String change = nextEvent(lines);
    assertThat(change).startsWith("change").contains("\"live-1\"").contains("\"articles\":5");
    assertThat(articles.get()).as("no cached answer outlives a commit").isEqualTo(5);
    r.body().close();
  }

  /** The next server-sent event as "name data". */
  private static String nextEvent(java.util.Iterator<String> lines) {
    String name = null;
    while (lines.hasNext()) {
      String line = lines.next();
      if (line.startsWith("event:")) {
        name = line.substring(6).strip();
      } else if (line.startsWith("data:") && name != null) {
        return name + " " + line.substring(5).strip();
      }
    }
    throw new AssertionError("the stream ended");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/events?type=BOMBING", "/api/events?country=Syria", "/api/map?from=2016-13-01",
      "/api/search?q=x&from=2016-09-05&to=2016-09-01", "/api/timeline?to=yesterday"})
  void badFiltersAre400WithAMessageNamingTheParameter(String path) throws Exception {
    assertThat(json(path, 400).get("error").asText()).containsAnyOf("'type'", "'country'", "'from'", "'to'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/articles?limit=abc", "/api/articles?limit=100000", "/api/stories?offset=-1", "/api/search", "/api/article",
      "/api/search?q=title:(unclosed"})
  void badParametersAre400WithAMessageNamingThem(String path) throws Exception {
    JsonNode error = json(path, 400);
    assertThat(error.get("error").asText()).containsAnyOf("'limit'", "'offset'", "'q'", "'id'", "cannot parse query");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/stories/nope", "/api/articles/nope", "/api/events/nope", "/api/entities/nope", "/api/nothing-here"})
  void unknownThingsAre404WithAMessage(String path) throws Exception {
    assertThat(json(path, 404).get("error").asText()).containsAnyOf("no story", "no article", "no event", "no entity", "no such endpoint");
  }
}
