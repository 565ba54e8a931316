package org.storyline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.storyline.annotate.NameFolding;
import org.storyline.model.EntityType;

/**
 * The keys under which names are the same name. An exact key ignores case, diacritics,
 * punctuation, honorifics and Arabic articles ("al-Assad" = "Al Assad"). A person's variant key is
 * the surname with the first name reduced to its consonants, so transliterations of one first name
 * meet ("Sergey"/"Sergei" Lavrov → "lavrov|srg", "Mohammed"/"Muhammad" → "mhmd") while short first
 * names must match exactly ("Dan" and "Don" Bell stay apart). Middle names are ignored.
 */
public final class NameKeys {
  private static final Set<String> DROPPED = Set.of("al", "el", "the", "mr", "mrs", "ms", "dr", "sir", "jr", "sr");
  /** First names shorter than this are compared whole: their consonants say too little. */
  private static final int SKELETON_MIN = 4;

  private NameKeys() {}

  /** Words of a name: folded, lower case, without honorifics and articles. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    for (String w : NameFolding.fold(name).split(" ")) {
      if (!w.isEmpty() && !DROPPED.contains(w)) {
        words.add(w);
      }
    }
    return words;
  }

  /** "x:" + the name's words joined: the key of exactly this name. */
  public static String exact(String name, EntityType type) {
    return type.name().charAt(0) + ":" + String.join(" ", words(name));
  }

  /** For a person of two words or more, "v:" + surname + "|" + the first name's skeleton; else null. */
  public static String variant(String name, EntityType type) {
    if (type != EntityType.PERSON) {
      return null;
    }
    List<String> w = words(name);
    if (w.size() < 2) {
      return null;
    }
    String first = w.get(0);
    return "v:" + w.get(w.size() - 1) + "|" + (first.length() >= SKELETON_MIN ? skeleton(first) : first);
  }

  /** For a one-word person name, "s:" + the word (a surname alone); else null. */
  public static String surname(String name, EntityType type) {
    if (type != EntityType.PERSON) {
      return null;
    }
    List<String> w = words(name);
    return w.size() == 1 ? "s:" + w.get(0) : (w.size() > 1 ? "s:" + w.get(w.size() - 1) : null);
  }

  /** First letter, then the consonants with repeats collapsed: "sergey" → "srg", "muhammad" → "mhmd". */
  static String skeleton(String word) {
    StringBuilder b = new StringBuilder().append(word.charAt(0));
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("aeiouy".indexOf(c) < 0 && c != b.charAt(b.length() - 1)) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
