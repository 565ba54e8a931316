package org.storyline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.storyline.json.ContractJson;

/** {@code storyline annotate} keeps the contract: one output line per input line, in order, offsets into text. */
class AnnotateIT {
  @TempDir
  Path dir;

  @Test
  void writesOneLinePerInputLineWithErrorsInPlace() throws IOException {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n",
        "{\"id\":\"t1\",\"title\":\"Talks\",\"published\":\"2016-12-03\",\"source\":\"BBC\",\"extra\":42,"
            + "\"text\":\"US Secretary of State John Kerry met Sergey Lavrov in Rome on Friday. \\\"The time is ripe for compromise,\\\" Mr Lavrov said.\"}",
        "{broken",
        "{\"id\":\"h1\",\"url\":\"https://news.example/2016/09/04/aleppo\",\"html\":\"<html><head><title>Aleppo</title></head><body><p>"
            + "Syrian troops renewed the siege of Aleppo on Sunday, leaving about 250,000 people cut off.</p></body></html>\"}",
        "{\"id\":\"bad-date\",\"text\":\"Some text.\",\"published\":\"last Tuesday\"}") + "\n");
    Path out = dir.resolve("out.jsonl");
    Cli.Outcome r = Cli.run("annotate", "--input", in.toString(), "--output", out.toString());
    assertThat(r.status()).as(r.err()).isEqualTo(1);
    List<JsonNode> lines = Files.readAllLines(out).stream().map(AnnotateIT::json).toList();
    assertThat(lines).hasSize(4);

    JsonNode t1 = lines.get(0);
    assertThat(t1.get("id").asText()).isEqualTo("t1");
    assertThat(t1.get("extra").asInt()).isEqualTo(42); // input fields are echoed
    assertThat(t1.get("published").asText()).isEqualTo("2016-12-03T00:00:00Z");
    String text = t1.get("text").asText();
    assertThat(text).startsWith("US Secretary of State John Kerry");
    for (JsonNode e : t1.get("entities")) {
      assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
    }
    assertThat(t1.get("entities")).anySatisfy(e -> assertThat(e.get("canonical").asText()).isEqualTo("Sergey Lavrov"));
    assertThat(t1.get("places")).anySatisfy(p -> assertThat(p.get("country").asText()).isEqualTo("IT"));
    assertThat(t1.get("quotes")).anySatisfy(q -> assertThat(q.at("/speaker/text").asText()).isEqualTo("Lavrov"));
    assertThat(t1.get("times")).anySatisfy(t -> assertThat(t.get("value").asText()).isEqualTo("2016-12-02"));
    assertThat(t1.get("events")).anySatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("DIPLO"));

    assertThat(lines.get(1).get("id").isNull()).isTrue();
    assertThat(lines.get(1).get("error").asText()).startsWith("line 2 is not JSON");

    JsonNode h1 = lines.get(2);
    assertThat(h1.get("title").asText()).isEqualTo("Aleppo");
    assertThat(h1.get("text").asText()).startsWith("Syrian troops renewed the siege");
    assertThat(h1.get("published").asText()).startsWith("2016-09-04");
    assertThat(h1.get("figures")).anySatisfy(f -> assertThat(f.get("value").asLong()).isEqualTo(250000L));

    assertThat(lines.get(3).get("id").asText()).isEqualTo("bad-date");
    assertThat(lines.get(3).get("error").asText()).contains("'published' is not an ISO-8601 date: last Tuesday");
    assertThat(r.err()).contains("2 lines annotated, 2 failed");
  }

  @Test
  void bytesThatAreNotUtf8SpoilOnlyTheirOwnLine() throws IOException {
    Path in = dir.resolve("latin1.jsonl");
    byte[] good = "{\"id\":\"ok\",\"text\":\"Talks in Geneva.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] latin1 = "{\"id\":\"latin1\",\"text\":\"Caf\u00e9 in Gen\u00e8ve.\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(in, concat(good, latin1, good));
    Path out = dir.resolve("out.jsonl");
    Cli.Outcome r = Cli.run("annotate", "--input", in.toString(), "--output", out.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(Files.readAllLines(out)).hasSize(3).allSatisfy(l -> assertThat(json(l).has("text")).isTrue());
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.writeBytes(p);
    }
    return b.toByteArray();
  }

  private static JsonNode json(String line) {
    try {
      return ContractJson.mapper().readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
