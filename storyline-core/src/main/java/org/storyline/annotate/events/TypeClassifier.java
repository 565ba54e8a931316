package org.storyline.annotate.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.storyline.annotate.Token;

/**
 * Scores the event types a run of tokens states: every pattern of the trigger lexicon that matches
 * adds its weight to its type; cues add theirs only to a type that a trigger already signals (so
 * "tear gas" moves a protest to PROTEST_WITH_INTER but makes no protest of its own). A hand-weighted
 * linear scorer rather than a trained model: the only labelled data, CASE 2021's 305 dev snippets,
 * is too small to train 30 types on and is what the scorer is measured on.
 *
 * <p>A weapon trigger in a phrase that names a backer ("rebels backed by Turkish warplanes seized
 * ...") counts half: the backing is not the event. A trigger preceded by a negation ("failed to reach a deal") or, for types other than talks, by
 * a word that makes it wished or planned ("urging ceasefires"), within its clause, is scored but
 * marks its type unasserted: the detector emits no event for it.
 */
final class TypeClassifier {
  /** Words before a trigger, within {@link #NEGATION_REACH}, that deny it happened. */
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "fail", "failed", "without", "refuse", "refused", "deny", "denied");
  /** Words before a trigger that make it wished, demanded or planned rather than done. */
  private static final Set<String> IRREALIS = Set.of("urge", "urging", "urged", "call", "demand", "propose", "proposed", "plan",
      "planned", "threaten", "threatened", "hope", "hoped", "seek", "want", "aim", "would", "could", "might", "may", "possible", "possibility",
      "closer", "close", "verge", "bid", "attempt", "try", "tried", "intend", "intended");
  /** Types whose triggers name weapons, which a backing phrase names too ("backed by Turkish tanks and warplanes"). */
  private static final Set<String> BACKED_BY_WEAPONS = Set.of("AIR_STRIKE", "ART_MISS_ATTACK");
  /** Verbs before "by" that make what follows a backer ("rebels backed by Turkish warplanes"), not the event. */
  private static final Set<String> BACKING = Set.of("back", "backed", "support", "supported", "aid", "aided", "assist", "assisted");
  private static final int NEGATION_REACH = 5;
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "but", "while", "and", "as");
  private static final int CONDITION_REACH = 5;

  /**
   * One type's score over the tokens.
   *
   * @param first    index of the first token of its strongest trigger
   * @param end      index one past that trigger's last token
   * @param score    sum of the weights of its triggers and cues
   * @param strongest weight of its strongest single trigger (breaks ties: the more specific type wins)
   * @param asserted whether some trigger of it is neither negated nor wished
   */
  record Scored(String type, int first, int end, double score, double strongest, boolean asserted) {}

  private final TriggerLexicon lexicon;

  TypeClassifier(TriggerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The types that tokens [from, to) state, best first; empty when no trigger matches. */
  List<Scored> classify(List<Token> tokens, int from, int to) {
    Map<String, Acc> byType = new HashMap<>();
    Map<String, Integer> covered = new HashMap<>(); // per type: a pattern ends here; no same-type pattern starts inside it
    List<Match> cues = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      for (TriggerLexicon.Pattern p : lexicon.startingWith(lemma(t), lower(t))) {
        if (covered.getOrDefault(p.type() + (p.cue() ? "/cue" : ""), -1) > i) {
          continue;
        }
        int end = matchEnd(tokens, i, to, p);
        if (end < 0 || !conditionsHold(tokens, from, to, i, end, p)) {
          continue;
        }
        covered.put(p.type() + (p.cue() ? "/cue" : ""), end);
        Match m = new Match(p, i, end);
        if (p.cue()) {
          cues.add(m);
        } else {
          byType.computeIfAbsent(p.type(), k -> new Acc()).add(m, BACKED_BY_WEAPONS.contains(p.type()) && backing(tokens, from, i) ? 0.5 : 1, asserted(tokens, from, i, p.type()));
        }
      }
    }
    for (Match c : cues) {
      Acc acc = byType.get(c.pattern().type());
      if (acc != null) {
        acc.score += c.pattern().weight();
      }
    }
    List<Scored> out = new ArrayList<>();
    byType.forEach((type, a) -> out.add(new Scored(type, a.best.first(), a.best.end(), a.score, a.best.pattern().weight(), a.asserted)));
    out.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparing(Comparator.comparingDouble(Scored::strongest).reversed())
        .thenComparing(Scored::first)
        .thenComparing(Scored::type));
    return out;
  }

  private record Match(TriggerLexicon.Pattern pattern, int first, int end) {}

  /** A type's running score and its strongest trigger. */
  private static final class Acc {
    double score;
    Match best;
    boolean asserted;
    int count;

    void add(Match m, double factor, boolean isAsserted) {
      score += factor * m.pattern().weight();
      if (best == null || m.pattern().weight() > best.pattern().weight()) {
        best = m;
      }
      asserted = count++ == 0 ? isAsserted : asserted && isAsserted; // one denied trigger denies the type
    }
  }

  /** Index one past the pattern matched at {@code i}, or -1. */
  private static int matchEnd(List<Token> tokens, int i, int limit, TriggerLexicon.Pattern p) {
    if (i + p.length() > limit) {
      return -1;
    }
    for (int k = 1; k < p.length(); k++) {
      Token t = tokens.get(i + k);
      if (!TriggerLexicon.accepts(p.words().get(k), lemma(t), lower(t))) {
        return -1;
      }
    }
    return i + p.length();
  }

  private static boolean conditionsHold(List<Token> tokens, int from, int to, int first, int end, TriggerLexicon.Pattern p) {
    return (p.near().isEmpty() || anyIn(tokens, end, Math.min(to, end + CONDITION_REACH), p.near()))
        && (p.after().isEmpty() || anyIn(tokens, Math.max(from, first - CONDITION_REACH), first, p.after()));
  }

  private static boolean anyIn(List<Token> tokens, int from, int to, Set<String> words) {
    for (int k = from; k < to; k++) {
      if (TriggerLexicon.accepts(words, lemma(tokens.get(k)), lower(tokens.get(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the trigger lies in a phrase that names a backer ("backed by ... warplanes"): it counts half. */
  static boolean backing(List<Token> tokens, int from, int trigger) {
    for (int k = Math.max(from + 1, trigger - CONDITION_REACH); k < trigger; k++) {
      if (lower(tokens.get(k)).equals("by") && BACKING.contains(lower(tokens.get(k - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether nothing before the trigger in its clause, within {@link #NEGATION_REACH} words, denies or wishes it. */
  private static boolean asserted(List<Token> tokens, int from, int trigger, String type) {
    for (int k = trigger - 1; k >= Math.max(from, trigger - NEGATION_REACH); k--) {
      String w = lower(tokens.get(k));
      if (CLAUSE_ENDS.contains(w)) {
        return true;
      }
      if (NEGATIONS.contains(w) || (!type.equals("DIPLO") && (IRREALIS.contains(w) || IRREALIS.contains(lemma(tokens.get(k)))))) {
        return false;
      }
    }
    return true;
  }

  static String lemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
