package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.storyline.json.ContractJson;

/** Who may read and write, and which URLs the server may be made to fetch: real servers on free ports. */
class WritesAndAccessTest {
  private static final String TOKEN = "a-test-token-of-enough-length";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path data;

  private WebFixture web;
  private TestIngester ingester;
  private HttpServer site;

  @BeforeEach
  void site() throws IOException {
    site = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext("/page.html", x -> {
      byte[] body = ("<html><head><title>Geneva talks resume</title></head><body><p>Kerry said in Geneva on Sunday that talks on "
          + "Aleppo would resume next week, after a pause of ten days in which the fighting went on.</p></body></html>")
          .getBytes(StandardCharsets.UTF_8);
      x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      x.sendResponseHeaders(200, body.length);
      x.getResponseBody().write(body);
      x.close();
    });
    site.createContext("/moved", x -> {
      x.getResponseHeaders().add("Location", "http://127.0.0.2:" + site.getAddress().getPort() + "/page.html");
      x.sendResponseHeaders(302, -1);
      x.close();
    });
    site.start();
  }

  @AfterEach
  void stop() {
    site.stop(0);
    if (web != null) {
      web.close();
    }
    if (ingester != null) {
      ingester.close();
    }
  }

  private WebFixture serve(WebServer.Settings settings, boolean withIngest) {
    ingester = withIngest ? new TestIngester(data) : null;
    web = new WebFixture(data, settings, ingester);
    return web;
  }

  private static WebServer.Settings local() {
    return new WebServer.Settings("127.0.0.1", 0, Duration.ofMillis(100));
  }

  private HttpResponse<String> post(String path, String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base() + path)).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String header, String value) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(web.base() + path));
    if (header != null) {
      b.header(header, value);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String error(HttpResponse<String> r) throws IOException {
    return ContractJson.mapper().readTree(r.body()).get("error").asText();
  }

  private JsonNode awaitJob(String id) throws Exception {
    JsonNode job = null;
    for (int i = 0; i < 300; i++) {
      job = ContractJson.mapper().readTree(get("/api/jobs/" + id, null, null).body());
      if (job.get("state").asText().matches("done|failed")) {
        return job;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job " + id + " did not finish: " + job);
  }

  @Test
  void withoutATokenThereAreNoWritesAtAll() throws Exception {
    serve(local(), true);
    HttpResponse<String> r = post("/api/ingest", "{\"url\":\"https://example.org/\"}", TOKEN);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(error(r)).contains("--token");
  }

  @Test
  void writesNeedTheTokenAsABearerHeader() throws Exception {
    serve(local().withToken(TOKEN, false), true);
    assertThat(post("/api/ingest", "{\"url\":\"https://example.org/\"}", null).statusCode()).isEqualTo(401);
    assertThat(post("/api/ingest", "{\"url\":\"https://example.org/\"}", TOKEN + "x").statusCode()).isEqualTo(401);
    assertThat(post("/api/feeds", "{\"url\":\"https://example.org/feed\"}", "nope").statusCode()).isEqualTo(401);
    assertThat(post("/api/uploads?name=a.txt", "Title\nBody", null).statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9/feed", "http://localhost/feed", "http://10.1.2.3/", "http://192.168.0.1/",
      "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[fd00::1]/", "http://0.0.0.0/", "file:///etc/passwd",
      "gopher://example.org/"})
  void urlsToPrivateLoopbackOrLinkLocalAddressesAreRefused(String url) throws Exception {
    serve(local().withToken(TOKEN, false), true);
    HttpResponse<String> r = post("/api/feeds", "{\"url\":\"" + url + "\"}", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(error(r)).startsWith("field 'url'").containsAnyOf("private", "only http and https");
    assertThat(post("/api/ingest", "{\"url\":\"" + url + "\"}", TOKEN).statusCode()).isEqualTo(400);
  }

  @Test
  void whenPrivateUrlsAreAllowedAPageIsFetchedAndIngestedIntoTheServedStore() throws Exception {
    serve(local().withToken(TOKEN, true), true);
    String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/page.html";
    HttpResponse<String> r = post("/api/ingest", "{\"url\":\"" + url + "\"}", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode job = awaitJob(ContractJson.mapper().readTree(r.body()).get("id").asText());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("stored").asInt()).isEqualTo(1);
    Thread.sleep(300); // the served store refreshes every 100 ms
    JsonNode hits = ContractJson.mapper().readTree(get("/api/search?q=geneva", null, null).body());
    assertThat(hits.at("/items/0/title").asText()).isEqualTo("Geneva talks resume");
  }

  @Test
  void aFeedIsPolledAndListed() throws Exception {
    serve(local().withToken(TOKEN, true), true);
    String url = "http://127.0.0.1:" + site.getAddress().getPort() + "/page.html";
    HttpResponse<String> r = post("/api/feeds", "{\"url\":\"" + url + "\",\"everyMinutes\":60}", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode feeds = ContractJson.mapper().readTree(get("/api/feeds", null, null).body());
    assertThat(feeds.at("/0/url").asText()).isEqualTo(url);
    assertThat(feeds.at("/0/everyMinutes").asInt()).isEqualTo(60);
    String jobId = null;
    for (int i = 0; i < 100 && (jobId == null || jobId.equals("null")); i++) {
      Thread.sleep(50);
      jobId = ContractJson.mapper().readTree(get("/api/feeds", null, null).body()).at("/0/lastJob").asText();
    }
    assertThat(awaitJob(jobId).get("state").asText()).isEqualTo("done");
    assertThat(post("/api/feeds", "{\"url\":\"" + url + "\",\"everyMinutes\":0}", TOKEN).statusCode()).isEqualTo(400);
  }

  @Test
  void aRedirectToAForbiddenAddressIsRefusedBeforeItIsFollowed() {
    GuardedHttpClient client = new GuardedHttpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(),
        a -> a.getHostAddress().equals("127.0.0.2"));
    URI moved = URI.create("http://127.0.0.1:" + site.getAddress().getPort() + "/moved");
    assertThat(client.refusal(moved)).isEmpty();
    assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(moved).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class).hasMessageContaining("127.0.0.2");
    assertThatThrownBy(() -> new GuardedHttpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build(), a -> false))
        .hasMessageContaining("must not follow redirects");
  }

  @Test
  void anUploadWithAStrangeNameIsRefusedAndAGoodOneIngested() throws Exception {
    serve(local().withToken(TOKEN, false), true);
    assertThat(error(post("/api/uploads?name=../../etc/passwd.html", "x", TOKEN))).contains("'name'");
    assertThat(error(post("/api/uploads?name=a.exe", "x", TOKEN))).contains("'name'");
    HttpResponse<String> r = post("/api/uploads?name=note.txt", "Siege of Aleppo\nKerry said the siege of Aleppo went on.", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    JsonNode job = awaitJob(ContractJson.mapper().readTree(r.body()).get("id").asText());
    assertThat(job.get("stored").asInt()).as(job.toString()).isEqualTo(1);
    HttpResponse<String> lines = post("/api/uploads?name=batch.jsonl",
        "{\"id\":\"j1\",\"title\":\"Talks\",\"text\":\"Talks on Aleppo resumed in Geneva on Monday.\"}\n"
            + "{\"id\":\"j2\",\"title\":\"Storm\",\"text\":\"A storm closed the port of Bandar Abbas on Tuesday.\"}\n", TOKEN);
    JsonNode batch = awaitJob(ContractJson.mapper().readTree(lines.body()).get("id").asText());
    assertThat(batch.get("stored").asInt()).as(batch.toString()).isEqualTo(2);
  }

  @Test
  void onAnInterfaceBeyondLoopbackReadsNeedTheTokenOrTheSessionCookie() throws Exception {
    serve(new WebServer.Settings("0.0.0.0", 0, Duration.ofMillis(100), TOKEN, false, Duration.ofMinutes(15)), false);
    assertThat(get("/api/counts", null, null).statusCode()).isEqualTo(401);
    assertThat(get("/api/counts", "Authorization", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    assertThat(get("/", null, null).statusCode()).isEqualTo(200); // the page itself holds no data
    assertThat(post("/api/session", "{\"token\":\"wrong\"}", null).statusCode()).isEqualTo(401);
    HttpResponse<String> session = post("/api/session", "{\"token\":\"" + TOKEN + "\"}", null);
    String cookie = session.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
    assertThat(get("/api/counts", "Cookie", cookie.split(";")[0]).statusCode()).isEqualTo(200);
    // the cookie is good for reads only: a page on another site could make a browser send it
    HttpResponse<String> write = HTTP.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/ingest"))
        .header("Cookie", cookie.split(";")[0]).POST(HttpRequest.BodyPublishers.ofString("{\"url\":\"https://example.org\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).isIn(401, 403);
  }

  @Test
  void settingsRefuseAnOpenInterfaceWithoutATokenAndAShortToken() {
    assertThatThrownBy(() -> new WebServer.Settings("0.0.0.0", 8080, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0.0.0").hasMessageContaining("token");
    assertThatThrownBy(() -> local().withToken("short", false)).hasMessageContaining("at least 16");
    assertThat(new WebServer.Settings("localhost", 0, Duration.ofSeconds(1)).loopbackOnly()).isTrue();
  }

  @Test
  void publicAddressesAreAllowedAndEveryPrivateRangeIsNot() throws Exception {
    for (String ok : new String[] {"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "100.128.0.1", "172.32.0.1"}) {
      assertThat(PublicAddresses.isForbidden(InetAddress.getByName(ok))).as(ok).isFalse();
    }
    for (String bad : new String[] {"127.0.0.1", "127.1.2.3", "10.0.0.1", "172.16.5.4", "192.168.1.1", "169.254.169.254", "100.64.0.1",
        "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "fe80::1", "fd12:3456::1", "::ffff:127.0.0.1", "64:ff9b::a00:1"}) {
      assertThat(PublicAddresses.isForbidden(InetAddress.getByName(bad))).as(bad).isTrue();
    }
  }
}
