package org.storyline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real browser (Debian's headless Chromium, installed by .ci/run): stories list, a
 * story with its map and articles, search with highlights, and hostile article text shown as text.
 * Skipped when Chromium or its driver is not installed.
 */
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir
  static Path data;

  private static WebFixture web;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Chromium and chromedriver are not installed (.ci/run installs them); browser test skipped");
    web = new WebFixture(data);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,800", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (web != null) {
      web.close();
    }
  }

  /** Each test starts from a fresh page: a hash change alone would keep the previous test's DOM. */
  @org.junit.jupiter.api.BeforeEach
  void blank() {
    browser.get("about:blank");
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @Test
  void opensAStoryWithItsMapAndShowsHostileTextAsText() {
    browser.get(web.base() + "/");
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li[data-story]"), 2));
    WebElement siege = browser.findElement(By.cssSelector("#items li[data-story='s-1']"));
    assertThat(siege.findElement(By.className("item-title")).getText()).isEqualTo(WebFixture.HOSTILE);
    siege.click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("story-title")));
    assertThat(browser.findElement(By.id("story-title")).getText()).isEqualTo(WebFixture.HOSTILE);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.map circle.pin")));
    List<WebElement> land = browser.findElements(By.cssSelector("svg.map path.land"));
    assertThat(land).hasSizeGreaterThan(100);
    assertThat(browser.findElements(By.cssSelector("#articles tbody tr"))).hasSize(1);
    assertThat(browser.findElement(By.cssSelector("#events tbody tr")).getText()).contains("GOV_REGAINS_TERIT").contains("Aleppo");
    JavascriptExecutor js = browser;
    assertThat(js.executeScript("return window.pwned === undefined && document.body.dataset.pwned === undefined")).isEqualTo(true);
    assertThat(browser.findElements(By.cssSelector("#items img, #detail img, #detail script"))).isEmpty();
  }

  @Test
  void searchShowsHitsWithTheMatchMarked() {
    browser.get(web.base() + "/#/search/earthquake");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#items li mark")));
    assertThat(browser.findElement(By.cssSelector("#items li mark")).getText()).isEqualToIgnoringCase("earthquake");
    browser.findElement(By.cssSelector("#items li")).click();
    waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Quake hits Iran"));
  }

  @Test
  void opensAnArticleWhoseIdIsAPath() {
    browser.get(web.base() + "/#/story/s-2");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Odd id"))).click();
    waiting().until(ExpectedConditions.textToBe(By.id("article-title"), "Odd id"));
    assertThat(browser.findElement(By.id("article-text")).getText()).isEqualTo("An article whose id is a path.");
  }

  @Test
  void aMalformedLinkShowsTheListInsteadOfNothing() {
    browser.get(web.base() + "/#/story/%E0%A4");
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#items li[data-story]"), 2));
  }

  @Test
  void anArticleTextWithMarkupIsShownLiterally() {
    browser.get(web.base() + "/#/article/a1");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertThat(browser.findElement(By.id("article-text")).getText()).contains("<b>bold</b> & more.");
    assertThat(browser.findElements(By.cssSelector("#article-text b"))).isEmpty();
  }
}
