package org.storyline.dedup;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.model.Article;
import org.storyline.model.StableId;

/**
 * The keys that make two articles the same article: the caller's id, the normalised URL (scheme
 * and host in lower case, no fragment, no tracking parameters, no trailing slash), and a hash of
 * the normalised body text (Unicode NFKC, lower case, punctuation and whitespace collapsed).
 *
 * @param idKey   "i:" + id
 * @param urlKey  "u:" + normalised URL, or null without a URL
 * @param textKey "t:" + 128-bit hex hash of the normalised text
 */
public record ArticleFingerprint(String idKey, String urlKey, String textKey) {

  public static ArticleFingerprint of(Article article) {
    String url = article.url() == null ? null : normaliseUrl(article.url());
    return new ArticleFingerprint("i:" + article.id(), url == null ? null : "u:" + url, "t:" + textHash(article.text()));
  }

  /** The keys that say "this very article is already stored": its id, else its URL, else its text. */
  public List<String> sameArticleKeys() {
    List<String> keys = new ArrayList<>(3);
    keys.add(idKey);
    if (urlKey != null) {
      keys.add(urlKey);
    } else {
      keys.add(textKey);
    }
    return keys;
  }

  public List<String> allKeys() {
    return urlKey == null ? List.of(idKey, textKey) : List.of(idKey, urlKey, textKey);
  }

  static String normaliseUrl(String url) {
    try {
      URI u = URI.create(url.strip());
      if (u.getScheme() == null || u.getHost() == null) {
        return url.strip();
      }
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      if (path.length() > 1 && path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query = u.getRawQuery();
      if (query != null) {
        List<String> kept = new ArrayList<>();
        for (String param : query.split("&")) {
          String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (!name.startsWith("utm_") && !name.equals("fbclid") && !name.equals("gclid") && !name.isEmpty()) {
            kept.add(param);
          }
        }
        query = kept.isEmpty() ? null : String.join("&", kept);
      }
      String host = u.getHost().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      return u.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (port < 0 ? "" : ":" + port) + path
          + (query == null ? "" : "?" + query);
    } catch (IllegalArgumentException e) {
      return url.strip();
    }
  }

  static String textHash(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    return StableId.sha256Hex(normal, 16);
  }
}
