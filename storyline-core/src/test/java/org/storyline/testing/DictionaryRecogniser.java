package org.storyline.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layer;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.TimeExpression;

/**
 * A light, deterministic recogniser for fast tests of the stages downstream of CoreNLP: regex
 * tokens (lemma from a small table of the words tests use, else the lower-cased word), sentences split at . ! ? and
 * line breaks, entities from a fixed dictionary, no dates. A real annotator under the same contract,
 * not a stand-in for one of ours: CoreNLP itself is tested in the nlp module.
 */
public final class DictionaryRecogniser implements Annotator {
  private static final Pattern TOKEN = Pattern.compile("\\d[\\d,.]*\\d|\\d|\\p{L}[\\p{L}\\p{M}'’]*(?:-\\p{L}+)*|\\S");
  private static final Map<String, String> LEMMAS = Map.ofEntries(
      Map.entry("talks", "talk"), Map.entry("recaptured", "recapture"), Map.entry("seized", "seize"),
      Map.entry("killed", "kill"), Map.entry("wounded", "wound"), Map.entry("arrested", "arrest"), Map.entry("fled", "flee"),
      Map.entry("held", "hold"), Map.entry("rebels", "rebel"), Map.entry("soldiers", "soldier"), Map.entry("troops", "troop"),
      Map.entry("refugees", "refugee"), Map.entry("people", "person"), Map.entry("displaced", "displace"),
      Map.entry("parts", "part"), Map.entry("met", "meet"), Map.entry("said", "say"), Map.entry("tanks", "tank"),
      Map.entry("told", "tell"), Map.entry("added", "add"), Map.entry("says", "say"), Map.entry("wrote", "write"),
      Map.entry("besieged", "besiege"), Map.entry("expelled", "expel"), Map.entry("are", "be"), Map.entry("is", "be"),
      Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("protesters", "protester"), Map.entry("fired", "fire"),
      Map.entry("opened", "open"), Map.entry("failed", "fail"), Map.entry("clashes", "clash"), Map.entry("resumed", "resume"));
  private final Map<String, EntityType> dictionary;

  public DictionaryRecogniser(Map<String, EntityType> dictionary) {
    this.dictionary = Map.copyOf(dictionary);
  }

  @Override
  public String name() {
    return "dictionary";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(Layers.TOKENS, Layers.SENTENCES, Layers.ENTITY_MENTIONS, Layers.TIMES);
  }

  @Override
  public Document annotate(Document document) {
    String text = document.text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentenceStart = -1;
    int firstToken = 0;
    while (m.find()) {
      String t = m.group();
      boolean number = Character.isDigit(t.charAt(0));
      if (sentenceStart < 0) {
        sentenceStart = m.start();
        firstToken = tokens.size();
      }
      String lower = t.toLowerCase(Locale.ROOT);
      tokens.add(new Token(m.start(), m.end(), t, number ? "CD" : null, LEMMAS.getOrDefault(lower, lower), number ? "NUMBER" : "O"));
      boolean lineBreakNext = m.end() < text.length() && text.charAt(m.end()) == '\n';
      if (t.equals(".") || t.equals("!") || t.equals("?") || lineBreakNext) {
        sentences.add(new Sentence(sentenceStart, m.end(), firstToken, tokens.size()));
        sentenceStart = -1;
      }
    }
    if (sentenceStart >= 0) {
      sentences.add(new Sentence(sentenceStart, tokens.get(tokens.size() - 1).end(), firstToken, tokens.size()));
    }
    List<Entity> entities = new ArrayList<>();
    for (var e : dictionary.entrySet()) {
      Matcher em = Pattern.compile("\\b" + Pattern.quote(e.getKey()) + "\\b").matcher(text);
      while (em.find()) {
        entities.add(new Entity(em.start(), em.end(), e.getKey(), e.getValue(), null, null));
      }
    }
    entities.sort((a, b) -> a.start() != b.start() ? a.start() - b.start() : b.end() - a.end());
    List<Entity> nonOverlapping = new ArrayList<>();
    int covered = -1;
    for (Entity e : entities) {
      if (e.start() >= covered) {
        nonOverlapping.add(e);
        covered = e.end();
      }
    }
    return document.with(Layers.TOKENS, List.copyOf(tokens))
        .with(Layers.SENTENCES, List.copyOf(sentences))
        .with(Layers.ENTITY_MENTIONS, List.copyOf(nonOverlapping))
        .with(Layers.TIMES, List.<TimeExpression>of());
  }
}
