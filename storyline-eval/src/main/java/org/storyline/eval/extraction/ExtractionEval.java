package org.storyline.eval.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.storyline.eval.Counts;
import org.storyline.eval.Table;
import org.storyline.extract.ArticleExtractor;
import org.storyline.ingest.Sources;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/**
 * Body extraction scored the way trafilatura scores its evaluation set: over all pages, each
 * {@code with} snippet found in the output is a true positive and missing a false negative; each
 * {@code without} snippet found is a false positive and absent a true negative. A page without output
 * counts all its {@code with} snippets missing and all its {@code without} absent. Whitespace is
 * collapsed in the output and the snippets alike, so that line breaks between blocks, which every
 * system places differently, do not decide a match.
 */
public final class ExtractionEval {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** A system's output for one page: the text (null when it gave none) and the CPU seconds it took. */
  public record Output(String text, double seconds) {}

  /** A system's outputs by page index. */
  public record Run(String system, Map<Integer, Output> outputs) {
    public double seconds() {
      return outputs.values().stream().mapToDouble(Output::seconds).sum();
    }
  }

  /** Scores of one run: all pages, the even-indexed half (tuned on), the odd half (held out). */
  public record Score(String system, int pages, Counts all, Counts even, Counts odd, double seconds) {
    public double pagesPerSecond() {
      return pages / seconds;
    }
  }

  private ExtractionEval() {}

  /**
   * Storyline's extractor over every page, after a warm-up pass, on the calling thread. Time is the
   * process's CPU time (garbage collection and JIT included), not wall time: on a shared machine
   * wall time measures the neighbours; the peers' runners report CPU time the same way.
   */
  public static Run storyline(List<ExtractionGold.Page> pages) throws IOException {
    ArticleExtractor extractor = new ArticleExtractor();
    List<byte[]> bytes = new ArrayList<>();
    for (ExtractionGold.Page p : pages) {
      bytes.add(p.bytes());
    }
    for (int i = 0; i < pages.size(); i++) { // warm-up: the JIT compiles, as it would in any long ingest
      extract(extractor, pages.get(i), bytes.get(i));
    }
    Map<Integer, Output> out = new TreeMap<>();
    var cpu = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < pages.size(); i++) {
      long t0 = cpu.getProcessCpuTime();
      String text = extract(extractor, pages.get(i), bytes.get(i));
      out.put(pages.get(i).index(), new Output(text, (cpu.getProcessCpuTime() - t0) / 1e9));
    }
    return new Run("storyline", out);
  }

  /** Decoding and extraction, as ingest does them for an HTML file; null when the page is rejected. */
  private static String extract(ArticleExtractor extractor, ExtractionGold.Page page, byte[] bytes) {
    String html = Sources.decodeHtml(bytes, null);
    Result<Article> r = extractor.extract(new ArticleInput(page.name(), page.url(), null, null, null, html, null, null, page.name()));
    return r instanceof Result.Ok<Article> ok ? ok.value().text() : null;
  }

  /** One page's counts for a text (null: no output). */
  public static Counts score(ExtractionGold.Page page, String text) {
    if (text == null) {
      return new Counts(0, 0, page.with().size(), page.without().size());
    }
    String t = normal(text);
    long tp = page.with().stream().filter(s -> t.contains(normal(s))).count();
    long fp = page.without().stream().filter(s -> t.contains(normal(s))).count();
    return new Counts(tp, fp, page.with().size() - tp, page.without().size() - fp);
  }

  static String normal(String s) {
    return SPACE.matcher(s).replaceAll(" ").strip();
  }

  public static Score score(List<ExtractionGold.Page> pages, Run run) {
    Counts all = Counts.ZERO;
    Counts even = Counts.ZERO;
    Counts odd = Counts.ZERO;
    for (ExtractionGold.Page p : pages) {
      Output o = run.outputs().get(p.index());
      Counts c = score(p, o == null ? null : o.text());
      all = all.plus(c);
      if (p.index() % 2 == 0) {
        even = even.plus(c);
      } else {
        odd = odd.plus(c);
      }
    }
    return new Score(run.system(), pages.size(), all, even, odd, run.seconds());
  }

  /** The side-by-side table: P, R, F1 over all pages, F1 of each half, pages/s. */
  public static String table(List<Score> scores) {
    Table t = new Table("system", "pages", "P", "R", "F1", "F1 even", "F1 odd", "pages/s");
    for (Score s : scores) {
      t.row(s.system(), s.pages(), s.all().precision(), s.all().recall(), s.all().f1(), s.even().f1(), s.odd().f1(),
          s.pagesPerSecond());
    }
    return t.toString();
  }

  /**
   * What a run got wrong, page by page: each missed {@code with} snippet ("- ") and each leaked
   * {@code without} snippet ("+ "), for reading the failures by cause.
   */
  public static String failures(List<ExtractionGold.Page> pages, Run run) {
    StringBuilder b = new StringBuilder();
    for (ExtractionGold.Page p : pages) {
      Output o = run.outputs().get(p.index());
      String text = o == null ? null : o.text();
      String t = text == null ? null : normal(text);
      List<String> lines = new ArrayList<>();
      for (String s : p.with()) {
        if (t == null || !t.contains(normal(s))) {
          lines.add("  - missing: " + s);
        }
      }
      for (String s : p.without()) {
        if (t != null && t.contains(normal(s))) {
          lines.add("  + leaked:  " + s);
        }
      }
      if (!lines.isEmpty()) {
        b.append(p.index()).append(' ').append(p.name()).append(' ').append(p.url())
            .append(text == null ? " (no output)" : " (" + text.length() + " chars)").append('\n');
        lines.forEach(l -> b.append(l).append('\n'));
      }
    }
    return b.toString();
  }
}
