package org.storyline.annotate.time;

import java.util.List;

/**
 * The tense of the clause around a time expression, read from cue words: Storyline runs no
 * part-of-speech tagger (it would cap the pipeline's speed, see {@code CoreNlpAnnotator}), so
 * "renewed", "said", "was" say past, "will", "set to", "expected" say future, "is", "meets" say
 * present. The cue nearest the expression wins; on a tie the one before it.
 */
enum Tense {
  PAST, PRESENT, FUTURE, NONE;

  private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "its", "his", "her",
      "their", "our", "this", "that", "these", "those", "some", "any", "no", "every", "each", "very", "still", "most", "more");

  /** How far to look on each side, in pieces: about a clause. */
  private static final int REACH = 12;

  static Tense around(List<Piece> pieces, int start, int end) {
    Tense left = NONE;
    int leftDistance = Integer.MAX_VALUE;
    for (int k = start - 1; k >= 0 && start - k <= REACH; k--) {
      if (isBarrier(pieces.get(k))) {
        break;
      }
      Tense t = cue(pieces, k);
      if (t != NONE) {
        left = t == FUTURE && futureInThePast(pieces, k) ? PAST : t;
        leftDistance = start - k;
        break;
      }
    }
    Tense right = NONE;
    int rightDistance = Integer.MAX_VALUE;
    for (int k = end; k < pieces.size() && k - end < REACH; k++) {
      if (isBarrier(pieces.get(k))) {
        break;
      }
      Tense t = cue(pieces, k);
      if (t != NONE) {
        right = t;
        rightDistance = k - end + 1;
        break;
      }
    }
    return leftDistance <= rightDistance ? left : right;
  }

  /** "was set to", "had been due to": a future seen from the past, which lies behind the writer. */
  private static boolean futureInThePast(List<Piece> pieces, int k) {
    for (int b = k - 1; b >= 0 && b >= k - 3; b--) {
      String w = pieces.get(b).lower();
      if (w.equals("had") || w.equals("was") || w.equals("were")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBarrier(Piece p) {
    return p.text().equals(";");
  }

  /** The tense piece {@code k} says, or NONE. */
  static Tense cue(List<Piece> pieces, int k) {
    Piece p = pieces.get(k);
    String w = p.lower();
    String next = k + 1 < pieces.size() ? pieces.get(k + 1).lower() : "";
    if (Lexicon.FUTURE_CUES.contains(w)) {
      boolean needsTo = w.equals("due") || w.equals("going") || w.equals("plan") || w.equals("plans")
          || w.equals("planned") || w.equals("intends") || w.equals("intend") || w.equals("hopes") || w.equals("aims");
      if (!needsTo || next.equals("to") || next.equals("na")) {
        return FUTURE;
      }
      return NONE;
    }
    if (w.equals("set") && next.equals("to")) {
      return FUTURE;
    }
    if (w.equals("has") || w.equals("have")) {
      return NONE; // the participle after it decides ("has recaptured" is past, "has to" is not)
    }
    if (Lexicon.PRESENT.contains(w)) {
      return PRESENT;
    }
    if (p.glued() || p.capitalized() && k > 0) {
      return NONE; // "rebel-held", "US-led", "United": adjectives and names, not verbs
    }
    if (Lexicon.IRREGULAR_PAST.contains(w)) {
      return passive(pieces, k) ? NONE : PAST;
    }
    if (isRegularPast(w)) {
      boolean adjective = w.startsWith("un") || k > 0 && DETERMINERS.contains(pieces.get(k - 1).lower());
      return adjective || passive(pieces, k) ? NONE : PAST; // "a still unspecified date", "the armed forces"
    }
    return NONE;
  }

  private static boolean isRegularPast(String w) {
    return w.length() >= 5 && w.endsWith("ed") && !Lexicon.NOT_PAST.contains(w);
  }

  /** A participle after "be", "been", "being": the auxiliary before it holds the tense ("will be held"). */
  private static boolean passive(List<Piece> pieces, int k) {
    for (int b = k - 1; b >= 0 && b >= k - 2; b--) {
      String w = pieces.get(b).lower();
      if (w.equals("be") || w.equals("being")) {
        return true;
      }
    }
    return false;
  }
}
