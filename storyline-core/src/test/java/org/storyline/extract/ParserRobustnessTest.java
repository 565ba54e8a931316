package org.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.ingest.ArticleSource;
import org.storyline.ingest.Sources;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * Randomized: whatever bytes arrive as a page, a feed or a JSONL file, reading and extraction return
 * results or rejections, never throw, and every article's text is non-empty. The seed is printed
 * on failure so a case can be replayed.
 */
class ParserRobustnessTest {
  private static final String[] FRAGMENTS = {
    "<html>", "</html>", "<body>", "<p>", "</p>", "<div class=\"share\">", "</div>", "<script>", "</script>", "<!--", "-->",
    "<meta charset=\"utf-16\">", "<meta property=\"article:published_time\" content=\"", "2016-13-45", "\">", "<title>",
    "</title>", "&amp;", "&#x0;", "&#xD800;", "<![CDATA[", "]]>", "<rss>", "<item>", "<description>", "<!DOCTYPE x [",
    "<a href=\"javascript:alert(1)\">", "é", "\u0000", "\uFFFF", "\n", " ", "word ", "Aleppo ", "<table><tr><td>",
    "<pre>", "<li>", "<h1>", "\"", "'", "<", ">", "&", "{\"@graph\":[", "datePublished", "}", "<time datetime=\"x\">"
  };

  @TempDir
  Path dir;

  @Test
  void randomPagesNeverThrow() {
    ArticleExtractor extractor = new ArticleExtractor();
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 400; i++) {
      String html = randomMarkup(random, 1 + random.nextInt(300));
      ArticleInput in = new ArticleInput("r" + i, random.nextBoolean() ? null : "https://x.example/2016/09/04/" + i, null, null,
          null, html, null, null, "random " + i);
      Result<Article> r;
      try {
        r = extractor.extract(in);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", case " + i + ": " + e, e);
      }
      if (r instanceof Result.Ok<Article>(Article a)) {
        assertThat(a.text()).as("seed %d case %d", seed, i).isNotBlank();
      } else {
        assertThat(((Result.Rejected<Article>) r).reason()).as("seed %d case %d", seed, i).isNotBlank();
      }
    }
  }

  @Test
  void randomFilesOfEveryTypeNeverThrow() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Sources sources = Sources.withDefaults();
    String[] extensions = {".html", ".txt", ".jsonl", ".xml", ".rss", ".warc", ".warc.gz", ".bin"};
    for (int i = 0; i < 120; i++) {
      Path f = dir.resolve("f" + i + extensions[i % extensions.length]);
      byte[] bytes = random.nextInt(3) == 0 ? randomBytes(random, random.nextInt(2000))
          : randomMarkup(random, random.nextInt(200)).getBytes(i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.UTF_16);
      Files.write(f, bytes);
      List<Result<ArticleInput>> items = new ArrayList<>();
      try (ArticleSource s = sources.open(f.toString())) {
        s.forEach(items::add);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", file " + f + ": " + e, e);
      }
      for (Result<ArticleInput> r : items) {
        if (r instanceof Result.Rejected<ArticleInput> rej) {
          assertThat(rej.message()).as("seed %d", seed).startsWith(f.toString()).doesNotContain("\n");
        }
      }
    }
  }

  private static String randomMarkup(Random random, int parts) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < parts; k++) {
      b.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return b.toString();
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }
}
