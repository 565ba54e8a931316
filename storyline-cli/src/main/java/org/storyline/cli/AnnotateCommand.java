package org.storyline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.storyline.entities.EntityRegistry;
import org.storyline.extract.ArticleExtractor;
import org.storyline.ingest.BoundedLineReader;
import org.storyline.ingest.JsonInput;
import org.storyline.ingest.Lookahead;
import org.storyline.json.ContractJson;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;
import org.storyline.pipeline.OrderedParallelMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code storyline annotate}: JSONL in, the same lines with annotations out (INTERFACES.md). */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Annotates each line of a JSONL file and writes one output line per input line, in order: the input fields plus text, title, published, entities, places, times, figures, quotes, events. A line that cannot be processed becomes {\"id\": ..., \"error\": \"reason\"}; the exit status is then 1. Nothing is stored.")
final class AnnotateCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = ContractJson.mapper();

  @ParentCommand
  StorylineCommand top;

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Input JSONL.")
  Path input;

  @Option(names = "--output", required = true, paramLabel = "FILE", description = "Output JSONL (overwritten).")
  Path output;

  /** Longest input line read (characters); a longer one becomes an error line. */
  private static final int MAX_LINE = 64 << 20;

  /** One input line: its number and text (null when it was longer than {@link #MAX_LINE}). */
  private record Line(int number, String text, long length) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isReadable(input)) {
      throw new picocli.CommandLine.ParameterException(
          top.spec.commandLine(), "--input " + input + ": no such readable file");
    }
    if (Files.exists(output) && Files.isSameFile(input, output)) {
      throw new picocli.CommandLine.ParameterException(
          top.spec.commandLine(), "--output " + output + " is the input file; choose another so the input is not overwritten");
    }
    Path partial = output.resolveSibling(output.getFileName() + ".part");
    ArticleExtractor extractor = new ArticleExtractor();
    int failed = 0;
    int lines = 0;
    try (Engine engine = new Engine(top.threads());
         // an InputStreamReader replaces bytes that are not UTF-8 instead of failing the whole run
         BoundedLineReader in = new BoundedLineReader(new InputStreamReader(Files.newInputStream(input), StandardCharsets.UTF_8), MAX_LINE);
         BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      Iterator<Annotated> results = new OrderedParallelMap<>(lines(in), line -> annotate(line, extractor, engine),
          engine.executor(), engine.threads() * 4);
      // names are made canonical across the lines of this run ("Sergey" and "Sergei" Lavrov), in input order
      EntityRegistry registry = new EntityRegistry(EntityRegistry.NOTHING_EARLIER);
      while (results.hasNext()) {
        ObjectNode node = results.next().output(registry);
        if (node.has("error")) {
          failed++;
          System.err.println("storyline: failed: " + input + ":" + (lines + 1) + ": " + node.get("error").asText());
        }
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
        lines++;
      }
    }
    Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    System.err.printf("storyline: %d lines annotated, %d failed, into %s%n", lines - failed, failed, output);
    return failed > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  /** One line's outcome: the input object and its annotation, or the error line to write. */
  private record Annotated(ObjectNode input, AnnotatedArticle annotated, ObjectNode error) {
    ObjectNode output(EntityRegistry registry) {
      return error != null ? error : ContractJson.addAnnotations(input, registry.register(annotated).article());
    }
  }

  private Annotated annotate(Line line, ArticleExtractor extractor, Engine engine) {
    String where = input.getFileName() + ":" + line.number();
    if (line.text() == null) {
      return failed(error(null, "line " + line.number() + " has " + line.length() + " characters, more than the limit of " + MAX_LINE));
    }
    if (line.text().isBlank()) {
      return failed(error(null, "line " + line.number() + " is empty"));
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.text());
    } catch (IOException e) {
      return failed(error(null, "line " + line.number() + " is not JSON: " + firstLine(e.getMessage())));
    }
    if (node == null || !node.isObject()) {
      return failed(error(null, "line " + line.number() + " is not a JSON object"));
    }
    ObjectNode object = (ObjectNode) node;
    JsonNode id = object.get("id");
    Result<ArticleInput> parsed = JsonInput.fromJson(object, where);
    Result<AnnotatedArticle> annotated = parsed
        .flatMap(extractor::extract)
        .flatMap((Article a) -> engine.pipeline().get().annotate(a));
    return switch (annotated) {
      case Result.Ok<AnnotatedArticle> ok -> new Annotated(object, ok.value(), null);
      case Result.Rejected<AnnotatedArticle> r -> failed(error(id, r.reason()));
    };
  }

  private static Annotated failed(ObjectNode error) {
    return new Annotated(null, null, error);
  }

  private static ObjectNode error(JsonNode id, String reason) {
    ObjectNode e = JSON.createObjectNode();
    e.set("id", id);
    e.put("error", reason);
    return e;
  }

  private static String firstLine(String s) {
    return s == null ? "" : s.split("\n")[0];
  }

  /** Every line, blank or not, so each input line gets its output line; an over-long line comes as null text. */
  private static Iterator<Line> lines(BoundedLineReader in) {
    return new Lookahead<>() {
      private int number;

      @Override
      protected Line advance() {
        try {
          BoundedLineReader.Line l = in.next();
          return l == null ? end() : new Line(++number, l.text(), l.length());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
