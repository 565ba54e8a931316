package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/** Single-document files: plain text and HTML pages, read with a size bound and binary sniffing. */
final class FileReading {
  private FileReading() {}

  /** The file's bytes, or a rejection when it is unreadable, too large, empty or binary. */
  static Result<byte[]> bytes(Path path, String name, long maxBytes) {
    try {
      long size = Files.size(path);
      if (size > maxBytes) {
        return Result.rejected(name, "file of " + megabytes(size) + " exceeds the " + megabytes(maxBytes) + " limit");
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(path)) {
        bytes = in.readNBytes((int) maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        return Result.rejected(name, "file grew beyond the " + megabytes(maxBytes) + " limit while being read");
      }
      return Decoding.whyNotText(bytes).<Result<byte[]>>map(why -> Result.rejected(name, why))
          .orElseGet(() -> Result.ok(bytes));
    } catch (IOException e) {
      return Result.rejected(name, "cannot read: " + e.getMessage());
    }
  }

  static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  /**
   * A plain-text article: the first line is the headline when it is short and more text follows,
   * the rest is the body (the layout of wire copy saved as text).
   */
  static Result<ArticleInput> textArticle(Path path, String name, long maxBytes) {
    return bytes(path, name, maxBytes).flatMap(bytes -> {
      String content = Decoding.text(bytes).replace("\r\n", "\n");
      String title = null;
      String body = content.strip();
      int newline = body.indexOf('\n');
      if (newline > 0 && newline <= 300 && !body.substring(newline).isBlank()) {
        title = body.substring(0, newline).strip();
        body = body.substring(newline + 1).strip();
      }
      if (body.isBlank()) {
        return Result.rejected(name, "no text");
      }
      return Result.ok(new ArticleInput(name, null, null, title, body, null, null, null, name));
    });
  }

  /** An HTML page; the extraction stage finds its title, date and body. */
  static Result<ArticleInput> htmlArticle(Path path, String name, long maxBytes) {
    return bytes(path, name, maxBytes).map(bytes ->
        new ArticleInput(name, null, null, null, null, Decoding.html(bytes, null), null, null, name));
  }
}
