package org.storyline.annotate.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.storyline.model.ActorRole;

/**
 * The event lexicons, loaded once and shared; immutable:
 *
 * <ul>
 *   <li>{@code triggers.tsv}: weighted lemma patterns that signal each event type, and cues that
 *       move a sentence between types of one family (format in the file's header);
 *   <li>{@code actors.tsv}: hand-made actor words and their kinds ("rebels", "protesters");
 *   <li>{@code actor-dictionary.tsv.gz}: agents, nationalities and capitals compiled from the
 *       PETRARCH2 dictionaries and CountryInfo ({@link ActorDictionaryCompiler}).
 * </ul>
 */
public final class TriggerLexicon {
  /** Which parts of the trigger lexicon take part; for measuring what each contributes. */
  public enum Part { TRIGGERS, CUES }

  /**
   * A pattern: one set of accepted words per position ("_" any word, "x*" a prefix), its type and
   * weight, and its conditions.
   */
  record Pattern(String type, List<Set<String>> words, double weight, boolean cue, Set<String> near, Set<String> after) {
    int length() {
      return words.size();
    }
  }

  /** An actor phrase of the dictionary: its lemmas, kind, and country (ISO alpha-2, or null). */
  record ActorWord(List<String> lemmas, Kind kind, String country) {}

  /** What an actor phrase says: a kind of actor, or a nationality or capital that names a country. */
  record Kind(ActorRole role, boolean nation) {
    static final Kind NATION = new Kind(null, true);
  }

  private final Map<String, List<Pattern>> byFirstWord;
  private final List<Pattern> prefixFirst;
  private final Map<String, List<ActorWord>> actorsByFirst;
  private final Map<String, String> countryNames;

  private TriggerLexicon(Map<String, List<Pattern>> byFirstWord, List<Pattern> prefixFirst,
      Map<String, List<ActorWord>> actorsByFirst, Map<String, String> countryNames) {
    this.byFirstWord = byFirstWord;
    this.prefixFirst = prefixFirst;
    this.actorsByFirst = actorsByFirst;
    this.countryNames = countryNames;
  }

  /** The lexicons shipped with Storyline, every part. */
  public static TriggerLexicon bundled() {
    return bundled(Set.of(Part.values()));
  }

  /** The shipped lexicons with only {@code parts} of the trigger lexicon. */
  public static TriggerLexicon bundled(Set<Part> parts) {
    Map<String, List<Pattern>> byFirst = new HashMap<>();
    List<Pattern> prefixFirst = new ArrayList<>();
    for (String[] row : rows("triggers.tsv", false)) {
      for (String type : row[0].split("\\|")) { // "A|B" in the type column: the same pattern for each
        String[] f = row.clone();
        f[0] = type;
        Pattern p = pattern(f);
        if (!parts.contains(p.cue() ? Part.CUES : Part.TRIGGERS)) {
          continue;
        }
        for (String w : p.words().get(0)) {
          if (w.endsWith("*")) {
            prefixFirst.add(p);
          } else {
            byFirst.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
          }
        }
      }
    }
    // longest first, so "peace talk" is tried before "talk"
    byFirst.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
    Map<String, List<ActorWord>> actors = new HashMap<>();
    Map<String, String> countries = new HashMap<>();
    for (String[] f : rows("actor-dictionary.tsv.gz", true)) {
      if (f[1].equals("COUNTRY")) {
        countries.put(f[2], f[0]);
      } else {
        addActor(actors, f);
      }
    }
    for (String[] f : rows("actors.tsv", false)) {
      if (f[1].equals("COUNTRY")) {
        countries.put(f[2], f[0]); // the name news uses ("Russia"), not the formal one ("Russian Federation")
      } else {
        addActor(actors, f); // hand-made words after the compiled ones: they win
      }
    }
    actors.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
    return new TriggerLexicon(Map.copyOf(byFirst), List.copyOf(prefixFirst), Map.copyOf(actors), Map.copyOf(countries));
  }

  private static void addActor(Map<String, List<ActorWord>> actors, String[] f) {
    List<String> lemmas = List.of(f[0].toLowerCase(Locale.ROOT).split(" "));
    Kind kind = f[1].equals("NATION") ? Kind.NATION : new Kind(ActorRole.valueOf(f[1]), false);
    List<ActorWord> list = actors.computeIfAbsent(lemmas.get(0), k -> new ArrayList<>());
    list.removeIf(a -> a.lemmas().equals(lemmas));
    list.add(new ActorWord(lemmas, kind, f.length > 2 && !f[2].isEmpty() ? f[2] : null));
  }

  private static Pattern pattern(String[] f) {
    if (f.length < 3) {
      throw new IllegalStateException("triggers.tsv: a row needs type, pattern and weight: " + String.join("\t", f));
    }
    List<Set<String>> words = new ArrayList<>();
    for (String position : f[1].toLowerCase(Locale.ROOT).split(" ")) {
      words.add(Set.of(position.split("\\|")));
    }
    boolean cue = false;
    Set<String> near = Set.of();
    Set<String> after = Set.of();
    for (int i = 3; i < f.length; i++) {
      String option = f[i].strip();
      if (option.equals("cue")) {
        cue = true;
      } else if (option.startsWith("near=")) {
        near = Set.of(option.substring(5).split("\\|"));
      } else if (option.startsWith("after=")) {
        after = Set.of(option.substring(6).split("\\|"));
      } else {
        throw new IllegalStateException("triggers.tsv: unknown option '" + option + "' for " + f[1]);
      }
    }
    return new Pattern(f[0], List.copyOf(words), Double.parseDouble(f[2]), cue, near, after);
  }

  /** Patterns that may start at a word with this lemma or lower-cased text. */
  List<Pattern> startingWith(String lemma, String lower) {
    List<Pattern> a = byFirstWord.getOrDefault(lemma, List.of());
    List<Pattern> b = lemma.equals(lower) ? List.of() : byFirstWord.getOrDefault(lower, List.of());
    List<Pattern> prefixed = null; // most words start no prefix pattern: allocate only when one does
    for (Pattern p : prefixFirst) {
      if (accepts(p.words().get(0), lemma, lower)) {
        prefixed = prefixed == null ? new ArrayList<>() : prefixed;
        prefixed.add(p);
      }
    }
    if (b.isEmpty() && prefixed == null) {
      return a;
    }
    List<Pattern> all = new ArrayList<>(a);
    b.stream().filter(p -> !a.contains(p)).forEach(all::add);
    if (prefixed != null) {
      prefixed.stream().filter(p -> !all.contains(p)).forEach(all::add);
    }
    all.sort((x, y) -> y.length() - x.length());
    return all;
  }

  /** Whether a word (its lemma and lower-cased text) is one of {@code accepted}. */
  static boolean accepts(Set<String> accepted, String lemma, String lower) {
    if (accepted.contains("_") || accepted.contains(lemma) || accepted.contains(lower)) {
      return true;
    }
    for (String a : accepted) {
      if (a.endsWith("*") && (lower.startsWith(a.substring(0, a.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Actor phrases that may start at a word with this lemma or text, longest first. */
  List<ActorWord> actorsStartingWith(String lemma, String lower) {
    List<ActorWord> a = actorsByFirst.getOrDefault(lower, List.of());
    String other = !lemma.equals(lower) ? lemma : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    List<ActorWord> b = other.equals(lower) ? List.of() : actorsByFirst.getOrDefault(other, List.of());
    if (b.isEmpty()) {
      return a;
    }
    List<ActorWord> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort((x, y) -> y.lemmas().size() - x.lemmas().size());
    return all;
  }

  /** The English name of a country by its ISO alpha-2 code ("SY" → "Syria"), or the code itself. */
  String countryName(String iso2) {
    return countryNames.getOrDefault(iso2, iso2);
  }

  private static List<String[]> rows(String resource, boolean gzipped) {
    try (InputStream raw = TriggerLexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("lexicon resource " + resource + " is missing from the classpath");
      }
      InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
      List<String[]> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            out.add(Arrays.stream(line.strip().split("\t")).map(String::strip).toArray(String[]::new));
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + resource, e);
    }
  }

  /** The distinct types the trigger lexicon can signal (TERRITORY included). */
  Set<String> types() {
    Set<String> t = new LinkedHashSet<>();
    byFirstWord.values().forEach(l -> l.forEach(p -> t.add(p.type())));
    return t;
  }
}
