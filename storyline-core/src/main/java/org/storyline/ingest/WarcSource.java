package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * HTML pages from the response records of a WARC or WARC.gz file, read with jwarc. Other records
 * (requests, metadata, images, redirects) are skipped. A corrupt or truncated archive yields the
 * pages read so far, then one rejection saying where it broke.
 */
final class WarcSource implements ArticleSource {
  private final Path path;
  private final String name;
  private final SourceSettings settings;
  private WarcReader reader;

  WarcSource(Path path, String name, SourceSettings settings) {
    this.path = path;
    this.name = name;
    this.settings = settings;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public OptionalLong estimatedSize() {
    return OptionalLong.empty(); // knowing would mean reading the whole archive twice
  }

  @Override
  public Iterator<Result<ArticleInput>> iterator() {
    try {
      reader = new WarcReader(path);
    } catch (IOException | IllegalArgumentException e) {
      return java.util.List.<Result<ArticleInput>>of(Result.rejected(name, "not a readable WARC file: " + e.getMessage())).iterator();
    }
    return new Lookahead<>() {
      private int records;
      private boolean broken;

      @Override
      protected Result<ArticleInput> advance() {
        while (!broken) {
          Optional<WarcRecord> record;
          try {
            record = reader.next();
          } catch (IOException | RuntimeException e) {
            broken = true; // nothing after a broken record can be trusted to be where it claims
            return Result.rejected(name, (records == 0 ? "not a valid WARC file" : "truncated or corrupt after record " + records)
                + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
          }
          if (record.isEmpty()) {
            return end();
          }
          records++;
          if (record.get() instanceof WarcResponse response) {
            Result<ArticleInput> page = page(response, records);
            if (page != null) {
              return page;
            }
          }
        }
        return end();
      }
    };
  }

  /** The page in a response record, or null when the record holds no HTML page. */
  private Result<ArticleInput> page(WarcResponse response, int number) {
    String where = name + " record " + number;
    try {
      String url = response.target();
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      String base = type.base().toString();
      if (http.status() / 100 != 2 || !(base.equals("text/html") || base.equals("application/xhtml+xml"))) {
        return null;
      }
      byte[] bytes;
      try (InputStream in = http.bodyDecoded().stream()) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
      }
      if (bytes.length > settings.maxBytes()) {
        return Result.rejected(where + " (" + url + ")", "page exceeds the " + FileReading.megabytes(settings.maxBytes()) + " limit");
      }
      Optional<String> notText = Decoding.whyNotText(bytes);
      if (notText.isPresent()) {
        return Result.rejected(where + " (" + url + ")", notText.get());
      }
      String html = Decoding.html(bytes, type.parameters().get("charset"));
      return Result.ok(new ArticleInput(url, url, null, null, null, html, null, null, where + " (" + url + ")"));
    } catch (IOException | RuntimeException e) {
      return Result.rejected(where, "unreadable HTTP response: " + e.getMessage());
    }
  }

  private void closeQuietly() {
    try {
      if (reader != null) {
        reader.close();
      }
    } catch (IOException ignored) {
      // read-only archive: nothing to recover on close
    }
  }

  @Override
  public void close() {
    closeQuietly();
    reader = null;
  }
}
