package org.storyline.annotate.figures;

import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import org.storyline.annotate.Token;

/** How the figure readers look at one token: its lower-cased text and lemma, and the cue it is. */
final class Words {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.\\-]*");

  private Words() {}

  static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  static String lemma(Token t) {
    return t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
  }

  /** A word of letters (with inner apostrophes, dots or hyphens: "al-Shabab", "U.S."). */
  static boolean isWord(Token t) {
    return WORD.matcher(t.text()).matches();
  }

  /** An acronym ("IS", "UN", "YPG"): never read as the function word it may spell. */
  static boolean isAcronym(Token t) {
    return t.text().length() >= 2 && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && isWord(t);
  }

  static boolean isFunctionWord(Token t) {
    return !isAcronym(t) && Lexicon.FUNCTION_WORDS.contains(lower(t));
  }

  static boolean isClauseEnd(Token t) {
    return Lexicon.CLAUSE_END.contains(lower(t));
  }

  /** A content word that may stand in a noun phrase: a word that is not a function word. */
  static boolean isContent(Token t) {
    return isWord(t) && !isFunctionWord(t);
  }

  static boolean is(Token t, String... words) {
    String w = lower(t);
    for (String x : words) {
      if (w.equals(x)) {
        return true;
      }
    }
    return false;
  }

  static boolean isPeople(Token t) {
    return Lexicon.PEOPLE.contains(lower(t)) || Lexicon.PEOPLE.contains(lemma(t)) || Lexicon.PEOPLE.contains(singular(lower(t)));
  }

  static Lexicon.Cue kindNoun(Token t) {
    Lexicon.Cue c = Lexicon.KIND_NOUNS.get(lower(t));
    c = c != null ? c : Lexicon.KIND_NOUNS.get(lemma(t));
    return c != null ? c : Lexicon.KIND_NOUNS.get(singular(lower(t)));
  }

  /**
   * The singular of a regular English plural ("civilians", "families", "refugees"), or the word
   * itself; for recognisers that give no lemmas (CoreNLP's do).
   */
  static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * The cue at token {@code k}, reading the phrases that take more than one word: "cut off"
   * (besieged), "to safety", "(fled|left|from) their homes", "in emergency shelters" (displaced), "to hospital", "in hospital",
   * "medical attention" (injured), "took the lives of" (killed); null when there is none.
   */
  static Lexicon.Cue cueAt(List<Token> tokens, int k, int first, int limit) {
    Token t = tokens.get(k);
    String w = lower(t);
    String next = k + 1 < limit ? lower(tokens.get(k + 1)) : "";
    if (lemma(t).equals("cut") && next.equals("off")) {
      return new Lexicon.Cue(org.storyline.model.FigureKind.BESIEGED, null, Lexicon.Form.TRANSITIVE);
    }
    if ((w.equals("safety") || w.equals("home") || w.equals("homes")) && k - 1 >= first) {
      for (int b = k - 1; b >= Math.max(first, k - 3); b--) {
        if (is(tokens.get(b), "to", "from", "leave", "left", "flee", "fled", "lost", "lose", "abandon", "abandoned")) {
          return w.equals("safety") && !is(tokens.get(b), "to") ? null
              : new Lexicon.Cue(org.storyline.model.FigureKind.DISPLACED, null, Lexicon.Form.ADJECTIVE);
        }
      }
      return null;
    }
    if ((w.equals("shelter") || w.equals("shelters") || w.equals("camps")) && k - 1 >= first) {
      for (int b = k - 1; b >= Math.max(first, k - 3); b--) {
        if (is(tokens.get(b), "in", "into", "given", "seek", "sought", "seeking", "take", "took", "taken")) {
          return new Lexicon.Cue(org.storyline.model.FigureKind.DISPLACED, null, Lexicon.Form.ADJECTIVE);
        }
      }
      return null;
    }
    if ((w.equals("hospital") || w.equals("hospitals")) && k - 1 >= first) {
      for (int b = k - 1; b >= Math.max(first, k - 3); b--) {
        if (is(tokens.get(b), "to", "in")) {
          return new Lexicon.Cue(org.storyline.model.FigureKind.INJURED, null, Lexicon.Form.ADJECTIVE);
        }
        if (!is(tokens.get(b), "the", "a", "nearby", "local")) {
          break;
        }
      }
      return null;
    }
    if (w.equals("medical") && (next.equals("attention") || next.equals("treatment") || next.equals("care"))) {
      return new Lexicon.Cue(org.storyline.model.FigureKind.INJURED, null, Lexicon.Form.ADJECTIVE);
    }
    if ((w.equals("life") || w.equals("lives")) && k - 1 >= first) {
      for (int b = k - 1; b >= Math.max(first, k - 3); b--) {
        if (lemma(tokens.get(b)).matches("take|took|taken|claim|claimed|lose|lost|cost")) {
          return new Lexicon.Cue(org.storyline.model.FigureKind.KILLED, null, Lexicon.Form.NOUN);
        }
      }
      return null;
    }
    Lexicon.Cue c = Lexicon.CUES.get(w);
    return c != null ? c : (isAcronym(t) ? null : Lexicon.CUES.get(lemma(t)));
  }
}
