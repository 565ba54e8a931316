package org.storyline.annotate.figures;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.storyline.annotate.Token;

/**
 * Reads the number phrase that starts at a token: "31,500", "two dozen", "1.5 million", "a dozen",
 * "sixty - seven", "several hundred", "hundreds", "tens of thousands", "40 or 50", and the ECB+
 * spelling "100, 000" (digit groups the tokenizer split at a comma followed by one space).
 */
final class NumberReader {
  private NumberReader() {}

  /** The quantity starting at token {@code i} (reading no further than {@code limit}), or null. */
  static Quantity read(List<Token> tokens, int i, int limit) {
    String w = lower(tokens.get(i));
    NumberWords.Vague vague = NumberWords.vague(w);
    if (vague != null) {
      return vaguePlural(tokens, i, limit, vague);
    }
    if ((w.equals("several") || w.equals("few")) && i + 1 < limit && NumberWords.isScale(tokens.get(i + 1).text())) {
      long unit = scales(tokens, i + 1, limit);
      int end = scalesEnd(tokens, i + 1, limit);
      return new Quantity(i, end, (w.equals("several") ? 3 : 2) * unit, (w.equals("several") ? 3 : 2) * unit, 10 * unit - 1, true);
    }
    if (w.equals("a") && i + 2 < limit && lower(tokens.get(i + 1)).equals("few") && NumberWords.isScale(tokens.get(i + 2).text())) {
      long unit = scales(tokens, i + 2, limit);
      return new Quantity(i, scalesEnd(tokens, i + 2, limit), 2 * unit, 2 * unit, 10 * unit - 1, true);
    }
    if ((w.equals("a") || w.equals("an")) && i + 1 < limit && NumberWords.isScale(tokens.get(i + 1).text())) {
      long value = scales(tokens, i + 1, limit);
      return new Quantity(i, scalesEnd(tokens, i + 1, limit), value, value, value, false);
    }
    Quantity q = plain(tokens, i, limit);
    return q == null ? null : range(tokens, q, limit);
  }

  /** "hundreds", "dozens", and "tens/hundreds of thousands/millions". */
  private static Quantity vaguePlural(List<Token> tokens, int i, int limit, NumberWords.Vague v) {
    if (i + 2 < limit && lower(tokens.get(i + 1)).equals("of")) {
      NumberWords.Vague big = NumberWords.vague(tokens.get(i + 2).text());
      if (big != null && big.unit() >= 1_000 && big.unit() > v.unit()) {
        long min = v.min() * big.unit();
        return new Quantity(i, i + 3, min, min, (v.max() + 1) * big.unit() - 1, true);
      }
    }
    return new Quantity(i, i + 1, v.min(), v.min(), v.max(), true);
  }

  /** Groups of three digits that may follow a first group across ", " (a trillion has four). */
  private static final int MAX_SPLIT_GROUPS = 4;

  /** Digits, a decimal or a cardinal word, with the scale words after it. */
  private static Quantity plain(List<Token> tokens, int i, int limit) {
    String w = tokens.get(i).text();
    OptionalLong digits = NumberWords.digits(w);
    OptionalLong word = NumberWords.word(w);
    double decimal = NumberWords.decimal(w);
    int end = i + 1;
    double value;
    if (digits.isPresent()) {
      long v = digits.getAsLong();
      // "100, 000": at most MAX_SPLIT_GROUPS more groups, so that "100, 000, 000, ..." cannot overflow
      for (int groups = 0; groups < MAX_SPLIT_GROUPS && w.length() <= 3 && end + 1 < limit && isSplitGroup(tokens, end); groups++) {
        v = v * 1000 + Long.parseLong(tokens.get(end + 1).text());
        end += 2;
      }
      value = v;
    } else if (word.isPresent()) {
      long v = word.getAsLong();
      if (NumberWords.isTens(v)) { // "sixty-seven", "sixty - seven", "twenty five"
        int u = end < limit && tokens.get(end).text().equals("-") ? end + 1 : end;
        OptionalLong unit = u < limit ? NumberWords.word(tokens.get(u).text()) : OptionalLong.empty();
        if (unit.isPresent() && unit.getAsLong() < 10) {
          v += unit.getAsLong();
          end = u + 1;
        }
      }
      value = v;
    } else if (!Double.isNaN(decimal) && end < limit && NumberWords.isScale(tokens.get(end).text())) {
      value = decimal;
    } else {
      return null;
    }
    if (end < limit && NumberWords.isScale(tokens.get(end).text())) {
      value *= scales(tokens, end, limit);
      end = scalesEnd(tokens, end, limit);
    }
    long v = Math.round(value);
    return new Quantity(i, end, v, v, v, false);
  }

  /** "40 or 50": a range from the first to the second. */
  private static Quantity range(List<Token> tokens, Quantity q, int limit) {
    if (q.end() + 1 < limit && lower(tokens.get(q.end())).equals("or")) {
      Quantity second = plain(tokens, q.end() + 1, limit);
      if (second != null && second.value() > q.value()) {
        return new Quantity(q.first(), second.end(), q.value(), q.value(), second.value(), true);
      }
    }
    return q;
  }

  /** Tokens {@code k} and {@code k+1} are ", 000" of a number written "100, 000". */
  private static boolean isSplitGroup(List<Token> tokens, int k) {
    Token comma = tokens.get(k);
    Token group = tokens.get(k + 1);
    return comma.text().equals(",") && comma.start() == tokens.get(k - 1).end() && group.start() == comma.end() + 1
        && group.text().matches("\\d{3}");
  }

  private static long scales(List<Token> tokens, int k, int limit) {
    long value = 1;
    for (; k < limit && NumberWords.isScale(tokens.get(k).text()) && value < 1_000_000_000_000L; k++) {
      value *= NumberWords.scale(tokens.get(k).text());
    }
    return value;
  }

  private static int scalesEnd(List<Token> tokens, int k, int limit) {
    long value = 1;
    for (; k < limit && NumberWords.isScale(tokens.get(k).text()) && value < 1_000_000_000_000L; k++) {
      value *= NumberWords.scale(tokens.get(k).text());
    }
    return k;
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
