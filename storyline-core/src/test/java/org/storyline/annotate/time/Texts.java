package org.storyline.annotate.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.TimeExpression;

/**
 * Tags test sentences on tokens cut the way CoreNLP cuts them where times are concerned: "p.m.",
 * "Sept." and "10:30" whole, hyphens and "'s" apart; one sentence per line.
 */
final class Texts {
  private static final Pattern TOKEN = Pattern.compile(
      "[ap]\\.m\\.|(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.|\\d+(?:[:.,/]\\d+)*(?:st|nd|rd|th|s)?|'\\d0s|'s|[\\p{L}\\p{N}]+|\\S");

  private Texts() {}

  static List<TimeExpression> tag(String text, String published) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = 0;
    for (String line : text.split("\n", -1)) {
      int first = tokens.size();
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        String t = m.group();
        tokens.add(new Token(lineStart + m.start(), lineStart + m.end(), t, null, t.toLowerCase(), "O"));
      }
      if (tokens.size() > first) {
        sentences.add(new Sentence(tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first, tokens.size()));
      }
      lineStart += line.length() + 1;
    }
    return TimeTagger.tag(text, tokens, sentences, published == null ? null : LocalDate.parse(published));
  }

  /** "text=TYPE:value" for each expression, for compact assertions. */
  static List<String> found(String text, String published) {
    return tag(text, published).stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
  }
}
