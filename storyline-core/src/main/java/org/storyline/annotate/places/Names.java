package org.storyline.annotate.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key place names are matched on: diacritics folded, lower case, punctuation as spaces, a
 * leading "the" dropped. "Sant Julià de Lòria" and "sant julia de loria" share a key; so do
 * "U.S." and "U S".
 */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  static String key(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    folded = folded.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("Ø", "o")
        .replace("đ", "d").replace("Đ", "d").replace("ł", "l").replace("Ł", "l");
    String key = NON_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return key.startsWith("the ") ? key.substring(4) : key;
  }
}
