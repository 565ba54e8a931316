package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.storyline.model.Result;

/** Fetches http(s) resources with a timeout and a size bound; failures are rejections naming the URL. */
final class Fetcher {
  private final HttpClient client;
  private final SourceSettings settings;

  Fetcher(HttpClient client, SourceSettings settings) {
    this.client = client;
    this.settings = settings;
  }

  /**
   * What came back: the body as bytes (feeds decode themselves from their XML declaration), decoded
   * as a page, and the media type (lower case, without parameters).
   */
  record Fetched(String url, String mediaType, String contentType, byte[] bytes, String text) {
    boolean isHtml() {
      return mediaType.contains("html");
    }

    boolean looksLikeFeed() {
      String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading();
      boolean feedType = mediaType.contains("rss") || mediaType.contains("atom")
          || (mediaType.contains("xml") && !mediaType.contains("html"));
      boolean feedStart = (head.startsWith("<?xml") && !head.contains("<html")) || head.startsWith("<rss") || head.startsWith("<feed");
      return feedType || feedStart;
    }
  }

  Result<Fetched> fetch(String url) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(settings.fetchTimeout())
          .header("User-Agent", "Storyline/0.1 (+https://github.com/storyline)")
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5")
          .GET()
          .build();
    } catch (IllegalArgumentException e) { // not a URI, or one the HTTP client cannot use (no host, "my_host")
      return Result.rejected(url, "not a usable http(s) URL: " + e.getMessage());
    }
    try {
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() / 100 != 2) {
          return Result.rejected(url, "HTTP status " + response.statusCode());
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
        if (bytes.length > settings.maxBytes()) {
          return Result.rejected(url, "response exceeds the " + FileReading.megabytes(settings.maxBytes()) + " limit");
        }
        var notText = Decoding.whyNotText(bytes);
        if (notText.isPresent()) {
          return Result.rejected(url, notText.get());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String mediaType = contentType.split(";")[0].strip();
        String charset = null;
        for (String param : contentType.split(";")) {
          String p = param.strip();
          if (p.startsWith("charset=")) {
            charset = p.substring("charset=".length()).replace("\"", "");
          }
        }
        return Result.ok(new Fetched(response.uri().toString(), mediaType, contentType, bytes, Decoding.html(bytes, charset)));
      }
    } catch (IOException e) {
      return Result.rejected(url, "fetch failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.rejected(url, "fetch interrupted");
    }
  }
}
