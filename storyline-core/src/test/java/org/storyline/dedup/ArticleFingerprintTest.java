package org.storyline.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.storyline.model.Article;

class ArticleFingerprintTest {
  private static Article article(String id, String url, String text) {
    return new Article(id, url, null, null, text, null, null);
  }

  @Test
  void theSameUrlWrittenDifferentlyIsOneKey() {
    String a = ArticleFingerprint.of(article("1", "HTTPS://News.Example/world/story/?utm_source=rss#top", "x")).urlKey();
    String b = ArticleFingerprint.of(article("2", "https://news.example/world/story", "y")).urlKey();
    assertThat(a).isEqualTo(b).isEqualTo("u:https://news.example/world/story");
  }

  @Test
  void textKeysIgnoreCaseSpacingAndPunctuationButNotWords() {
    String a = ArticleFingerprint.of(article("1", null, "Troops  renewed the siege.\n\n“It is over,” he said.")).textKey();
    String b = ArticleFingerprint.of(article("2", null, "troops renewed the siege \"it is over\" he said")).textKey();
    String c = ArticleFingerprint.of(article("3", null, "troops lifted the siege \"it is over\" he said")).textKey();
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
  }

  @Test
  void anArticleWithoutUrlIsKnownByItsIdAndText() {
    ArticleFingerprint f = ArticleFingerprint.of(article("x", null, "text"));
    assertThat(f.sameArticleKeys()).containsExactly("i:x", f.textKey());
  }
}
