package org.storyline.annotate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one folding under which names written differently are the same name: lower case, no
 * diacritics (and the letters Unicode does not decompose: ß, ı, ø, đ, ł), every run of characters
 * that are not letters or digits one space, no space at either end: "Al-Qaeda" and "al Qaeda" →
 * "al qaeda", "Erdoğan" → "erdogan". The gazetteer, the organisation list and the alias table
 * build their keys on it.
 *
 * <p>Written by hand rather than with {@link Normalizer} and regular expressions alone: those cost
 * about ten times more, and plain ASCII names, nearly all of them, are folded for every token of
 * every article and at over a million lookups a second; the JDK's normaliser only serves the rest.
 */
public final class NameFolding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameFolding() {}

  /** The folded name, words separated by single spaces. */
  public static String fold(String name) {
    String ascii = ascii(name);
    return ascii != null ? ascii : unicode(name);
  }

  /** The folded name without its spaces: "Al-Qaeda" → "alqaeda". */
  public static String foldTight(String name) {
    return fold(name).replace(" ", "");
  }

  /** The folding of an all-ASCII name, or null when it has other characters. */
  private static String ascii(String name) {
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
    return b.toString();
  }

  private static String unicode(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded = folded.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "o")
        .replace("đ", "d").replace("Đ", "d").replace("ł", "l").replace("Ł", "l");
    return NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
