package org.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * The ingest stage's front door: turns what a user names into an {@link ArticleSource}.
 *
 * <ul>
 *   <li>a folder: every supported file under it, recursively
 *   <li>{@code .jsonl}: the contract's input lines
 *   <li>{@code .txt}: one article, headline on the first line
 *   <li>{@code .html}, {@code .htm}: one page
 *   <li>{@code .xml}, {@code .rss}, {@code .atom}: an RSS or Atom feed
 *   <li>{@code .warc}, {@code .warc.gz}: a web archive
 *   <li>an {@code http(s)://} URL: a feed, or else a single page
 * </ul>
 *
 * A file with another extension is recognised by its first bytes.
 */
public final class Sources {
  private final SourceSettings settings;
  private final Fetcher fetcher;

  public Sources(SourceSettings settings, HttpClient http) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.fetcher = new Fetcher(Objects.requireNonNull(http, "http"), settings);
  }

  /** Sources with default settings and an HTTP client that follows redirects. */
  public static Sources withDefaults() {
    return new Sources(SourceSettings.DEFAULTS, HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(SourceSettings.DEFAULTS.fetchTimeout())
        .build());
  }

  /**
   * A page's bytes as text, decoded the way ingest decodes every HTML file and WARC record (see
   * {@code Decoding}: BOM, declared charset unless the bytes contradict it, UTF-8, windows-1252).
   *
   * @param declaredCharset the transport's charset (HTTP header), or null
   */
  public static String decodeHtml(byte[] bytes, String declaredCharset) {
    return Decoding.html(bytes, declaredCharset);
  }

  SourceSettings settings() {
    return settings;
  }

  enum Kind { JSONL, TEXT, HTML, FEED, WARC, UNKNOWN }

  static Kind kindOf(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
      return Kind.JSONL;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return Kind.TEXT;
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return Kind.HTML;
    }
    if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
      return Kind.FEED;
    }
    if (n.endsWith(".warc") || n.endsWith(".warc.gz")) {
      return Kind.WARC;
    }
    return Kind.UNKNOWN;
  }

  /** Opens a path or URL as the user wrote it; a missing path is a source with one rejection. */
  public ArticleSource open(String pathOrUrl) {
    if (pathOrUrl.regionMatches(true, 0, "http://", 0, 7) || pathOrUrl.regionMatches(true, 0, "https://", 0, 8)) {
      return openUrl(pathOrUrl);
    }
    Path path = Path.of(pathOrUrl);
    if (Files.isDirectory(path)) {
      return new FileTreeSource(path, pathOrUrl, this);
    }
    if (!Files.exists(path)) {
      return rejected(pathOrUrl, "no such file or folder");
    }
    return openFile(path, pathOrUrl);
  }

  /**
   * Opens one file under the name its articles and messages carry (a .txt or .html file's article
   * takes it as id): what the folder reader does for each file, for callers that keep files under
   * names of their own, such as the web's uploads. Whatever goes wrong becomes a rejection naming
   * it, never an exception.
   */
  public ArticleSource openFile(Path file, String name) {
    try {
      return openFileUnguarded(file, name);
    } catch (RuntimeException e) {
      return rejected(name, "cannot read: " + e);
    }
  }

  private ArticleSource openFileUnguarded(Path file, String name) {
    Kind kind = kindOf(file);
    if (kind == Kind.UNKNOWN) {
      kind = sniff(file);
    }
    return switch (kind) {
      case JSONL -> new JsonlSource(file, name, settings);
      case WARC -> new WarcSource(file, name, settings);
      case TEXT -> single(name, FileReading.textArticle(file, name, settings.maxBytes()));
      case HTML -> single(name, FileReading.htmlArticle(file, name, settings.maxBytes()));
      case FEED -> switch (FileReading.bytes(file, name, settings.maxBytes())) {
        case Result.Ok<byte[]>(byte[] bytes) -> new FeedSource(bytes, null, name, null);
        case Result.Rejected<byte[]> r -> rejected(name, r.reason());
      };
      case UNKNOWN -> rejected(name, "not a supported type (.jsonl, .txt, .html, .xml/.rss/.atom, .warc[.gz])");
    };
  }

  /** Recognises a file by its first bytes when its name says nothing. */
  private static Kind sniff(Path file) {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(512);
    } catch (IOException e) {
      return Kind.TEXT; // reading will fail again and say why
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return Kind.WARC; // gzip: of what we read, only WARC comes compressed
    }
    String start = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
    if (start.startsWith("WARC/")) {
      return Kind.WARC;
    }
    if (start.startsWith("{")) {
      return Kind.JSONL;
    }
    String lower = start.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<rss") || lower.startsWith("<feed") || lower.startsWith("<rdf")
        || (lower.startsWith("<?xml") && !lower.contains("<html"))) {
      return Kind.FEED;
    }
    return lower.startsWith("<") ? Kind.HTML : Kind.TEXT;
  }

  private ArticleSource openUrl(String url) {
    return new ArticleSource() {
      private ArticleSource delegate;

      private ArticleSource delegate() {
        if (delegate == null) {
          Result<Fetcher.Fetched> fetched = fetcher.fetch(url);
          if (fetched instanceof Result.Rejected<Fetcher.Fetched> r) {
            delegate = rejected(url, r.reason());
          } else {
            Fetcher.Fetched page = ((Result.Ok<Fetcher.Fetched>) fetched).value();
            delegate = page.looksLikeFeed()
                ? new FeedSource(page.bytes(), page.contentType(), url, settings.fetchLinkedPages() ? fetcher : null)
                : single(url, Result.ok(new ArticleInput(page.url(), page.url(), null, null, null, page.text(), null, null, url)));
          }
        }
        return delegate;
      }

      @Override
      public String name() {
        return url;
      }

      @Override
      public OptionalLong estimatedSize() {
        return delegate().estimatedSize();
      }

      @Override
      public Iterator<Result<ArticleInput>> iterator() {
        return delegate().iterator();
      }

      @Override
      public void close() {
        if (delegate != null) {
          delegate.close();
        }
      }
    };
  }

  private static ArticleSource rejected(String name, String reason) {
    return single(name, Result.rejected(name, reason));
  }

  private static ArticleSource single(String name, Result<ArticleInput> item) {
    return new ArticleSource() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public OptionalLong estimatedSize() {
        return OptionalLong.of(1);
      }

      @Override
      public Iterator<Result<ArticleInput>> iterator() {
        return List.of(item).iterator();
      }

      @Override
      public void close() {
        // nothing held open
      }
    };
  }
}
