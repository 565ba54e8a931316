package org.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.storyline.extract.Dates;
import org.storyline.json.ContractJson;

/**
 * Picks the demo corpus from ECB+ dev: only articles whose publication date can be recovered (a
 * date in the URL, else a dateline opening the text), ranked by how much they are about violence,
 * disasters and conflict (a keyword count per 1,000 characters), the top {@code size} kept in
 * publication order, as a news stream would deliver them. The gold labels (topic, event) are left
 * out. Deterministic.
 */
final class DemoCorpusBuilder {
  private static final ObjectMapper JSON = ContractJson.mapper();
  private static final Pattern SUBJECT = Pattern.compile(
      "\\b(kill(ed|ing|s)?|dead|death|died|shoot(ing|s)?|shot|gunman|gunmen|murder(ed|s)?|attack(ed|s)?|bomb(s|ing)?|"
          + "explo(sion|ded)|earthquake|quake|flood(s|ing)?|fire|blaze|arson|riot(s|ing)?|protest(s|ers)?|police|arrest(ed)?|"
          + "charged|wounded|injured|pirates?|war|troops|soldiers?|rebels?|clash(es)?|hostages?|kidnap(ped)?|crash(ed)?|"
          + "victims?|heist|robbers?|escape[ds]?|prison|violence)\\b",
      Pattern.CASE_INSENSITIVE);

  private record Candidate(int order, JsonNode doc, String published, double score) {}

  int build(Path ecbplus, Path out, int size) throws IOException {
    List<Candidate> candidates = new ArrayList<>();
    int order = 0;
    for (String line : Files.readAllLines(ecbplus, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode doc = JSON.readTree(line);
      String url = doc.path("url").isTextual() ? doc.get("url").asText() : null;
      String text = doc.path("text").asText("");
      Optional<OffsetDateTime> date = Dates.fromUrl(url).or(() -> Dates.fromDateline(text.split("\n", 2)[0]));
      if (date.isEmpty() || text.isBlank()) {
        continue;
      }
      Matcher m = SUBJECT.matcher(text + " " + doc.path("title").asText(""));
      int hits = 0;
      while (m.find()) {
        hits++;
      }
      double score = hits * 1000.0 / Math.max(500, text.length());
      candidates.add(new Candidate(order++, doc, date.get().format(DateTimeFormatter.ISO_LOCAL_DATE), score));
    }
    List<Candidate> chosen = candidates.stream()
        .sorted(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::order))
        .limit(size)
        .sorted(Comparator.comparing(Candidate::published).thenComparingInt(Candidate::order))
        .toList();
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(out))) {
      for (Candidate c : chosen) {
        ObjectNode a = JSON.createObjectNode();
        String url = c.doc().path("url").isTextual() ? c.doc().get("url").asText() : null;
        a.put("id", "ecbplus-" + c.doc().get("id").asText());
        a.put("url", url);
        a.put("source", host(url));
        a.put("title", c.doc().path("title").asText(null));
        a.put("text", c.doc().get("text").asText());
        a.put("published", c.published());
        a.put("language", "en");
        o.write(JSON.writeValueAsBytes(a));
        o.write('\n');
      }
    }
    return chosen.size();
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
