package org.storyline.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * trafilatura's evaluation set as it lies in {@code ../shared/data/extraction/trafilatura-eval}:
 * {@code gold.json} maps each page's URL to its file under {@code html/} (gzipped) and the snippets
 * its extracted body must contain ({@code with}) and must not contain ({@code without}).
 */
public final class ExtractionGold {

  /**
   * One page of the set.
   *
   * @param index   position in {@code gold.json}, from 0; even and odd indexes make the two halves
   * @param url     the page's URL (the key of {@code gold.json})
   * @param file    the gzipped page
   * @param with    snippets the body must contain
   * @param without snippets the body must not contain
   */
  public record Page(int index, String url, Path file, List<String> with, List<String> without) {
    public Page {
      with = List.copyOf(with);
      without = List.copyOf(without);
    }

    public String name() {
      String n = file.getFileName().toString();
      return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }

    public byte[] bytes() throws IOException {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
        return in.readAllBytes();
      }
    }
  }

  private ExtractionGold() {}

  /** The pages of the set in {@code dir}, in the order of its {@code gold.json}. */
  public static List<Page> read(Path dir) throws IOException {
    JsonNode root = new ObjectMapper().readTree(dir.resolve("gold.json").toFile());
    List<Page> pages = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode v = e.getValue();
      Path file = dir.resolve("html").resolve(v.path("file").asText() + ".gz");
      if (!Files.isReadable(file)) {
        throw new IOException(dir + ": gold.json names " + v.path("file").asText() + " but html/ has no such .gz file");
      }
      pages.add(new Page(pages.size(), e.getKey(), file, strings(v.path("with")), strings(v.path("without"))));
    }
    return pages;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
