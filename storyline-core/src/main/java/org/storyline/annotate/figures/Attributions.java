package org.storyline.annotate.figures;

import java.util.List;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.Attribution;
import org.storyline.model.Entity;

/**
 * Who a sentence attributes what it says to: the noun phrase of a reporting verb ("the UN aid agency
 * says", "..., police and medical sources said", "said Lt. Gregg Hastings of the Oregon State
 * Police", "confirmed dead by the police", "X quoted the governor as saying"), or of "according to";
 * the one nearest the figure when there are several. Without a part-of-speech tagger a noun phrase
 * is a run of content words, with "of", "for", "in", "the", "and" and possessives inside it.
 */
final class Attributions {
  private static final int REACH = 14;

  private Attributions() {}

  private record Span(int first, int end) {}

  /** The source of the figure at token {@code figure} of sentence {@code s}, or null. */
  static Attribution find(String text, List<Token> tokens, List<Entity> entities, Sentence s, int figure) {
    Span best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      Span np = sourceOf(tokens, s, k);
      if (np == null || (np.first() <= figure + 1 && figure < np.end())) {
        continue; // the people counted are not the source of their own count ("the three people said")
      }
      int distance = Math.abs(k - figure);
      if (distance < bestDistance) {
        best = np;
        bestDistance = distance;
      }
    }
    if (best == null) {
      return null;
    }
    int start = tokens.get(best.first()).start();
    int end = tokens.get(best.end() - 1).end();
    return new Attribution(start, end, text.substring(start, end), canonical(tokens, entities, best));
  }

  /** The source named by the reporting word at {@code k}, or null when {@code k} is none or names none. */
  private static Span sourceOf(List<Token> tokens, Sentence s, int k) {
    Token t = tokens.get(k);
    if (Words.is(t, "according") && k + 1 < s.endToken() && Words.is(tokens.get(k + 1), "to")) {
      return after(tokens, s, k + 2);
    }
    if (Words.is(t, "quoted", "cited") && k - 2 >= s.firstToken() && Words.is(tokens.get(k - 1), "was", "were", "been")) {
      return before(tokens, s, k - 2); // "Puntland military officers were quoted ... as saying"
    }
    if (Words.is(t, "quoted", "quoting", "citing")) {
      return after(tokens, s, k + 1);
    }
    if (!Character.isLowerCase(t.text().charAt(0)) || !Lexicon.REPORTING.contains(Words.lower(t))
        || (k + 1 < s.endToken() && Words.is(tokens.get(k + 1), "responsibility", "credit"))
        || (Words.is(t, "claimed", "claims") && k + 1 < s.endToken() && Words.is(tokens.get(k + 1), "the", "lives", "life"))) {
      return null; // "Islamic State", "claimed responsibility for killing nine", "claimed the lives of 2,000"
    }
    int first = s.firstToken();
    if (k - 1 >= first && Words.is(tokens.get(k - 1), "been", "was", "were", "is", "are", "be")) {
      for (int j = k + 1; j < Math.min(s.endToken(), k + 5); j++) { // "confirmed dead by the police"
        if (Words.is(tokens.get(j), "by")) {
          return after(tokens, s, j + 1);
        }
      }
      return null;
    }
    int b = k - 1;
    while (b >= first && Words.is(tokens.get(b), "has", "have", "had", "also", "later", "earlier", "previously", "again",
        "separately", "further", "would", "will", "had", "reportedly")) {
      b--;
    }
    if (b >= first && Words.is(tokens.get(b), "he", "she", "they", "it", "we")) {
      return new Span(b, b + 1);
    }
    Span before = before(tokens, s, b);
    if (before != null) {
      return before;
    }
    boolean tell = Words.lemma(t).equals("tell") || Words.is(t, "told", "tells");
    boolean clauseEnd = b < first || tokens.get(b).text().matches("[,\"“”]");
    Span inverted = tell || !clauseEnd ? null : closingPhrase(tokens, s, after(tokens, s, k + 1)); // ", said Lt. Gregg Hastings"
    if (inverted != null) {
      return inverted;
    }
    if (b >= first && tokens.get(b).text().equals(",")) {
      for (int c = b - 1; c > first; c--) {
        Token x = tokens.get(c);
        if (Words.is(x, "who", "which")) { // "an eyewitness who spoke to the Punch newspaper, claimed"
          return before(tokens, s, tokens.get(c - 1).text().equals(",") ? c - 2 : c - 1);
        }
        if (x.text().equals(",")) { // "Stephen Lado Onisimo, Information Minister of Yei River State, told"
          return before(tokens, s, c - 1);
        }
      }
    }
    return null;
  }

  /** The noun phrase ending at token {@code b}, read backwards; null when there is none. */
  private static Span before(List<Token> tokens, Sentence s, int b) {
    int first = s.firstToken();
    int k = b;
    for (int n = 0; k >= first && n < REACH; n++) {
      Token t = tokens.get(k);
      if (t.text().equals(")")) {
        int open = k - 1;
        while (open > Math.max(first, k - 6) && !tokens.get(open).text().equals("(")) {
          open--;
        }
        if (open < first || !tokens.get(open).text().equals("(")) {
          break;
        }
        k = open - 1;
        continue;
      }
      boolean left = k - 1 >= first && Words.isContent(tokens.get(k - 1));
      if (isNounWord(t) || (Words.is(t, "of", "for", "in", "from", "at", "and") && left) || (t.text().equals("-") && left)) {
        k--;
        continue;
      }
      if (Words.is(t, "the") && k - 1 >= first && Words.is(tokens.get(k - 1), "of", "for", "in", "from", "at")) {
        k--;
        continue;
      }
      if (Words.is(t, "the", "a", "an")) {
        k--;
      }
      break;
    }
    int start = k + 1;
    while (start <= b && Words.is(tokens.get(start), "of", "for", "in", "from", "at", "and")) {
      start++;
    }
    return isName(tokens, start, b + 1) ? new Span(start, b + 1) : null;
  }

  /** The phrase when it ends its clause (", said the ministry." / ", said X on Monday"), else null. */
  private static Span closingPhrase(List<Token> tokens, Sentence s, Span np) {
    if (np == null || np.end() >= s.endToken()) {
      return np;
    }
    Token next = tokens.get(np.end());
    return next.text().matches("[.,;:\"“”)]") || Words.is(next, "on", "in", "at", "late", "early", "yesterday", "today",
        "last", "earlier", "after", "when", "while") ? np : null;
  }

  /** The noun phrase starting at token {@code k}; null when none starts there. */
  private static Span after(List<Token> tokens, Sentence s, int k) {
    int limit = s.endToken();
    if (k >= limit || !(isNounWord(tokens.get(k)) || Words.is(tokens.get(k), "the", "a", "an"))) {
      return null;
    }
    int end = k;
    for (int n = 0; end < limit && n < REACH; n++) {
      Token t = tokens.get(end);
      boolean right = end + 1 < limit && (isNounWord(tokens.get(end + 1)) || Words.is(tokens.get(end + 1), "the"));
      if (isNounWord(t) || (end == k && Words.is(t, "the", "a", "an"))
          || (Words.is(t, "of", "for", "in", "from", "at", "and", "the") && right)) {
        end++;
        continue;
      }
      if (t.text().equals("(")) {
        int close = end + 1;
        while (close < Math.min(limit, end + 6) && !tokens.get(close).text().equals(")")) {
          close++;
        }
        if (close < limit && tokens.get(close).text().equals(")")) {
          end = close + 1;
          continue;
        }
      }
      break;
    }
    while (end > k && Words.is(tokens.get(end - 1), "of", "for", "in", "from", "at", "and", "the")) {
      end--;
    }
    return isName(tokens, k, end) ? new Span(k, end) : null;
  }

  /** Words that open a sentence but name no one: "However, ... claimed". */
  private static final java.util.Set<String> NOT_NAMES = java.util.Set.of("however", "meanwhile", "moreover", "furthermore",
      "instead", "earlier", "later", "yesterday", "today", "tonight", "then", "now", "also", "still");

  /** A word that may be part of a source's name: a content word, an acronym or a possessive. */
  private static boolean isNounWord(Token t) {
    boolean verb = Lexicon.REPORTING.contains(Words.lower(t)) && !Words.is(t, "reports");
    return (Words.isContent(t) && !verb) || Words.isAcronym(t) || t.text().matches("'s|’s|'")
        || t.text().matches("\\p{Lu}\\p{L}*\\.");
  }

  /** Tokens [from, to) can name a source: a content word, not a lone adverb or participle ("identified"). */
  private static boolean isName(List<Token> tokens, int from, int to) {
    boolean content = false;
    for (int k = from; k < to; k++) {
      content |= Words.isContent(tokens.get(k)) || Words.isAcronym(tokens.get(k));
      if (NumberReader.read(tokens, k, to) != null && !Words.is(tokens.get(k), "a", "an")) {
        return false; // a counted group ("the three holdouts told") is not a source
      }
    }
    if (!content) {
      return false;
    }
    if (to - from == 1) {
      Token t = tokens.get(from);
      String w = Words.lower(t);
      return !NOT_NAMES.contains(w) && !(Character.isLowerCase(t.text().charAt(0)) && (w.endsWith("ed") || w.endsWith("ing")));
    }
    return true;
  }

  /** The canonical name of the entity the source's phrase ends with ("the Syrian Observatory for Human Rights"), or null. */
  private static String canonical(List<Token> tokens, List<Entity> entities, Span np) {
    int start = tokens.get(np.first()).start();
    int end = tokens.get(np.end() - 1).end();
    int lastWord = np.end() - 1;
    while (lastWord > np.first() && !Words.isWord(tokens.get(lastWord))) {
      lastWord--;
    }
    int headEnd = tokens.get(lastWord).end();
    for (Entity e : entities) {
      if (e.start() >= start && e.end() >= headEnd && e.end() <= end && e.canonical() != null) {
        return e.canonical();
      }
    }
    return null;
  }
}
