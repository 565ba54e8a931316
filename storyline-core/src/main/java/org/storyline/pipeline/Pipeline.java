package org.storyline.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.Result;

/**
 * Annotation stages in order. Built only when every stage's needs are met by the stages before it,
 * and when the stages together provide what the caller needs at the end; otherwise {@link #of}
 * refuses and names the unmet need. Thread-safe: one pipeline serves all worker threads.
 */
public final class Pipeline {
  private final List<Annotator> stages;
  private final List<LongAdder> nanosPerStage;

  private Pipeline(List<Annotator> stages) {
    this.stages = List.copyOf(stages);
    this.nanosPerStage = stages.stream().map(s -> new LongAdder()).toList();
  }

  /** A pipeline whose stages must together provide every layer of the contract's output. */
  public static Pipeline of(List<Annotator> stages) {
    return of(stages, Layers.OUTPUT);
  }

  /**
   * @param needed layers the caller reads from the result
   * @throws IllegalArgumentException naming the first stage whose need no earlier stage provides,
   *     or the needed layer no stage provides
   */
  public static Pipeline of(List<Annotator> stages, Collection<Layer<?>> needed) {
    Set<Layer<?>> provided = new LinkedHashSet<>();
    for (Annotator stage : stages) {
      for (Layer<?> need : stage.requires()) {
        if (!provided.contains(need)) {
          throw new IllegalArgumentException("stage '" + stage.name() + "' needs layer '" + need
              + "', which no earlier stage provides (provided before it: " + names(provided) + ")");
        }
      }
      provided.addAll(stage.provides());
    }
    for (Layer<?> need : needed) {
      if (!provided.contains(need)) {
        throw new IllegalArgumentException("the output needs layer '" + need
            + "', which no stage provides (provided: " + names(provided) + ")");
      }
    }
    return new Pipeline(stages);
  }

  private static String names(Set<Layer<?>> layers) {
    return layers.isEmpty() ? "none" : layers.stream().map(Layer::name).collect(Collectors.joining(", "));
  }

  public List<Annotator> stages() {
    return stages;
  }

  /** Runs every stage; a stage that fails on this article rejects the article, not the batch. */
  public Result<Document> run(Article article) {
    Document document = Document.of(article);
    for (int i = 0; i < stages.size(); i++) {
      Annotator stage = stages.get(i);
      long t0 = System.nanoTime();
      try {
        document = stage.annotate(document);
      } catch (RuntimeException | StackOverflowError e) {
        return Result.rejected(article.id(), "stage '" + stage.name() + "' failed: " + describe(e));
      } finally {
        nanosPerStage.get(i).add(System.nanoTime() - t0);
      }
    }
    return Result.ok(document);
  }

  /** Runs every stage and assembles the contract's record. */
  public Result<AnnotatedArticle> annotate(Article article) {
    return run(article).map(Document::toAnnotatedArticle);
  }

  /** Total wall time spent in each stage so far, by stage name, in stage order. */
  public List<StageTime> timings() {
    List<StageTime> out = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      out.add(new StageTime(stages.get(i).name(), nanosPerStage.get(i).sum()));
    }
    return out;
  }

  /** Time spent in one stage across all threads, in nanoseconds. */
  public record StageTime(String stage, long nanos) {}

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
