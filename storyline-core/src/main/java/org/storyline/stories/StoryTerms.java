package org.storyline.stories;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Place;

/**
 * The terms that place an article among stories: content lemmas (nouns, verbs, adjectives) of the
 * headline and the lead ({@value #LEAD_SENTENCES} sentences), and the names of the people,
 * organisations and places of the whole article, which weigh {@value #NAME_WEIGHT}× a word.
 * Headline words are matched to lemmas through the body's tokens, else kept lower-cased.
 */
public final class StoryTerms implements Annotator {
  /** The layer this stage adds. */
  public static final Layer<TermVector> TERMS = Layer.of("story terms", TermVector.class);
  static final int LEAD_SENTENCES = 3;
  static final double NAME_WEIGHT = 2.0;
  private static final Set<String> STOP = Set.of(
      "be", "have", "do", "say", "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by",
      "from", "as", "that", "this", "it", "its", "is", "are", "was", "were", "will", "would", "can", "could", "new",
      "also", "after", "before", "over", "more", "than", "into", "about", "up", "out", "not", "no", "but", "he", "she",
      "they", "we", "you", "his", "her", "their", "our", "year", "day", "week", "time", "report", "tell", "make", "get");

  @Override
  public String name() {
    return "story terms";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITIES, Layers.PLACES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(TERMS);
  }

  @Override
  public Document annotate(Document document) {
    List<Token> tokens = document.get(Layers.TOKENS);
    List<Sentence> sentences = document.get(Layers.SENTENCES);
    Map<String, Double> w = new HashMap<>();
    Map<String, String> lemmaOf = new HashMap<>();
    int leadEnd = sentences.isEmpty() ? 0 : sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).endToken();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      lemmaOf.putIfAbsent(lower(t.text()), lower(t.lemma() == null ? t.text() : t.lemma()));
      if (i < leadEnd && isContent(t)) {
        add(w, lower(t.lemma() == null ? t.text() : t.lemma()), 1);
      }
    }
    String title = document.article().title();
    if (title != null) {
      for (String word : title.split("[^\\p{L}\\p{N}'-]+")) {
        String lw = lower(word);
        if (lw.length() > 2) {
          add(w, lemmaOf.getOrDefault(lw, lw), 1);
        }
      }
    }
    for (Entity e : document.get(Layers.ENTITIES)) {
      if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
        w.merge("e:" + lower(e.canonical()), NAME_WEIGHT, Double::sum);
      }
    }
    for (Place p : document.get(Layers.PLACES)) {
      w.merge("p:" + lower(p.name()), NAME_WEIGHT, Double::sum);
    }
    return document.with(TERMS, new TermVector(w));
  }

  private static void add(Map<String, Double> w, String lemma, double weight) {
    if (lemma.length() > 2 && !STOP.contains(lemma) && lemma.chars().anyMatch(Character::isLetter)) {
      w.merge(lemma, weight, Double::sum);
    }
  }

  /** Nouns, verbs and adjectives when parts of speech are known; otherwise words of four letters or more. */
  private static boolean isContent(Token t) {
    String pos = t.pos();
    if (pos == null) {
      return t.text().length() > 3 && Character.isLetter(t.text().charAt(0));
    }
    return pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
