package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.storyline.json.ContractJson;

/**
 * The pages in a real browser (Debian's headless Chromium, installed by .ci/run), used as an
 * analyst would: markers on the map, brushing the timeline, opening a cluster, an event with its
 * sources, a story, a search with a facet, an entity, the keyboard, a phone-wide window, and a
 * hostile page ingested while the page is open, which appears live and runs nothing. Screenshots
 * go to target/screenshots. Skipped when Chromium or its driver is not installed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the ingest test adds to the data the others count
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final String TOKEN = "browser-test-token-0123456789";

  @TempDir
  static Path data;

  /** A failing test leaves its screenshot, the page's text and the browser's console for whoever reads the CI log. */
  @org.junit.jupiter.api.extension.RegisterExtension
  static final org.junit.jupiter.api.extension.TestWatcher ON_FAILURE = new org.junit.jupiter.api.extension.TestWatcher() {
    @Override
    public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
      if (browser == null) {
        return;
      }
      String name = "failed-" + context.getRequiredTestMethod().getName();
      try {
        shot(name);
        StringBuilder text = new StringBuilder("URL: " + browser.getCurrentUrl() + "\n\n" + browser.findElement(By.tagName("body")).getText());
        text.append("\n\nready: ").append(js("return document.readyState")).append("\nresources:\n")
            .append(js("return performance.getEntriesByType('resource').map(e => e.name + ' ' + Math.round(e.duration) + ' ms').join('\\n')"));
        text.append("\n\nconsole:\n");
        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).forEach(l -> text.append(l).append('\n'));
        Files.writeString(SHOTS.resolve(name + ".txt"), text);
        System.err.println(name + ":\n" + text);
      } catch (Exception e) {
        System.err.println(name + ": could not record the page: " + e);
      }
    }
  };

  private static WebFixture web;
  private static TestIngester ingester;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and chromedriver are not installed (.ci/run installs them); browser test skipped");
    ingester = new TestIngester(data);
    web = new WebFixture(data, new WebServer.Settings("127.0.0.1", 0, Duration.ofMillis(200)).withToken(TOKEN, false), ingester);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,800", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
    if (ingester != null) {
      ingester.close();
    }
  }

  /** Each test starts from a fresh page at the laptop size: a hash change alone would keep the previous test's DOM. */
  @BeforeEach
  void blank() {
    browser.get("about:blank");
    browser.manage().window().setSize(new Dimension(1280, 800));
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(30)); // generous: CI machines run other work beside
  }

  private static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void nothingRan() {
    assertThat(js("return window.pwned === undefined && document.body.dataset.pwned === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#view img, #view script, #view [onerror], #view [onmouseover]"))).isEmpty();
  }

  /** Loads the page afresh at {@code hash}: going to another hash of the same page would keep its DOM until the router ran. */
  private static void open(String hash) {
    browser.get("about:blank");
    browser.get(web.base() + "/" + hash);
  }

  @Test
  void theOverviewShowsMarkersAndBrushingTheTimelineNarrowsMapAndList() throws Exception {
    open("#/");
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("svg.world"), "data-markers", "3"));
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#event-list li[data-event]"), 3));
    assertThat(browser.findElements(By.cssSelector("svg.world path.land"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("svg.world .marker, svg.world .cluster"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector("svg.timeline .bars rect"))).hasSize(3);
    shot("overview");
    // the timeline spans 2016-09-04 .. 2016-09-10 (7 days): drag across the first two
    WebElement timeline = browser.findElement(By.cssSelector("svg.timeline"));
    int w = timeline.getSize().getWidth();
    new Actions(browser).moveToElement(timeline, -w / 2 + w / 14, 0).clickAndHold()
        .moveToElement(timeline, -w / 2 + 3 * w / 14, 0).release().perform();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brush-range"), "2016-09-04 – 2016-09-05"));
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("svg.world"), "data-markers", "2"));
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#event-list li[data-event]"), 2));
    assertThat(browser.findElements(By.cssSelector("#event-list li[data-event='e-2']"))).isEmpty();
    shot("overview-brushed");
    // the keyboard moves the brush a day at a time; Escape shows every day again
    timeline.sendKeys(Keys.ARROW_RIGHT);
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("brush-range"), "2016-09-05 – 2016-09-06"));
    timeline.sendKeys(Keys.ESCAPE);
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("svg.world"), "data-markers", "3"));
  }

  @Test
  void aClusterOpensAndAMarkerOpensItsEventWithEachSourceAndTheirDisagreement() throws Exception {
    open("#/");
    // Aleppo and Idlib lie 60 km apart: one cluster at world scale
    WebElement cluster = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.world .cluster[data-count='2']")));
    cluster.click();
    WebElement marker = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.world a.marker[data-event='e-1']")));
    marker.sendKeys(Keys.ENTER); // markers are links: the keyboard opens them
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-title"), "GOV_REGAINS_TERIT"));
    List<WebElement> sentences = browser.findElements(By.cssSelector("#sentences li"));
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).getText()).contains("Kerry said troops besieged Aleppo.").contains("Test Wire");
    assertThat(sentences.get(1).getText()).contains("five people died").contains("BBC News");
    assertThat(browser.findElement(By.id("conflict")).getText()).isEqualTo("sources disagree");
    assertThat(browser.findElements(By.cssSelector("#sources td.conflict"))).extracting(WebElement::getText).containsExactly("3", "5");
    assertThat(browser.findElement(By.cssSelector(".facts")).getText()).contains("Syrian Army (state forces)").contains("(max)")
        .contains("Aleppo (Syria)");
    nothingRan();
    shot("event");
    browser.findElement(By.cssSelector("#sentences li a[href='#/article/a3']")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Aleppo districts retaken"));
  }

  @Test
  void aStoryShowsItsEventsArticlesSideBySidePlacesQuotesAndRelatedStoriesAndRunsNoMarkup() throws Exception {
    open("#/stories");
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li[data-story]"), 3));
    WebElement siege = browser.findElement(By.cssSelector("#items li[data-story='s-1']"));
    assertThat(siege.findElement(By.className("item-title")).getText()).isEqualTo(WebFixture.HOSTILE);
    siege.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#quotes li")));
    assertThat(browser.findElement(By.id("story-title")).getText()).isEqualTo(WebFixture.HOSTILE);
    assertThat(browser.findElements(By.cssSelector("#articles li.card"))).extracting(e -> e.findElement(By.className("outlet")).getText())
        .containsExactly("Test Wire", "BBC News");
    assertThat(browser.findElement(By.cssSelector("#events tbody tr")).getText()).contains("GOV_REGAINS_TERIT").contains("Aleppo");
    assertThat(browser.findElements(By.cssSelector("svg.map.small circle.pin"))).hasSize(1);
    assertThat(browser.findElements(By.cssSelector("svg.map.small path.land"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#quotes li")).getText()).contains("troops besieged Aleppo").contains("Kerry");
    assertThat(browser.findElement(By.cssSelector("#figures tbody tr")).getText()).contains("killed").contains("3");
    assertThat(browser.findElement(By.id("related")).getText()).contains("Talks on Aleppo");
    assertThat(browser.findElement(By.id("story-summary")).getText()).isEqualTo("Government forces retook Aleppo districts; five people died, medics said.");
    nothingRan();
    shot("story");
  }

  @Test
  void aSearchNarrowsByAFacetAndMarksTheMatches() throws Exception {
    open("#/");
    WebElement input = waiting().until(ExpectedConditions.elementToBeClickable(By.id("search-input")));
    input.sendKeys("aleppo", Keys.ENTER);
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li[data-article]"), 2));
    assertThat(browser.findElement(By.cssSelector("#items li mark")).getText()).isEqualToIgnoringCase("aleppo");
    assertThat(browser.findElement(By.cssSelector("fieldset[data-facet='country']")).getText()).contains("Syria");
    WebElement bbc = browser.findElement(By.cssSelector("input[data-facet='outlet'][data-value='BBC News']"));
    bbc.click();
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li[data-article]"), 1));
    assertThat(browser.findElement(By.cssSelector("#items li[data-article]")).getAttribute("data-article")).isEqualTo("a3");
    assertThat(browser.getCurrentUrl()).contains("outlet=BBC+News");
    assertThat(browser.findElement(By.cssSelector("input[data-facet='outlet'][data-value='BBC News']")).isSelected()).isTrue();
    shot("search");
    browser.findElement(By.cssSelector("#items li[data-article]")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Aleppo districts retaken"));
  }

  @Test
  void anEntityShowsItsNamesEventsAsActorAndQuotes() {
    open("#/entities");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entities li[data-entity='en-kerry']"))).sendKeys(Keys.ENTER);
    waiting().until(ExpectedConditions.textToBe(By.id("entity-name"), "John Kerry"));
    assertThat(browser.findElement(By.id("aliases")).getText()).contains("Kerry").contains("John Kerry");
    assertThat(browser.findElement(By.cssSelector("#entity-events tbody tr")).getText()).contains("AIR_STRIKE").contains("actor 2");
    assertThat(browser.findElement(By.cssSelector("#entity-quotes li")).getText()).contains("troops besieged Aleppo");
  }

  @Test
  @Order(Integer.MAX_VALUE) // unordered tests come at Integer.MAX_VALUE / 2
  void aHostilePageIngestedWhileTheOverviewIsOpenAppearsWithoutReloadAndRunsNothing() throws Exception {
    open("#/");
    waiting().until(ExpectedConditions.attributeToBe(By.id("counts"), "data-articles", "4"));
    js("window.stillTheSamePage = true");
    String page = "<html><head><title>Aleppo <script>window.pwned=2</script> report</title></head><body>"
        + "<h1 onmouseover=\"window.pwned=3\">Aleppo report</h1>"
        + "<p>Kerry said on Sunday that troops besieged Aleppo again. <img src=x onerror=\"window.pwned=4\"> The siege of the "
        + "eastern districts went on for a third week, residents said, and food was running out in the markets.</p>"
        + "<p><a href=\"javascript:window.pwned=5\">More</a> <svg onload=\"window.pwned=6\"></svg> Aid convoys waited at the "
        + "edge of the city while negotiators in Geneva talked about a ceasefire that would let them through.</p>"
        + "<script>window.pwned=7</script></body></html>";
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base() + "/api/uploads?name=hostile.html"))
        .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(page, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    String jobId = ContractJson.mapper().readTree(r.body()).get("id").asText();
    JsonNode job = null;
    for (int i = 0; i < 300 && (job == null || !job.get("state").asText().matches("done|failed")); i++) {
      Thread.sleep(100);
      job = ContractJson.mapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(web.base() + "/api/jobs/" + jobId))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
    }
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
    assertThat(job.get("stored").asLong()).as(job.toString()).isEqualTo(1);
    WebElement item = new WebDriverWait(browser, Duration.ofSeconds(40))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#latest li.new")));
    assertThat(item.getText()).contains("Aleppo <script>window.pwned=2</script> report");
    assertThat(browser.findElement(By.id("counts")).getAttribute("data-articles")).isEqualTo("5");
    assertThat(js("return window.stillTheSamePage")).isEqualTo(true);
    nothingRan();
    item.findElement(By.tagName("a")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("Aleppo <script>window.pwned=2</script> report");
    new Actions(browser).moveToElement(browser.findElement(By.id("article-text"))).perform();
    nothingRan();
  }

  @Test
  void atPhoneWidthNothingOverflowsSideways() throws Exception {
    browser.manage().window().setSize(new Dimension(390, 844));
    open("#/");
    waiting().until(ExpectedConditions.attributeToBe(By.cssSelector("svg.world"), "data-markers", "3"));
    assertThat(((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).intValue()).isLessThanOrEqualTo(0);
    shot("overview-phone");
    open("#/story/s-1");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles li.card")));
    assertThat(((Number) js("return document.documentElement.scrollWidth - window.innerWidth")).intValue()).isLessThanOrEqualTo(0);
  }

  @Test
  void opensAnArticleWhoseIdIsAPathAndShowsMarkupLiterally() {
    open("#/story/s-2");
    waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Odd id"))).click();
    waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Odd id"));
    assertThat(browser.findElement(By.id("article-text")).getText()).isEqualTo("An article whose id is a path.");
    open("#/article/a1");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertThat(browser.findElement(By.id("article-text")).getText()).contains("<b>bold</b> & more.");
    assertThat(browser.findElements(By.cssSelector("#article-text b"))).isEmpty();
  }

  /**
   * The screenshots for docs/: the real demo (`storyline demo`, CoreNLP and all) is too slow to
   * ingest in this suite, so this runs only when {@code -Dstoryline.demo.data=DIR} names a store
   * that {@code storyline demo --no-serve --data DIR} filled.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void screenshotsOfTheDemo() throws Exception {
    String dir = System.getProperty("storyline.demo.data", "");
    Assumptions.assumeTrue(!dir.isBlank() && Files.isDirectory(Path.of(dir, "index")), "no demo store given (-Dstoryline.demo.data)");
    try (var store = org.storyline.store.lucene.LuceneStore.openReadOnly(Path.of(dir));
         var demo = WebServer.start(store, new WebServer.Settings("127.0.0.1", 0, Duration.ofSeconds(1)), java.time.InstantSource.system())) {
      String base = "http://127.0.0.1:" + demo.port() + "/";
      browser.get(base + "#/");
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.world .marker, svg.world .cluster")));
      Thread.sleep(500);
      shot("demo-overview");
      WebElement timeline = browser.findElement(By.cssSelector("svg.timeline"));
      int w = timeline.getSize().getWidth();
      // the demo's articles date from 2005 to 2013; dates named in them reach back decades: brush the dense end
      new Actions(browser).moveToElement(timeline, w / 2 - w / 6, 0).clickAndHold().moveToElement(timeline, w / 2 - w / 40, 0).release().perform();
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("brush-range")));
      Thread.sleep(800);
      shot("demo-overview-brushed");
      String story = (String) js("return fetch('/api/stories?limit=60').then(r => r.json()).then(p => p.items.sort((a, b) => b.articles.length - a.articles.length)[0].id)");
      browser.get(base + "#/story/" + java.net.URLEncoder.encode(story, StandardCharsets.UTF_8));
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles li.card")));
      Thread.sleep(500);
      shot("demo-story");
      String event = (String) js("return fetch('/api/events?limit=500').then(r => r.json()).then(p => p.items.sort((a, b) => b.source_articles.length - a.source_articles.length)[0].event_id)");
      browser.get(base + "#/event/" + java.net.URLEncoder.encode(event, StandardCharsets.UTF_8));
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#sentences li")));
      Thread.sleep(500);
      shot("demo-event");
      browser.get(base + "#/search?q=earthquake");
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-facet='country']"))).click();
      waiting().until(ExpectedConditions.urlContains("country="));
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#items li[data-article]")));
      Thread.sleep(500);
      shot("demo-search");
      browser.get("about:blank");
      browser.manage().window().setSize(new Dimension(390, 844));
      browser.get(base + "#/");
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.world .marker, svg.world .cluster")));
      Thread.sleep(500);
      shot("demo-phone");
      browser.get("about:blank"); // leave the demo server before it stops
    }
  }

  @Test
  void aMalformedLinkShowsAPageInsteadOfNothing() {
    open("#/story/%E0%A4");
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li[data-story]"), 3));
  }
}
