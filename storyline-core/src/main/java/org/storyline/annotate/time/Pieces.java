package org.storyline.annotate.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.storyline.annotate.Token;

/** Splits a sentence's tokens into {@link Piece}s: hyphenated words into their parts, hyphens dropped. */
final class Pieces {
  private Pieces() {}

  static List<Piece> of(List<Token> tokens, int from, int to) {
    List<Piece> pieces = new ArrayList<>(to - from + 4);
    boolean glueNext = false;
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      String text = t.text();
      if (isHyphen(text) && k > from && k + 1 < to && tokens.get(k - 1).end() == t.start()
          && tokens.get(k + 1).start() == t.end()) {
        glueNext = true;
        continue;
      }
      int partStart = 0;
      for (int i = 1; i < text.length() - 1; i++) {
        if (text.charAt(i) == '-' && partStart < i) {
          add(pieces, text.substring(partStart, i), t.start() + partStart, glueNext);
          glueNext = true;
          partStart = i + 1;
        }
      }
      add(pieces, text.substring(partStart), t.start() + partStart, glueNext);
      glueNext = false;
    }
    return pieces;
  }

  private static boolean isHyphen(String s) {
    return s.equals("-") || s.equals("–") || s.equals("‐");
  }

  private static void add(List<Piece> pieces, String text, int start, boolean glued) {
    if (text.isEmpty()) {
      return;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() > 1 && lower.endsWith(".")) {
      lower = lower.substring(0, lower.length() - 1);
    }
    pieces.add(new Piece(text, lower, start, start + text.length(), glued));
  }
}
