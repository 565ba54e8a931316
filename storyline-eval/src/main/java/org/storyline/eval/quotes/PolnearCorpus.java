package org.storyline.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A PolNeAR split ({@code text/NAME.txt} and {@code attributions/NAME_ANNOTATOR.ann}, BRAT standoff)
 * as documents with their attributions. An attribution is one {@code E} line tying a Content, a Cue
 * and (unless it is {@code Attribution-no-source}) a Source; each may be discontinuous
 * ({@code Content 315 448;463 553}) and Content may come twice ({@code Content2}).
 *
 * <p>Some documents were annotated by several annotators (two of the 84 dev documents by six); the
 * first annotation file in name order is used, so that no document counts more than once.
 */
public record PolnearCorpus(List<Doc> docs) {
  private static final Pattern ANN_FILE = Pattern.compile("(.+)_[0-9a-f]{4}\\.ann");
  private static final Pattern SPAN_LINE = Pattern.compile("(T\\d+)\\t(\\S+) ([\\d ;]+)\\t.*");

  /** [start, end) character offsets into the document text. */
  public record Span(int start, int end) {
    public int length() {
      return end - start;
    }
  }

  /** One attribution; {@code source} is empty for an attribution without a source. */
  public record Attribution(List<Span> content, List<Span> cue, List<Span> source) {}

  public record Doc(String name, String text, List<Attribution> attributions) {}

  public static PolnearCorpus read(Path split) throws IOException {
    Map<String, Path> annotation = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
      for (Path f : files.sorted().toList()) {
        Matcher m = ANN_FILE.matcher(f.getFileName().toString());
        if (m.matches()) {
          annotation.putIfAbsent(m.group(1), f);
        }
      }
    }
    List<Doc> docs = new ArrayList<>();
    for (Map.Entry<String, Path> e : annotation.entrySet()) {
      Path text = split.resolve("text").resolve(e.getKey() + ".txt");
      if (Files.exists(text)) {
        docs.add(new Doc(e.getKey(), Files.readString(text, StandardCharsets.UTF_8), attributions(e.getValue())));
      }
    }
    return new PolnearCorpus(List.copyOf(docs));
  }

  private static List<Attribution> attributions(Path ann) throws IOException {
    Map<String, List<Span>> spans = new HashMap<>();
    List<Attribution> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (String line : lines) { // a span's text may run over several lines; only lines that start with an id count
      Matcher m = SPAN_LINE.matcher(line);
      if (m.matches()) {
        List<Span> fragments = new ArrayList<>();
        for (String fragment : m.group(3).split(";")) {
          String[] se = fragment.trim().split(" ");
          fragments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        spans.put(m.group(1), List.copyOf(fragments));
      }
    }
    for (String line : lines) {
      if (!line.startsWith("E") || line.indexOf('\t') < 0) {
        continue;
      }
      Map<String, List<Span>> role = new HashMap<>();
      for (String arg : line.substring(line.indexOf('\t') + 1).trim().split("\\s+")) {
        int colon = arg.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String key = arg.substring(0, colon).replaceAll("\\d+$", "");
        role.computeIfAbsent(key, k -> new ArrayList<>()).addAll(spans.getOrDefault(arg.substring(colon + 1), List.of()));
      }
      List<Span> content = role.getOrDefault("Content", List.of());
      if (!content.isEmpty()) {
        out.add(new Attribution(List.copyOf(content), List.copyOf(role.getOrDefault("Cue", List.of())),
            List.copyOf(role.getOrDefault("Source", List.of()))));
      }
    }
    return List.copyOf(out);
  }

  public long characters() {
    return docs.stream().mapToLong(d -> d.text().length()).sum();
  }
}
