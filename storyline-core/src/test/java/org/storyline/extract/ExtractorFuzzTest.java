package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.storyline.ingest.Sources;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * Randomized and hostile pages against the HTML extractor: mutated real-looking articles, binary
 * garbage, a 10 MB page, nesting 100,000 deep, script-only pages, charsets that lie. Each gives an
 * article with non-blank text or a rejection with a reason, never an exception; the run is guarded
 * against hangs (not timed: the bound is generous). The seed is printed on failure for replay.
 */
class ExtractorFuzzTest {
  private static final String ARTICLE = """
      <!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Hochwasser in Passau | Tagblatt</title>
      <meta property="article:published_time" content="2016-06-02T08:00:00+02:00">
      <script type="application/ld+json">{"@type":"NewsArticle","author":{"name":"Anna Maier"}}</script></head>
      <body><nav><a href="/">Start</a> <a href="/lokal">Lokal</a></nav>
      <div id="content"><article><h1>Hochwasser in Passau</h1><p class="byline">Von Anna Maier, 2. Juni 2016</p>
      <p>Die Donau ist in Passau am Donnerstag auf über zehn Meter gestiegen, die Altstadt steht unter Wasser.</p>
      <p>Hunderte Helfer füllten Sandsäcke, die Feuerwehr brachte Bewohner mit Booten in Sicherheit.</p>
      <blockquote>„So etwas haben wir seit 2013 nicht gesehen“, sagte der Oberbürgermeister.</blockquote>
      <ul><li>Schulen bleiben geschlossen, bis das Wasser sinkt.</li><li>Die Bahnstrecke nach Wien ist gesperrt.</li></ul>
      </article><div class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Pegel</a></li><li><a href="/b">Wetter</a></li></ul></div>
      <div class="comments"><p>Leserkommentar: schlimm!</p></div></div><footer>Impressum · Datenschutz</footer></body></html>
      """;

  private final ArticleExtractor extractor = new ArticleExtractor();

  private static void assertSane(Result<Article> r, String what) {
    if (r instanceof Result.Ok<Article>(Article a)) {
      assertThat(a.text()).as(what).isNotBlank();
    } else {
      assertThat(((Result.Rejected<Article>) r).reason()).as(what).isNotBlank();
    }
  }

  private Result<Article> extract(String html, String what) {
    try {
      return extractor.extract(new ArticleInput("f", "https://x.example/2016/06/02/a", null, null, null, html, null, null, what));
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": " + e, e);
    }
  }

  @Test
  void mutatedPagesGiveAnArticleOrAReasonNeverAnException() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int i = 0; i < 300; i++) {
        String what = "seed " + seed + " case " + i;
        assertSane(extract(mutate(ARTICLE, random, 1 + random.nextInt(40)), what), what);
      }
    });
  }

  @Test
  void theUnmutatedPageKeepsItsBodyAndDropsItsFurniture() {
    Result<Article> r = extract(ARTICLE, "article");
    assertThat(r).isInstanceOfSatisfying(Result.Ok.class, ok -> {
      Article a = (Article) ok.value();
      assertThat(a.text()).contains("auf über zehn Meter gestiegen", "seit 2013 nicht gesehen", "Bahnstrecke nach Wien")
          .doesNotContain("Mehr zum Thema", "Leserkommentar", "Impressum", "Start");
      assertThat(a.title()).isEqualTo("Hochwasser in Passau");
    });
  }

  @Test
  void binaryGarbageIsRejectedWithItsReason() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      byte[] bytes = new byte[1 + random.nextInt(20_000)];
      random.nextBytes(bytes);
      String html = Sources.decodeHtml(bytes, random.nextBoolean() ? null : "utf-8");
      assertSane(extract(html, "seed " + seed + " garbage " + i), "seed " + seed + " garbage " + i);
    }
    byte[] zeros = new byte[5000];
    assertThat(extract(new String(zeros, StandardCharsets.ISO_8859_1), "zeros"))
        .isInstanceOfSatisfying(Result.Rejected.class, rj -> assertThat(rj.reason()).contains("binary content"));
  }

  @Test
  void aTenMegabytePageGivesItsArticle() {
    StringBuilder b = new StringBuilder(11 << 20);
    b.append("<html><body><div class=\"sidebar\">");
    while (b.length() < 10 << 20) {
      b.append("<div><a href=\"/x\">Link zu einem anderen Artikel</a></div>\n");
    }
    b.append("</div>").append(ARTICLE.substring(ARTICLE.indexOf("<div id=\"content\">")));
    // a budget far above the time needed (under a second on an idle core) so that a busy machine cannot fail the test
    ArticleExtractor patient = new ArticleExtractor(new ArticleExtractor.Settings(Duration.ofMinutes(1), 32 << 20),
        InstantSource.system());
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      Result<Article> r = patient.extract(new ArticleInput("big", null, null, null, null, b.toString(), null, null, "10 MB"));
      assertSane(r, "10 MB");
      assertThat(r).as(r.toString()).isInstanceOfSatisfying(Result.Ok.class,
          ok -> assertThat(((Article) ok.value()).text()).contains("Hunderte Helfer"));
    });
  }

  @Test
  void nestingOneHundredThousandDeepDoesNotOverflowTheStack() {
    String deep = "<html><body>" + "<div>".repeat(100_000) + "<p>Ein Absatz ganz unten in der Verschachtelung, lang genug für einen Text.</p>"
        + "</div>".repeat(100_000) + "</body></html>";
    String spans = "<html><body><p>" + "<span><b>".repeat(50_000) + "Text tief in Inline-Elementen, lang genug für einen Absatz."
        + "</b></span>".repeat(50_000) + "</p></body></html>";
    assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
      assertSane(extract(deep, "deep divs"), "deep divs");
      assertSane(extract(spans, "deep spans"), "deep spans");
    });
  }

  @Test
  void scriptOnlyAndEmptyPagesAreRejectedWithAReason() {
    for (String html : new String[] {"<html><head><script>var a = 1;</script></head><body><script>render()</script></body></html>",
        "<html></html>", "<!-- nothing -->", "<style>p{}</style>", "<svg><text>not an article</text></svg>"}) {
      assertThat(extract(html, html)).isInstanceOfSatisfying(Result.Rejected.class,
          rj -> assertThat(rj.reason()).isEqualTo("no article text found in the HTML"));
    }
  }

  @Test
  void aCharsetThatLiesIsOverruledByTheBytes() {
    byte[] bytes = ARTICLE.replace("utf-8", "iso-8859-1").getBytes(StandardCharsets.UTF_8);
    Result<Article> r = extract(Sources.decodeHtml(bytes, "iso-8859-1"), "lying charset");
    assertThat(r).isInstanceOfSatisfying(Result.Ok.class,
        ok -> assertThat(((Article) ok.value()).text()).contains("Hunderte Helfer füllten Sandsäcke"));
  }

  @Test
  void aPageThatOutlastsItsBudgetIsRejectedNamingTheBudget() {
    AtomicLong millis = new AtomicLong();
    InstantSource slow = () -> Instant.ofEpochMilli(millis.addAndGet(400)); // every look at the clock costs 400 ms
    ArticleExtractor tight = new ArticleExtractor(new ArticleExtractor.Settings(Duration.ofSeconds(1), 1 << 20), slow);
    Result<Article> r = tight.extract(new ArticleInput("b", null, null, null, null, ARTICLE, null, null, "slow.html"));
    assertThat(r).isInstanceOfSatisfying(Result.Rejected.class,
        rj -> assertThat(rj.reason()).startsWith("time budget of 1000 ms spent while"));
  }

  @Test
  void settingsNameTheBadKeyAndValue() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleExtractor.Settings(Duration.ZERO, 10))
        .hasMessage("extract.pageBudget must be positive, was PT0S");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ArticleExtractor.Settings(Duration.ofSeconds(1), 0))
        .hasMessage("extract.maxPageChars must be at least 1, was 0");
  }

  /** Deletes, duplicates, swaps and inserts random slices and markup. */
  static String mutate(String page, Random random, int edits) {
    StringBuilder b = new StringBuilder(page);
    String[] junk = {"<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<script>", "</script>", "<a href=x>", "</a>", "\u0000",
        "&#xD800;", "<table>", "<td>", "<![CDATA[", "\uFFFD", "<br>", "<pre>", "<time datetime=\"2016-02-30\">", "\"", "<"};
    for (int e = 0; e < edits && b.length() > 1; e++) {
      int at = random.nextInt(b.length());
      int len = Math.min(b.length() - at, 1 + random.nextInt(60));
      switch (random.nextInt(4)) {
        case 0 -> b.delete(at, at + len);
        case 1 -> b.insert(at, b.substring(at, at + len));
        case 2 -> b.insert(at, junk[random.nextInt(junk.length)]);
        default -> {
          int other = random.nextInt(b.length() - len + 1);
          String slice = b.substring(at, at + len);
          b.delete(at, at + len);
          b.insert(Math.min(other, b.length()), slice);
        }
      }
    }
    return b.toString();
  }
}
