package org.storyline.annotate.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The trigger and actor lexicons ({@code triggers.tsv}, {@code actors.tsv}), loaded once and
 * shared. Immutable.
 */
public final class TriggerLexicon {
  /** A trigger: lemma sequence, its type, and words one of which must follow it (empty: none needed). */
  record Trigger(String type, List<String> lemmas, Set<String> objects) {}

  /** Who a word says the actor is. */
  enum Role { STATE, NON_STATE }

  private final Map<String, List<Trigger>> byFirstLemma;
  private final Map<String, Role> actors;

  private TriggerLexicon(Map<String, List<Trigger>> byFirstLemma, Map<String, Role> actors) {
    this.byFirstLemma = byFirstLemma;
    this.actors = actors;
  }

  /** The lexicons shipped with Storyline. */
  public static TriggerLexicon bundled() {
    Map<String, List<Trigger>> triggers = new HashMap<>();
    for (String[] f : rows("triggers.tsv")) {
      List<String> lemmas = List.of(f[1].toLowerCase(Locale.ROOT).split(" "));
      Set<String> objects = f.length > 2 ? Set.of(f[2].toLowerCase(Locale.ROOT).split("\\|")) : Set.of();
      triggers.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>()).add(new Trigger(f[0], lemmas, objects));
    }
    // longest trigger first, so "peace talk" wins over "talk" where both match
    triggers.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
    Map<String, Role> actors = new HashMap<>();
    for (String[] f : rows("actors.tsv")) {
      actors.put(f[1], Role.valueOf(f[0]));
    }
    return new TriggerLexicon(Map.copyOf(triggers), Map.copyOf(actors));
  }

  List<Trigger> startingWith(String lemma) {
    return byFirstLemma.getOrDefault(lemma, List.of());
  }

  Role role(String word) {
    return actors.get(word);
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + resource + " is missing from the classpath");
      }
      List<String[]> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().split("\t"));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }
}
