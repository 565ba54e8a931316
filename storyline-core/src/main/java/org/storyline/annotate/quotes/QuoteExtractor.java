package org.storyline.annotate.quotes;

import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;

/**
 * Quotes with their speakers and cues: direct quotes in quotation marks (every common mark style,
 * running over sentences, interrupted by their attribution) and reported speech ("X said that …",
 * "X told reporters …", "according to X, …", "…, X said."). The speaker is the PERSON or
 * ORGANIZATION mention of the attribution; a pronoun or a description ("he said", "the minister
 * said") stands for the latest such name before it, outside quotation marks, or for nobody. Cues
 * come from a lexicon of reporting verbs ({@code cues.tsv}).
 *
 * <p>Reads tokens (with lemmas; no part-of-speech tags needed), sentences and canonical entities.
 * Quotes come ordered by start and never overlap; a speaker's mention never lies inside its content.
 */
public final class QuoteExtractor implements Annotator {
  private final CueLexicon lexicon = CueLexicon.bundled();

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.QUOTES);
  }

  @Override
  public Document annotate(Document document) {
    QuoteFinder finder = new QuoteFinder(document.text(), document.get(Layers.TOKENS), document.get(Layers.SENTENCES),
        document.get(Layers.ENTITIES), lexicon);
    return document.with(Layers.QUOTES, finder.find());
  }
}
