package org.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

class SourcesTest {
  @TempDir
  Path dir;

  private final Sources sources = Sources.withDefaults();

  private static List<Result<ArticleInput>> read(ArticleSource source) {
    List<Result<ArticleInput>> out = new ArrayList<>();
    try (source) {
      source.forEach(out::add);
    }
    return out;
  }

  private static List<ArticleInput> ok(List<Result<ArticleInput>> items) {
    return items.stream().filter(r -> r instanceof Result.Ok).map(r -> ((Result.Ok<ArticleInput>) r).value()).toList();
  }

  private static List<String> rejections(List<Result<ArticleInput>> items) {
    return items.stream().filter(r -> r instanceof Result.Rejected).map(r -> ((Result.Rejected<ArticleInput>) r).message()).toList();
  }

  @Test
  void readsJsonlLinesAndNamesTheLineThatIsNotJson() throws IOException {
    Path f = dir.resolve("in.jsonl");
    Files.writeString(f, """
        {"id": "a", "title": "One", "text": "Body one.", "published": "2016-09-04", "source": "AFP"}
        this is not json
        {"title": "no id", "text": "x"}

        {"id": 7, "html": "<p>Seven</p>"}
        """);
    ArticleSource source = sources.open(f.toString());
    assertThat(source.estimatedSize()).hasValue(4);
    List<Result<ArticleInput>> items = read(source);
    assertThat(ok(items)).extracting(ArticleInput::id).containsExactly("a", "7");
    assertThat(ok(items).get(0).published()).isEqualTo("2016-09-04");
    assertThat(rejections(items)).hasSize(2);
    assertThat(rejections(items).get(0)).startsWith(f + ":2: not JSON");
    assertThat(rejections(items).get(1)).isEqualTo(f + ":3: no 'id'");
  }

  @Test
  void rejectsAJsonlLineLongerThanTheLimitAndReadsOn() throws IOException {
    Path f = dir.resolve("big.jsonl");
    String huge = "{\"id\":\"big\",\"text\":\"" + "x".repeat(5000) + "\"}";
    Files.writeString(f, huge + "\n{\"id\":\"small\",\"text\":\"ok\"}\n");
    Sources small = new Sources(new SourceSettings(2048, java.time.Duration.ofSeconds(5), false), java.net.http.HttpClient.newHttpClient());
    List<Result<ArticleInput>> items = read(small.open(f.toString()));
    assertThat(rejections(items)).singleElement().asString().contains(":1: line of 5").contains("exceeds the limit");
    assertThat(ok(items)).extracting(ArticleInput::id).containsExactly("small");
  }

  @Test
  void readsFoldersRecursivelyInPathOrderSkippingHiddenAndOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/deeper"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("a.txt"), "Headline A\n\nBody of A.");
    Files.writeString(dir.resolve("b/deeper/c.html"), "<html><head><title>C</title></head><body><p>Body of C is here.</p></body></html>");
    Files.writeString(dir.resolve("b/d.jsonl"), "{\"id\":\"d1\",\"text\":\"D one\"}\n{\"id\":\"d2\",\"text\":\"D two\"}\n");
    Files.writeString(dir.resolve(".hidden/e.txt"), "hidden");
    Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
    ArticleSource source = sources.open(dir.toString());
    assertThat(source.estimatedSize()).hasValue(4);
    List<ArticleInput> items = ok(read(source));
    assertThat(items).extracting(ArticleInput::id).containsExactly(dir + "/a.txt", "d1", "d2", dir + "/b/deeper/c.html");
    assertThat(items.get(1).origin()).isEqualTo(dir + "/b/d.jsonl:1 (id d1)");
  }

  @Test
  void aTextFileHasItsHeadlineOnTheFirstLine() throws IOException {
    Path f = dir.resolve("wire.txt");
    Files.writeString(f, "Syria army besieges Aleppo\n\nBeirut (AFP) - Syrian troops renewed the siege.\n");
    ArticleInput a = ok(read(sources.open(f.toString()))).get(0);
    assertThat(a.title()).isEqualTo("Syria army besieges Aleppo");
    assertThat(a.text()).isEqualTo("Beirut (AFP) - Syrian troops renewed the siege.");
  }

  @Test
  void rejectsABinaryFileNamedHtmlAndAnEmptyFile() throws IOException {
    Path binary = dir.resolve("photo.html");
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    bytes[10] = 0;
    Files.write(binary, bytes);
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "");
    assertThat(rejections(read(sources.open(binary.toString())))).singleElement().asString()
        .isEqualTo(binary + ": binary content (NUL bytes), not text");
    assertThat(rejections(read(sources.open(empty.toString())))).singleElement().asString().isEqualTo(empty + ": empty file");
  }

  @Test
  void aMissingPathIsOneRejection() {
    assertThat(rejections(read(sources.open(dir.resolve("nope.jsonl").toString()))))
        .singleElement().asString().endsWith("nope.jsonl: no such file or folder");
  }

  @Test
  void readsRssEntries() throws IOException {
    Path f = dir.resolve("feed.rss");
    Files.writeString(f, """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example</link><description>d</description>
        <item><title>First</title><link>https://wire.example/1</link><pubDate>Sun, 04 Sep 2016 10:00:00 GMT</pubDate>
          <description>&lt;p&gt;Troops renewed the siege of Aleppo.&lt;/p&gt;</description></item>
        <item><title>Second</title><link>https://wire.example/2</link><description>Talks in Geneva.</description></item>
        </channel></rss>
        """);
    List<ArticleInput> items = ok(read(sources.open(f.toString())));
    assertThat(items).extracting(ArticleInput::url).containsExactly("https://wire.example/1", "https://wire.example/2");
    assertThat(items.get(0).title()).isEqualTo("First");
    assertThat(items.get(0).html()).contains("Troops renewed the siege");
    assertThat(items.get(0).published()).startsWith("2016-09-04T10:00");
    assertThat(items.get(0).source()).isEqualTo("Wire");
  }

  @Test
  void readsAtomEntries() throws IOException {
    Path f = dir.resolve("feed.atom");
    Files.writeString(f, """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:w</id><updated>2016-09-04T00:00:00Z</updated>
        <entry><title>Only</title><id>urn:1</id><link href="https://atom.example/1"/><updated>2016-09-04T08:00:00Z</updated>
        <content type="html">&lt;p&gt;Full body of the entry.&lt;/p&gt;</content></entry></feed>
        """);
    ArticleInput a = ok(read(sources.open(f.toString()))).get(0);
    assertThat(a.id()).isEqualTo("urn:1");
    assertThat(a.html()).contains("Full body of the entry.");
  }

  @Test
  void rejectsFeedWithExternalEntityWithoutResolvingIt() throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-TOKEN");
    Path f = dir.resolve("evil.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>");
    List<Result<ArticleInput>> items = read(sources.open(f.toString()));
    assertThat(ok(items)).isEmpty();
    assertThat(rejections(items)).singleElement().asString().contains("DOCTYPE").doesNotContain("TOP-SECRET");
  }

  @Test
  void rejectsMalformedFeed() throws IOException {
    Path f = dir.resolve("broken.xml");
    Files.writeString(f, "<?xml version=\"1.0\"?><rss><channel><item><title>unclosed");
    assertThat(rejections(read(sources.open(f.toString())))).singleElement().asString()
        .startsWith(f + ": not a valid RSS/Atom feed");
  }

  @Test
  void readsHtmlResponsesFromWarcAndSkipsOtherRecords() throws IOException {
    Path f = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(f, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("https://news.example/a", "text/html; charset=utf-8", "<html><body><p>Page A text here.</p></body></html>"));
      w.write(response("https://news.example/logo.png", "image/png", "PNG"));
      w.write(response("https://news.example/b", "text/html", "<html><body><p>Page B text here.</p></body></html>"));
    }
    List<Result<ArticleInput>> items = read(sources.open(f.toString()));
    assertThat(rejections(items)).isEmpty();
    assertThat(ok(items)).extracting(ArticleInput::url).containsExactly("https://news.example/a", "https://news.example/b");
    assertThat(ok(items).get(0).html()).contains("Page A text here.");
  }

  @Test
  void aTruncatedWarcYieldsThePagesReadThenSaysWhereItBroke() throws IOException {
    Path whole = dir.resolve("whole.warc.gz");
    long lastStart;
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(whole, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("https://news.example/0", "text/html", "<html><body><p>Page zero is here.</p></body></html>"));
      w.write(response("https://news.example/1", "text/html", "<html><body><p>Page one is here.</p></body></html>"));
      lastStart = w.position();
      w.write(response("https://news.example/2", "text/html", "<html><body><p>Page two " + "word ".repeat(2000) + "</p></body></html>"));
    }
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(bytes, (int) (lastStart + (bytes.length - lastStart) / 2))); // mid third record
    List<Result<ArticleInput>> items = read(sources.open(cut.toString()));
    assertThat(ok(items)).extracting(ArticleInput::url).containsExactly("https://news.example/0", "https://news.example/1");
    assertThat(rejections(items)).singleElement().asString().startsWith(cut + ": truncated or corrupt after record 2");
  }

  @Test
  void readsAFeedFromAnHttpUrl() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] feed = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Live</title><item><title>Remote</title>"
        + "<link>http://127.0.0.1:1/unreachable</link><description>" + "Long enough body. ".repeat(50) + "</description></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
    server.createContext("/rss", ex -> {
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, feed.length);
      try (OutputStream o = ex.getResponseBody()) {
        o.write(feed);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/rss";
      List<Result<ArticleInput>> items = read(sources.open(url));
      assertThat(ok(items)).extracting(ArticleInput::title).containsExactly("Remote");
      assertThat(rejections(read(sources.open("http://127.0.0.1:" + server.getAddress().getPort() + "/missing"))))
          .singleElement().asString().endsWith("/missing: HTTP status 404");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void decodesAPageWhoseDeclaredCharsetLies() {
    byte[] utf8 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Genève, Zürich</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(Decoding.html(utf8, null)).contains("Genève, Zürich");
    byte[] latin1 = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Genève</p></body></html>"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Decoding.html(latin1, null)).contains("Genève");
  }

  @Test
  void aPageInACharsetJavaCanOnlyDecodeIsReadNotFatal() throws IOException {
    Path f = dir.resolve("cn.html");
    Files.writeString(f, "<html><head><meta charset=\"iso-2022-cn\"></head><body><p>Text here.</p></body></html>");
    assertThat(ok(read(sources.open(f.toString())))).singleElement().satisfies(a -> assertThat(a.html()).contains("Text here."));
  }

  @Test
  void aUrlTheHttpClientCannotUseIsARejection() {
    assertThat(rejections(read(sources.open("http://my_host.example/feed.xml")))).singleElement().asString()
        .startsWith("http://my_host.example/feed.xml: not a usable http(s) URL");
  }

  @Test
  void aFeedIsDecodedByItsXmlDeclaration() throws IOException {
    Path f = dir.resolve("ru.xml");
    Files.write(f, ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss version=\"2.0\"><channel><title>Лента</title>"
        + "<item><title>Москва</title><link>https://ru.example/1</link><description>Текст новости.</description></item></channel></rss>")
        .getBytes(java.nio.charset.Charset.forName("windows-1251")));
    ArticleInput a = ok(read(sources.open(f.toString()))).get(0);
    assertThat(a.title()).isEqualTo("Москва");
    assertThat(a.source()).isEqualTo("Лента");
  }

  @Test
  void aDoctypeQuotedInsideAnEntryIsNotADeclaration() throws IOException {
    Path f = dir.resolve("quoted.rss");
    Files.writeString(f, "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>T</title><item><title>Page</title><link>https://x.example/p</link>"
        + "<content:encoded><![CDATA[<!DOCTYPE html><html><body><p>Quoted page body.</p></body></html>]]></content:encoded></item>"
        + "</channel></rss>");
    assertThat(ok(read(sources.open(f.toString())))).singleElement().satisfies(a -> assertThat(a.html()).contains("Quoted page body."));
  }

  @Test
  void aByteOrderMarkDoesNotSpoilTheFirstJsonlLine() throws IOException {
    Path f = dir.resolve("bom.jsonl");
    Files.write(f, ("\uFEFF{\"id\":\"first\",\"text\":\"x\"}\n{\"id\":\"second\",\"text\":\"y\"}\n").getBytes(StandardCharsets.UTF_8));
    assertThat(ok(read(sources.open(f.toString())))).extracting(ArticleInput::id).containsExactly("first", "second");
  }

  @Test
  void anUnreadableSubfolderIsNamedAndTheRestIsRead() throws IOException {
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("secret.txt"), "Hidden\n\nhidden text");
    Files.writeString(dir.resolve("open.txt"), "Open\n\nopen text");
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
      List<Result<ArticleInput>> items = read(sources.open(dir.toString()));
      assertThat(ok(items)).extracting(ArticleInput::title).containsExactly("Open");
      assertThat(rejections(items)).singleElement().asString().contains("locked").contains("cannot read");
    } finally {
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static WarcResponse response(String url, String contentType, String body) throws IOException {
    byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    return new WarcResponse.Builder(url).body(MediaType.HTTP_RESPONSE, http).build();
  }

  @SuppressWarnings("unused")
  private static byte[] gzip(byte[] in) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(out)) {
      g.write(in);
    }
    return out.toByteArray();
  }
}
