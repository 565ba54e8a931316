package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A folder of bad inputs beside good ones: one clear error each, the good ones stored, exit status 1. */
class BadInputIT {
  @TempDir
  Path dir;

  @Test
  void eachBadInputIsNamedWithItsReasonAndTheRestIsIngested() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] binary = new byte[2048];
    new java.util.Random(1).nextBytes(binary);
    binary[3] = 0;
    Files.write(in.resolve("photo.html"), binary);
    Path warc = in.resolve("crawl.warc.gz");
    long cutAt;
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>" + "Archived words. ".repeat(500)
          + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
      w.write(new WarcResponse.Builder("https://news.example/archived").body(MediaType.HTTP_RESPONSE, http).build());
      cutAt = w.position() / 2;
    }
    byte[] bytes = Files.readAllBytes(warc);
    Files.write(warc, java.util.Arrays.copyOf(bytes, (int) cutAt));
    Files.writeString(in.resolve("lines.jsonl"), "{\"id\":\"good-line\",\"text\":\"Police arrested two men in Geneva on Monday.\"}\n"
        + "{this is not json}\n");
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    Files.writeString(in.resolve("evil.rss"), "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri()
        + "\">]><rss version=\"2.0\"><channel><title>&x;</title><item><title>&x;</title><description>&x;</description></item></channel></rss>");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("good.txt"), "Flood hits town\nHeavy rain flooded the town of Chur in Switzerland on Sunday.");

    Cli.Outcome r = Cli.run("--data", dir.resolve("data").toString(), "ingest", in.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    List<String> failures = r.err().lines().filter(l -> l.startsWith("storyline: failed: ")).toList();
    assertThat(failures).hasSize(5);
    assertThat(failures).anySatisfy(l -> assertThat(l).contains("photo.html: binary content"))
        .anySatisfy(l -> assertThat(l).contains("crawl.warc.gz: not a valid WARC file").doesNotContain("\n"))
        .anySatisfy(l -> assertThat(l).contains("lines.jsonl:2: not JSON"))
        .anySatisfy(l -> assertThat(l).contains("evil.rss: feed declares a DOCTYPE"))
        .anySatisfy(l -> assertThat(l).contains("empty.txt: empty file"));
    assertThat(r.err()).doesNotContain("TOP-SECRET");

    Cli.Outcome export = Cli.run("--data", dir.resolve("data").toString(), "export", "--what", "articles");
    assertThat(export.out().lines().toList()).hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("\"id\":\"good-line\""))
        .anySatisfy(l -> assertThat(l).contains("good.txt").contains("\"title\":\"Flood hits town\""));
  }
}
