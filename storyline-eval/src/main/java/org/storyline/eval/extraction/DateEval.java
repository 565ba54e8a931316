package org.storyline.eval.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.storyline.extract.ArticleExtractor;
import org.storyline.ingest.Sources;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * Publication dates scored on {@code dates-gold.tsv}: pages of trafilatura's set whose date was
 * verified by hand in their HTML (see the file's header). A page is right when the extracted date,
 * read in its own offset, is the gold day.
 */
public final class DateEval {
  private static final String GOLD = "dates-gold.tsv";

  /** One verified page. */
  public record Gold(String file, LocalDate date, String evidence) {}

  /** @param wrong "file: expected gold, got X" for each miss */
  public record Result(int pages, int right, List<String> wrong) {
    public double accuracy() {
      return pages == 0 ? 0 : (double) right / pages;
    }
  }

  private DateEval() {}

  public static List<Gold> gold() throws IOException {
    List<Gold> out = new ArrayList<>();
    try (InputStream in = DateEval.class.getResourceAsStream(GOLD);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.startsWith("file\t") || line.isBlank()) {
          continue;
        }
        String[] cols = line.split("\t", 3);
        out.add(new Gold(cols[0], LocalDate.parse(cols[1]), cols.length > 2 ? cols[2] : ""));
      }
    }
    return out;
  }

  public static Result score(List<ExtractionGold.Page> pages) throws IOException {
    Map<String, ExtractionGold.Page> byName = new HashMap<>();
    pages.forEach(p -> byName.put(p.name(), p));
    ArticleExtractor extractor = new ArticleExtractor();
    int right = 0;
    List<Gold> gold = gold();
    List<String> wrong = new ArrayList<>();
    for (Gold g : gold) {
      ExtractionGold.Page p = byName.get(g.file());
      if (p == null) {
        throw new IOException(GOLD + " names " + g.file() + ", which the evaluation set does not have");
      }
      String html = Sources.decodeHtml(p.bytes(), null);
      var r = extractor.extract(new ArticleInput(p.name(), p.url(), null, null, null, html, null, null, p.name()));
      LocalDate got = r instanceof org.storyline.model.Result.Ok<Article> ok && ok.value().published() != null
          ? ok.value().published().toLocalDate() : null;
      if (g.date().equals(got)) {
        right++;
      } else {
        wrong.add(g.file() + ": expected " + g.date() + ", got " + got);
      }
    }
    return new Result(gold.size(), right, wrong);
  }
}
