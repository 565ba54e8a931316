package org.storyline.annotate.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.model.EntityType;

/**
 * The attribution cues ({@code cues.tsv}: verb lemma and how its content follows), the head nouns
 * of descriptions that stand for a named speaker ({@code roles.tsv}) and the gender of common first
 * names ({@code first-names.tsv}). Immutable; loaded once.
 */
final class CueLexicon {
  /** How a cue's content follows it. */
  enum Kind {
    /** "said (that) …" */
    SAY,
    /** "told reporters (that) …": an addressee first */
    TELL
  }

  private static final CueLexicon BUNDLED = load();

  private final Map<String, Kind> cues;
  /** Lemmas that count only in a past form ("attacked", not "attacks"): they are nouns too. */
  private final Set<String> pastOnly;
  private final Map<String, EntityType> roles;
  /** Lower-cased first name → gender; names given to both are left out. */
  private final Map<String, Gender> firstNames;

  /** The gender a pronoun and a name can agree on. */
  enum Gender { MALE, FEMALE }

  private CueLexicon(Map<String, Kind> cues, Set<String> pastOnly, Map<String, EntityType> roles, Map<String, Gender> firstNames) {
    this.cues = cues;
    this.pastOnly = pastOnly;
    this.roles = roles;
    this.firstNames = firstNames;
  }

  /** The gender of a first name ("john" → MALE), or null when unknown or given to both. */
  Gender gender(String lowerFirstName) {
    return firstNames.get(lowerFirstName);
  }

  static CueLexicon bundled() {
    return BUNDLED;
  }

  /** The cue kind of a verb (by lemma, or by its lower-cased form when the lemmatiser left it), or null. */
  Kind cue(String lemma, String lowerWord) {
    Kind k = cues.get(lemma);
    if (k != null && pastOnly.contains(lemma) && (lowerWord.equals(lemma) || lowerWord.endsWith("s") || lowerWord.endsWith("ing"))) {
      return null;
    }
    return k != null ? k : cues.get(lowerWord);
  }

  /** The type of name a description's head noun stands for ("minister" → PERSON), or null. */
  EntityType role(String lowerHead) {
    EntityType t = roles.get(lowerHead);
    if (t == null && lowerHead.length() > 3 && lowerHead.endsWith("s")) {
      t = roles.get(lowerHead.substring(0, lowerHead.length() - 1));
    }
    return t;
  }

  private static CueLexicon load() {
    Map<String, Kind> cues = new HashMap<>();
    Set<String> pastOnly = new HashSet<>();
    for (String line : lines("cues.tsv")) {
      String[] f = line.split("\t");
      String lemma = f[0].toLowerCase(Locale.ROOT);
      cues.put(lemma, Kind.valueOf(f[1]));
      if (f.length > 2 && f[2].equals("PAST")) {
        pastOnly.add(lemma);
      }
    }
    Map<String, EntityType> roles = new HashMap<>();
    for (String line : lines("roles.tsv")) {
      String[] f = line.split("\t");
      for (String noun : f[1].split(" ")) {
        roles.put(noun, EntityType.valueOf(f[0]));
      }
    }
    Map<String, Gender> firstNames = new HashMap<>();
    Set<String> both = new HashSet<>();
    for (String line : lines("first-names.tsv")) {
      String[] f = line.split("\t");
      for (String name : f[1].split(" ")) {
        if (firstNames.put(name, Gender.valueOf(f[0])) != null && firstNames.get(name) != Gender.valueOf(f[0])) {
          both.add(name);
        }
      }
    }
    firstNames.keySet().removeAll(both);
    return new CueLexicon(Map.copyOf(cues), Set.copyOf(pastOnly), Map.copyOf(roles), Map.copyOf(firstNames));
  }

  private static String[] lines(String resource) {
    try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource " + resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }
}
