package org.storyline.annotate.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys place names are matched on.
 *
 * <p>{@link #key}: diacritics folded, lower case, punctuation as single spaces, a leading "the"
 * dropped. "Sant Julià de Lòria" and "sant julia de loria" share a key; so do "U.S." and "U S".
 * Plain ASCII names (nearly all lookups) take a hand-written loop: the JDK's normaliser and a regex
 * cost about ten times more, and lookups must run at over a million a second.
 *
 * <p>{@link #loose}: a further folding for transliterations of the same name, applied to a key:
 * Arabic articles dropped ("Ar Ramusah"), doubled letters single ("Ramussa"), a final "h" after a
 * vowel dropped, and y/i, ou/u, oo/u, ee/i, q/k, ph/f, kh/k merged ("Sergey"/"Sergei"). It is only
 * consulted when the exact key finds nothing.
 */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final java.util.Set<String> ARTICLES = java.util.Set.of("al", "el", "ar", "as", "ash", "ad", "at", "an", "az", "ul");

  private Names() {}

  static String key(String name) {
    String ascii = asciiKey(name);
    return ascii != null ? ascii : unicodeKey(name);
  }

  /** The key of an all-ASCII name, or null when the name has other characters. */
  private static String asciiKey(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean space = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      } else {
        space = true;
      }
    }
    return dropThe(b.toString());
  }

  private static String unicodeKey(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded = folded.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "o")
        .replace("đ", "d").replace("Đ", "d").replace("ł", "l").replace("Ł", "l");
    String key = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return dropThe(key);
  }

  private static String dropThe(String key) {
    return key.startsWith("the ") ? key.substring(4) : key;
  }

  /** The transliteration-tolerant form of a key (see the class comment). */
  static String loose(String key) {
    StringBuilder out = new StringBuilder(key.length());
    String[] words = key.split(" ");
    for (int w = 0; w < words.length; w++) {
      String word = words[w];
      if (w == 0 && words.length > 1 && ARTICLES.contains(word)) {
        continue;
      }
      word = word.replace("ph", "f").replace("kh", "k").replace("q", "k").replace("ou", "u").replace("oo", "u")
          .replace("ee", "i").replace('y', 'i');
      StringBuilder b = new StringBuilder(word.length());
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
          b.append(c);
        }
      }
      if (b.length() > 3 && b.charAt(b.length() - 1) == 'h' && "aeiou".indexOf(b.charAt(b.length() - 2)) >= 0) {
        b.setLength(b.length() - 1);
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(b);
    }
    return out.toString();
  }
}
