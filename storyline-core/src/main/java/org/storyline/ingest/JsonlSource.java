package org.storyline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.OptionalLong;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/** Articles from a JSONL file in the contract's input format, one per line; blank lines are skipped. */
final class JsonlSource implements ArticleSource {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path path;
  private final String name;
  private final SourceSettings settings;
  private BoundedLineReader reader;

  JsonlSource(Path path, String name, SourceSettings settings) {
    this.path = path;
    this.name = name;
    this.settings = settings;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public OptionalLong estimatedSize() {
    try (var lines = Files.lines(path, StandardCharsets.ISO_8859_1)) {
      return OptionalLong.of(lines.filter(l -> !l.isBlank()).count());
    } catch (IOException | UncheckedIOException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Parses one line of the contract's input format.
   *
   * @param where how to name the line in a rejection ("in.jsonl:12")
   */
  static Result<ArticleInput> parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return Result.rejected(where, "not JSON: " + e.getOriginalMessage());
    }
    return JsonInput.fromJson(node, where);
  }

  @Override
  public Iterator<Result<ArticleInput>> iterator() {
    try {
      reader = new BoundedLineReader(
          new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8), (int) Math.min(Integer.MAX_VALUE, settings.maxBytes()));
    } catch (IOException e) {
      return java.util.List.<Result<ArticleInput>>of(Result.rejected(name, "cannot read: " + e.getMessage())).iterator();
    }
    return new Lookahead<>() {
      private int lineNo;
      private boolean failed;

      @Override
      protected Result<ArticleInput> advance() {
        while (!failed) {
          BoundedLineReader.Line line;
          try {
            line = reader.next();
          } catch (IOException e) {
            failed = true;
            closeQuietly();
            return Result.rejected(name + ":" + (lineNo + 1), "read failed: " + e.getMessage());
          }
          if (line == null) {
            return end();
          }
          lineNo++;
          String where = name + ":" + lineNo;
          if (line.tooLong()) {
            return Result.rejected(where, "line of " + line.length() + " characters exceeds the limit of " + settings.maxBytes());
          }
          if (!line.text().isBlank()) {
            return parse(line.text(), where);
          }
        }
        return end();
      }
    };
  }

  private void closeQuietly() {
    try {
      if (reader != null) {
        reader.close();
      }
    } catch (IOException ignored) {
      // closing a file we only read: nothing to recover
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
