package org.storyline.annotate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Article;

/**
 * An article with the layers stages have added so far. Immutable: {@link #with} returns a new
 * document. Reading a layer nobody added fails loudly, which is how tests prove that a stage's
 * declared needs are all it reads.
 */
public final class Document {
  private final Article article;
  private final Map<Layer<?>, Object> layers;

  private Document(Article article, Map<Layer<?>, Object> layers) {
    this.article = article;
    this.layers = layers;
  }

  public static Document of(Article article) {
    return new Document(article, Map.of());
  }

  public Article article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /**
   * The layer's value.
   *
   * @throws MissingLayerException when no stage added it: a stage read what it did not declare
   */
  @SuppressWarnings("unchecked")
  public <T> T get(Layer<T> layer) {
    Object value = layers.get(layer);
    if (value == null) {
      throw new MissingLayerException(layer, layers.keySet());
    }
    return (T) value;
  }

  public <T> Document with(Layer<T> layer, T value) {
    if (value == null) {
      throw new IllegalArgumentException("layer '" + layer + "' cannot be set to null");
    }
    Map<Layer<?>, Object> copy = new LinkedHashMap<>(layers);
    copy.put(layer, value);
    return new Document(article, Collections.unmodifiableMap(copy));
  }

  /** The contract's view of this document; needs every layer of {@link Layers#OUTPUT}. */
  public AnnotatedArticle toAnnotatedArticle() {
    return new AnnotatedArticle(
        article,
        new Annotations(
            get(Layers.ENTITIES),
            get(Layers.PLACES),
            get(Layers.TIMES),
            get(Layers.FIGURES),
            get(Layers.QUOTES),
            get(Layers.EVENTS)));
  }
}
