package org.storyline.eval.stories;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.json.ContractJson;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Article;
import org.storyline.model.Result;
import org.storyline.model.StableId;
import org.storyline.pipeline.OrderedParallelMap;
import org.storyline.pipeline.Pipeline;

/**
 * A gold article after the annotation pipeline, with the layers the story stage reads (tokens and
 * sentences besides the contract's annotations), so that it can be cached and replayed: annotating
 * ECB+ takes minutes, clustering it milliseconds.
 *
 * <p>What the pipeline sees of a gold article is its title and text only, under an opaque id: the
 * gold id ("1_10ecbplus") and the URL (present exactly for the ECB+ half of each topic) would name
 * the gold event.
 */
public record AnnotatedGold(GoldArticle gold, AnnotatedArticle annotated, List<Token> tokens, List<Sentence> sentences) {

  /** Bumped when what is cached changes shape or the pipeline's output changes meaning. */
  static final String CACHE_VERSION = "2";

  /** The document as the pipeline left it, with the layers stages after annotation read. */
  public Document document() {
    var a = annotated.annotations();
    return Document.of(annotated.article())
        .with(Layers.TOKENS, tokens)
        .with(Layers.SENTENCES, sentences)
        .with(Layers.ENTITIES, a.entities())
        .with(Layers.PLACES, a.places())
        .with(Layers.TIMES, a.times())
        .with(Layers.FIGURES, a.figures())
        .with(Layers.QUOTES, a.quotes())
        .with(Layers.EVENTS, a.events());
  }

  /**
   * The article the pipeline is given: title and text under an id made of both (ECB+ has articles
   * with the same empty text and different headlines); no id, URL, source or date that would leak the label.
   */
  static Article blind(GoldArticle g) {
    return new Article(StableId.derive("doc-", g.title() + "\n" + g.text()), null, null, g.title(), g.text(), null, "en");
  }

  /**
   * Annotates every article on {@code threads} threads, keeping the input order. With a {@code cache}
   * file, reuses it when it was made from the same gold file with the same {@link #CACHE_VERSION},
   * else writes it.
   *
   * @throws IllegalStateException when the pipeline rejects an article (the gold set must annotate whole)
   */
  public static List<AnnotatedGold> annotate(List<GoldArticle> gold, Supplier<Pipeline> pipeline, int threads, Path cache)
      throws IOException {
    String key = cacheKey(gold);
    if (cache != null && Files.isReadable(cache)) {
      List<AnnotatedGold> cached = read(cache, key);
      if (cached != null) {
        return cached;
      }
    }
    Pipeline p = pipeline.get();
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    List<AnnotatedGold> out = new ArrayList<>(gold.size());
    try {
      Iterator<AnnotatedGold> it = new OrderedParallelMap<>(gold.iterator(), g -> annotate(g, p), executor, threads * 4);
      it.forEachRemaining(out::add);
    } finally {
      executor.shutdownNow();
    }
    if (cache != null) {
      write(cache, key, out);
    }
    return out;
  }

  private static AnnotatedGold annotate(GoldArticle g, Pipeline p) {
    return switch (p.run(blind(g))) {
      case Result.Ok<Document> ok -> new AnnotatedGold(g, ok.value().toAnnotatedArticle(), ok.value().get(Layers.TOKENS),
          ok.value().get(Layers.SENTENCES));
      case Result.Rejected<Document> r -> throw new IllegalStateException("gold article " + g.id() + ": " + r.message());
    };
  }

  private static String cacheKey(List<GoldArticle> gold) {
    StringBuilder b = new StringBuilder(CACHE_VERSION);
    gold.forEach(g -> b.append('\n').append(g.id()).append(' ').append(g.text().hashCode()).append(' ')
        .append(String.valueOf(g.title()).hashCode()));
    return StableId.sha256Hex(b.toString(), 16);
  }

  private static List<AnnotatedGold> read(Path cache, String key) throws IOException {
    ObjectMapper json = ContractJson.mapper();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(cache)),
        StandardCharsets.UTF_8))) {
      if (!key.equals(r.readLine())) {
        return null;
      }
      List<AnnotatedGold> out = new ArrayList<>();
      String line;
      while ((line = r.readLine()) != null) {
        out.add(json.readValue(line, new TypeReference<AnnotatedGold>() {}));
      }
      return out;
    }
  }

  private static void write(Path cache, String key, List<AnnotatedGold> docs) throws IOException {
    ObjectMapper json = ContractJson.mapper();
    if (cache.toAbsolutePath().getParent() != null) {
      Files.createDirectories(cache.toAbsolutePath().getParent());
    }
    Path tmp = cache.resolveSibling(cache.getFileName() + ".tmp");
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(tmp)),
        StandardCharsets.UTF_8))) {
      w.write(key);
      w.write('\n');
      for (AnnotatedGold d : docs) {
        w.write(json.writeValueAsString(d));
        w.write('\n');
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "AnnotatedGold[%s, %d tokens]", gold.id(), tokens.size());
  }
}
