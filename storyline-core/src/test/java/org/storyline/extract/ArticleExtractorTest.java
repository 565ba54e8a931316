package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String PAGE = """
      <html lang="en-GB"><head><title>Aleppo siege renewed | World News Site</title>
      <meta property="og:site_name" content="World News Site">
      <meta property="article:published_time" content="2016-09-04T09:30:00+03:00">
      <link rel="canonical" href="https://news.example/world/aleppo-siege">
      </head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <div class="share-bar"><a href="#">Share on Facebook</a></div>
      <article><h1>Aleppo siege renewed</h1>
      <p>Syrian government troops renewed the siege of rebel-held parts of Aleppo on Sunday, a monitor said.</p>
      <p>The development leaves about 250,000 people cut off from the outside world once again.</p>
      <blockquote>"The regime is comfortably in control," the Observatory's head said in a statement.</blockquote>
      </article>
      <aside class="related"><p>Related: ten things you did not know about sieges in history and literature</p></aside>
      <footer><p>Copyright World News Site 2016. All rights reserved. Terms and privacy.</p></footer>
      </body></html>
      """;

  private Article extract(ArticleInput in) {
    Result<Article> r = extractor.extract(in);
    assertThat(r).isInstanceOf(Result.Ok.class);
    return ((Result.Ok<Article>) r).value();
  }

  @Test
  void findsTitleDateAndBodyWithoutBoilerplate() {
    Article a = extract(new ArticleInput("p1", null, null, null, null, PAGE, null, null, "page.html"));
    assertThat(a.title()).isEqualTo("Aleppo siege renewed");
    assertThat(a.published()).hasToString("2016-09-04T09:30+03:00");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.source()).isEqualTo("World News Site");
    assertThat(a.url()).isEqualTo("https://news.example/world/aleppo-siege");
    assertThat(a.text()).contains("renewed the siege of rebel-held parts of Aleppo")
        .contains("250,000 people cut off")
        .contains("comfortably in control")
        .doesNotContain("Share on Facebook", "Home", "Related:", "Copyright");
    assertThat(a.text()).contains("\n\n"); // paragraphs kept apart
  }

  @Test
  void keepsCallerTextVerbatimAndCallerFieldsFirst() {
    String text = "  Line one.\n\nLine two with “quotes”.  ";
    Article a = extract(new ArticleInput("t1", "https://www.wire.example/2016/09/04/story", null, "Given title", text, null,
        null, null, "in.jsonl:1"));
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.source()).isEqualTo("wire.example");
    assertThat(a.published()).hasToString("2016-09-04T00:00Z"); // from the URL when not given
  }

  @Test
  void readsTheDateFromJsonLdWhenNoMetaTagHasIt() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"NewsArticle\","
        + "\"headline\":\"H\",\"datePublished\":\"2016-12-03T08:00:00Z\"}]}</script></head><body><p>"
        + "A paragraph long enough to be the body of this article, and then some more words.</p></body></html>";
    Article a = extract(new ArticleInput("j", null, null, null, null, html, null, null, "j.html"));
    assertThat(a.published()).hasToString("2016-12-03T08:00Z");
  }

  @Test
  void rejectsAPageWithNoTextAndABadPublishedValue() {
    Result<Article> scriptOnly = extractor.extract(new ArticleInput("s", null, null, null, null,
        "<html><body><script>var x = 1;</script></body></html>", null, null, "s.html"));
    assertThat(scriptOnly).isInstanceOfSatisfying(Result.Rejected.class,
        r -> assertThat(r.message()).isEqualTo("s.html: no article text found in the HTML"));
    Result<Article> badDate = extractor.extract(new ArticleInput("d", null, null, null, "text", null, "yesterday", null, "in.jsonl:4"));
    assertThat(badDate).isInstanceOfSatisfying(Result.Rejected.class,
        r -> assertThat(r.message()).isEqualTo("in.jsonl:4: 'published' is not an ISO-8601 date: yesterday"));
  }

  @Test
  void parsesTheDateFormsPagesUse() {
    assertThat(Dates.parse("2016-09-04")).hasValueSatisfying(d -> assertThat(d).hasToString("2016-09-04T00:00Z"));
    assertThat(Dates.parse("2016-09-04 10:15:00")).hasValueSatisfying(d -> assertThat(d).hasToString("2016-09-04T10:15Z"));
    assertThat(Dates.parse("Sun, 04 Sep 2016 10:00:00 GMT")).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2016-09-04"));
    assertThat(Dates.fromUrl("http://articles.latimes.com/2013/may/03/local/la-me")).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2013-05-03"));
    assertThat(Dates.fromUrl("http://x.example/news/article.jsp?ymd=20081216&c=1")).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2008-12-16"));
    assertThat(Dates.fromUrl("http://x.example/2013/05/no-day")).isEmpty();
    assertThat(Dates.fromDateline("May 03, 2013")).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2013-05-03"));
    assertThat(Dates.fromDateline("27 NOVEMBER, 2005")).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2005-11-27"));
    assertThat(Dates.fromDateline("Updated Saturday, December 05, 2009 8: 28 PM")).hasValueSatisfying(d -> assertThat(d.toLocalDate()).hasToString("2009-12-05"));
    assertThat(Dates.fromDateline("March 2011 was when it began")).isEmpty();
  }
}
