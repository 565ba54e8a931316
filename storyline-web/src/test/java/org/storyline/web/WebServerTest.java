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
    assertThat(page.body()).contains("<title>Storyline</title>").contains("/app.js").doesNotContain("Siege");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(get("/app.js").statusCode()).isEqualTo(200);
    assertThat(get("/vendor/topojson-client.min.js").statusCode()).isEqualTo(200);
    assertThat(get("/map/countries-110m.json").body()).startsWith("{\"type\":\"Topology\"");
  }

  @Test
  void listsStoriesMostRecentFirstAndOpensOneWithArticlesEventsAndPlaces() throws Exception {
    JsonNode stories = json("/api/stories", 200);
    assertThat(stories.get("total").asInt()).isEqualTo(2);
    assertThat(stories.at("/items/0/id").asText()).isEqualTo("s-2");
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
    assertThat(json("/api/events", 200).at("/items/0/event_id").asText()).isEqualTo("e-1");
    assertThat(json("/api/events/e-1", 200).at("/event/fatalities").asInt()).isEqualTo(3);
    JsonNode hits = json("/api/search?q=earthquake", 200);
    assertThat(hits.at("/items/0/id").asText()).isEqualTo("a2");
    assertThat(hits.at("/items/0/highlights/0/0").isInt()).isTrue();
    assertThat(json("/api/counts", 200).get("articles").asInt()).isEqualTo(3);
    String odd = java.net.URLEncoder.encode(WebFixture.ODD_ID, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json("/api/article?id=" + odd, 200).get("id").asText()).isEqualTo(WebFixture.ODD_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/articles?limit=abc", "/api/articles?limit=100000", "/api/stories?offset=-1", "/api/search", "/api/article",
      "/api/search?q=title:(unclosed"})
  void badParametersAre400WithAMessageNamingThem(String path) throws Exception {
    JsonNode error = json(path, 400);
    assertThat(error.get("error").asText()).containsAnyOf("'limit'", "'offset'", "'q'", "'id'", "cannot parse query");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/stories/nope", "/api/articles/nope", "/api/events/nope", "/api/nothing-here"})
  void unknownThingsAre404WithAMessage(String path) throws Exception {
    assertThat(json(path, 404).get("error").asText()).containsAnyOf("no story", "no article", "no event", "no such endpoint");
  }
}
