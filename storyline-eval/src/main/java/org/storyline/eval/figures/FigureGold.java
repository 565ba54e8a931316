package org.storyline.eval.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.json.ContractJson;
import org.storyline.model.FigureKind;

/**
 * The hand-annotated figures ({@code figures-gold.jsonl}, see its README): documents of the shared
 * data by corpus and id, each with every figure of people it contains (none for a document read
 * that has none), split into a dev half for tuning and a test half for reporting.
 */
public record FigureGold(List<Doc> docs) {
  /** The gold set shipped with this module. */
  public static final String RESOURCE = "/org/storyline/eval/figures/figures-gold.jsonl";
  public static final Set<String> SPLITS = Set.of("dev", "test");

  /** A span of the document text. */
  public record Span(int start, int end, String text) {
    boolean overlaps(int otherStart, int otherEnd) {
      return start < otherEnd && otherStart < end;
    }
  }

  /**
   * One annotated figure.
   *
   * @param cumulative null where the text does not make it clear (not scored)
   * @param source     the attributed source, or null
   * @param when       the time expression the figure refers to, or null
   */
  public record Gold(int start, int end, String text, FigureKind kind, long value, Long min, Long max,
      boolean approximate, Boolean cumulative, Span source, Span when) {}

  /**
   * One document read.
   *
   * @param corpus {@code ecbplus} or {@code case2021}
   * @param chars  the length of its text, checked against the shared data
   */
  public record Doc(String corpus, String id, String split, int chars, List<Gold> figures) {}

  public FigureGold {
    docs = List.copyOf(docs);
  }

  public static FigureGold bundled() {
    try (InputStream in = FigureGold.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the figures gold " + RESOURCE + " is missing from the classpath");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  public static FigureGold read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  private static FigureGold read(BufferedReader r) throws IOException {
    ObjectMapper json = ContractJson.mapper();
    List<Doc> docs = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (!line.isBlank()) {
        docs.add(json.readValue(line, Doc.class));
      }
    }
    return new FigureGold(docs);
  }

  /** The documents of one split ({@code dev} or {@code test}). */
  public List<Doc> split(String split) {
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("split must be one of " + SPLITS + ", was '" + split + "'");
    }
    return docs.stream().filter(d -> d.split().equals(split)).toList();
  }
}
