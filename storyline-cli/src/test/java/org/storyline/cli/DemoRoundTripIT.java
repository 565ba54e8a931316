package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.json.ContractJson;

/** The demo corpus through the real pipeline into a real store, out again, and in once more. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoRoundTripIT {
  @TempDir
  static Path data;

  private static List<JsonNode> exported(String what, String format) throws IOException {
    Cli.Outcome r = Cli.run("--data", data.toString(), "export", "--what", what, "--format", format);
    assertThat(r.status()).as(r.err()).isZero();
    return r.out().lines().filter(l -> !l.isBlank()).map(DemoRoundTripIT::json).toList();
  }

  private static JsonNode json(String line) {
    try {
      return ContractJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  @Test
  @Order(1)
  void ingestsTheDemoCorpus() {
    Cli.Outcome r = Cli.run("--data", data.toString(), "demo", "--no-serve");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).contains("150 read").contains("0 failed").contains("models loaded in");
  }

  @Test
  @Order(2)
  void exportsEveryArticleWithValidOffsetsAndLinkedStoriesAndEvents() throws IOException {
    List<JsonNode> articles = exported("articles", "jsonl");
    assertThat(articles).hasSizeGreaterThan(140);
    Set<String> stories = new HashSet<>();
    exported("stories", "jsonl").forEach(s -> stories.add(s.get("id").asText()));
    Set<String> events = new HashSet<>();
    exported("events", "jsonl").forEach(e -> events.add(e.get("event_id").asText()));
    assertThat(events).isNotEmpty();
    for (JsonNode a : articles) {
      String text = a.get("text").asText();
      for (String layer : List.of("entities", "places", "times", "figures", "quotes")) {
        for (JsonNode span : a.get(layer)) {
          assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
              .as("%s %s", a.get("id").asText(), layer).isEqualTo(span.get("text").asText());
        }
      }
      assertThat(stories).as("story of " + a.get("id")).contains(a.get("story").asText());
      a.get("eventIds").forEach(id -> assertThat(events).contains(id.asText()));
    }
    assertThat(articles).anySatisfy(a -> assertThat(a.get("places")).isNotEmpty());
    assertThat(stories.size()).isLessThan(articles.size()); // articles about one event group together
  }

  @Test
  @Order(3)
  void eventsExportAsCsvAndGeoJson() {
    Cli.Outcome csv = Cli.run("--data", data.toString(), "export", "--what", "events", "--format", "csv");
    // the contract's columns first, in order; columns added later follow them
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("event_id,event_date,event_type,sub_event_type,actor1,actor2,location,"
        + "latitude,longitude,country,fatalities,injured,source_articles,sources,notes");
    JsonNode geo = json(Cli.run("--data", data.toString(), "export", "--what", "events", "--format", "geojson").out());
    assertThat(geo.get("features")).isNotEmpty();
  }

  @Test
  @Order(4)
  void reIngestingStoresNothingAndLoadsNoModel() throws IOException {
    List<String> before = exported("articles", "jsonl").stream().map(a -> a.get("id").asText()).toList();
    Cli.Outcome r = Cli.run("--data", data.toString(), "demo", "--no-serve");
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains("0 stored").contains("150 already stored").doesNotContain("models loaded");
    assertThat(exported("articles", "jsonl").stream().map(a -> a.get("id").asText()).toList()).isEqualTo(before);
  }

  /** The real launcher and classpath, as a user runs them: the page and the API answer over the demo data. */
  @Test
  @Order(6)
  void theLauncherServesTheStoreOverHttp() throws Exception {
    Path launcher = Path.of(System.getProperty("storyline.launcher", "../storyline"));
    Assumptions.assumeTrue(Files.isExecutable(launcher), "launcher not found: " + launcher);
    Process serve = new ProcessBuilder(launcher.toString(), "--data", data.toString(), "serve", "--port", "0")
        .redirectErrorStream(true).start();
    try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      String url = null;
      StringBuilder seen = new StringBuilder();
      while (url == null && (line = out.readLine()) != null) {
        seen.append(line).append('\n');
        Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)").matcher(line);
        if (m.find()) {
          url = m.group(1);
        }
      }
      assertThat(url).as(seen.toString()).isNotNull();
      var http = HttpClient.newHttpClient();
      var page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<title>Storyline</title>");
      JsonNode stories = json(http.send(HttpRequest.newBuilder(URI.create(url + "api/stories")).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(stories.get("total").asInt()).isPositive();
      String id = stories.at("/items/0/id").asText();
      JsonNode story = json(http.send(HttpRequest.newBuilder(URI.create(url + "api/stories/" + id)).build(),
          HttpResponse.BodyHandlers.ofString()).body());
      assertThat(story.get("articles")).isNotEmpty();
    } finally {
      serve.destroy(); // SIGTERM: the shutdown hook closes the server and the store
      assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  @Order(5)
  void searchFindsStoredArticles() {
    Cli.Outcome r = Cli.run("--data", data.toString(), "search", "earthquake");
    assertThat(r.status()).isZero();
    assertThat(r.out()).doesNotStartWith("0 articles");
  }
}
