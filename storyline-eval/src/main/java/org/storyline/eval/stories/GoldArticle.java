package org.storyline.eval.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.storyline.json.ContractJson;

/**
 * One article of a clustering gold file ({@code clusters/ecbplus-dev.jsonl}): its text and its two
 * gold labels. ECB+ gives no publication dates.
 *
 * @param id    the gold file's id; never shown to the clusterer (see {@link ClusterEval})
 * @param topic gold topic: related stories ("celebrity checks into rehab")
 * @param event gold event within the topic ("1a", "1b"): one real-world story
 * @param url   the gold file's URL, or null; never shown to the clusterer
 */
public record GoldArticle(String id, String topic, String event, String url, String title, String text) {

  /** Reads the file in its order; a line without an id, a topic, an event or a text is an error naming the line. */
  public static List<GoldArticle> read(Path jsonl) throws IOException {
    ObjectMapper json = ContractJson.mapper();
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode d = json.readTree(line);
        for (String field : List.of("id", "topic", "event", "text")) {
          if (d.path(field).isMissingNode() || d.path(field).isNull()) {
            throw new IOException(jsonl + ":" + n + ": no '" + field + "'");
          }
        }
        out.add(new GoldArticle(d.get("id").asText(), d.get("topic").asText(), d.get("event").asText(),
            d.path("url").isTextual() ? d.get("url").asText() : null,
            d.path("title").isTextual() ? d.get("title").asText() : null, d.get("text").asText()));
      }
    }
    return out;
  }
}
