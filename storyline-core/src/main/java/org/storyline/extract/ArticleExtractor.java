package org.storyline.extract;

import java.io.Serializable;
import java.time.Duration;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * The extraction stage: an {@link ArticleInput} to an {@link Article}, or a rejection saying why not.
 *
 * <ul>
 *   <li>Caller-given {@code text} is used verbatim (every offset downstream points into it).
 *   <li>Otherwise {@code html} is extracted: title, publication date and body.
 *   <li>Caller-given fields win over what the page says; a caller-given {@code published} that is
 *       not ISO-8601 is a rejection, not a silent null.
 * </ul>
 *
 * A page is never an exception: broken markup, lying charsets (decoded upstream), script-only and
 * binary pages give an article or a rejection with its reason, and each page gets a time budget
 * ({@link Settings#pageBudget()}) after which it is rejected rather than left to hang a batch.
 * Stateless and thread-safe.
 */
public final class ArticleExtractor {
  /**
   * @param pageBudget   time one HTML page may take; then it is rejected
   * @param maxPageChars longest HTML page accepted, in characters; longer ones are rejected unparsed
   */
  public record Settings(Duration pageBudget, int maxPageChars) implements Serializable {
    /**
     * 10 s a page (a 10 MB page takes about one on an idle core, a typical page a few milliseconds),
     * 32 M characters.
     */
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), 32 << 20);

    public Settings {
      Objects.requireNonNull(pageBudget, "pageBudget");
      if (pageBudget.isNegative() || pageBudget.isZero()) {
        throw new IllegalArgumentException("extract.pageBudget must be positive, was " + pageBudget);
      }
      if (maxPageChars < 1) {
        throw new IllegalArgumentException("extract.maxPageChars must be at least 1, was " + maxPageChars);
      }
    }
  }

  private final HtmlExtractor html;

  /** Default settings on the system clock. */
  public ArticleExtractor() {
    this(Settings.DEFAULTS, InstantSource.system());
  }

  public ArticleExtractor(Settings settings, InstantSource clock) {
    this.html = new HtmlExtractor(Objects.requireNonNull(settings, "settings"), Objects.requireNonNull(clock, "clock"));
  }

  public Result<Article> extract(ArticleInput input) {
    String name = input.origin() != null ? input.origin() : input.id();
    OffsetDateTime published = null;
    if (input.published() != null && !input.published().isBlank()) {
      Optional<OffsetDateTime> parsed = Dates.parse(input.published());
      if (parsed.isEmpty()) {
        return Result.rejected(name, "'published' is not an ISO-8601 date: " + input.published());
      }
      published = parsed.get();
    }
    if (input.text() != null) {
      if (input.text().isBlank()) {
        return Result.rejected(name, "'text' is empty");
      }
      return Result.ok(new Article(input.id(), input.url(), source(input, null), blankToNull(input.title()),
          input.text(), published != null ? published : Dates.fromUrl(input.url()).orElse(null), input.language()));
    }
    if (input.html() == null || input.html().isBlank()) {
      return Result.rejected(name, "neither 'text' nor 'html' has content");
    }
    OffsetDateTime given = published;
    Result<ExtractedPage> extracted;
    try {
      extracted = html.extract(input.html(), input.url(), name);
    } catch (RuntimeException | StackOverflowError e) { // a bug must cost one page, not the batch; the reason says which
      return Result.rejected(name, "extraction failed: " + e);
    }
    return extracted.map(page -> new Article(
        input.id(),
        input.url() != null ? input.url() : page.canonicalUrl(),
        source(input, page.siteName()),
        input.title() != null && !input.title().isBlank() ? input.title() : page.title(),
        page.text(),
        given != null ? given : page.published(),
        input.language() != null ? input.language() : page.language()));
  }

  /** The outlet: as given, else the page's site name, else the URL's host without "www.". */
  private static String source(ArticleInput input, String siteName) {
    if (input.source() != null && !input.source().isBlank()) {
      return input.source();
    }
    if (siteName != null) {
      return siteName;
    }
    if (input.url() == null) {
      return null;
    }
    try {
      String host = java.net.URI.create(input.url()).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
