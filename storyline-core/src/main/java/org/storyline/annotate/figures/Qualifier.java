package org.storyline.annotate.figures;

import java.util.List;
import java.util.Map;
import org.storyline.annotate.Token;

/**
 * The words that make a number approximate and which bound they leave: "at least 6" is 6 or more,
 * "nearly 50" at most 50, "about 50" neither.
 */
enum Qualifier {
  /** "at least", "more than", "over": the number is the least. */
  AT_LEAST,
  /** "up to", "nearly", "almost", "as many as": the number is the most. */
  AT_MOST,
  /** "about", "around", "some", "an estimated": neither bound. */
  ABOUT;

  private static final Map<String, Qualifier> BEFORE = Map.ofEntries(
      Map.entry("at least", AT_LEAST), Map.entry("more than", AT_LEAST), Map.entry("no fewer than", AT_LEAST),
      Map.entry("no less than", AT_LEAST), Map.entry("not less than", AT_LEAST), Map.entry("in excess of", AT_LEAST),
      Map.entry("upwards of", AT_LEAST), Map.entry("over", AT_LEAST), Map.entry("well over", AT_LEAST),
      Map.entry("just over", AT_LEAST), Map.entry("above", AT_LEAST), Map.entry("at least some", AT_LEAST),
      Map.entry("up to", AT_MOST), Map.entry("nearly", AT_MOST), Map.entry("almost", AT_MOST),
      Map.entry("as many as", AT_MOST), Map.entry("fewer than", AT_MOST), Map.entry("less than", AT_MOST),
      Map.entry("under", AT_MOST), Map.entry("just under", AT_MOST), Map.entry("close to", AT_MOST),
      Map.entry("no more than", AT_MOST), Map.entry("at most", AT_MOST),
      Map.entry("about", ABOUT), Map.entry("around", ABOUT), Map.entry("approximately", ABOUT), Map.entry("roughly", ABOUT),
      Map.entry("some", ABOUT), Map.entry("an estimated", ABOUT), Map.entry("estimated", ABOUT), Map.entry("circa", ABOUT),
      Map.entry("approx.", ABOUT), Map.entry("more or less", ABOUT), Map.entry("perhaps", ABOUT), Map.entry("possibly", ABOUT));

  /** A qualifier read with the tokens it took. */
  record Found(Qualifier qualifier, int first) {}

  /** The qualifier ending just before token {@code first} (the longest phrase wins), or null. */
  static Found before(List<Token> tokens, int first, int sentenceStart) {
    for (int n = 3; n >= 1; n--) {
      int from = first - n;
      if (from < sentenceStart) {
        continue;
      }
      StringBuilder phrase = new StringBuilder();
      for (int k = from; k < first; k++) {
        phrase.append(k == from ? "" : " ").append(Words.lower(tokens.get(k)));
      }
      Qualifier q = BEFORE.get(phrase.toString());
      if (q != null) {
        return new Found(q, from);
      }
    }
    return null;
  }

  /** "or so" (about) and "or more" (at least) after the number, or null. */
  static Qualifier after(List<Token> tokens, int end, int limit) {
    if (end + 1 < limit && Words.is(tokens.get(end), "or")) {
      if (Words.is(tokens.get(end + 1), "so")) {
        return ABOUT;
      }
      if (Words.is(tokens.get(end + 1), "more")) {
        return AT_LEAST;
      }
    }
    return null;
  }
}
