package org.storyline.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.model.TimeExpression;

/**
 * Randomized: any sequence of time words, numbers and punctuation, with or without a publication
 * date, tags without throwing; expressions lie inside the text, in order, without overlapping, and
 * their text is the text at their offsets. The seed is printed on failure so a case can be replayed.
 */
class TimeTaggerRandomTest {
  private static final String[] WORDS = {
    "the", "a", "last", "next", "this", "early", "late", "mid", "mid-", "-", "–", "of", "on", "in", "since", "until",
    "Sunday", "Monday", "Sundays", "May", "March", "September", "Sept.", "Aug.", "June", "year", "years", "month", "week",
    "weekend", "quarter", "third", "fourth", "first", "half", "day", "days", "hour", "hours", "ago", "earlier", "later",
    "every", "each", "other", "weekly", "daily", "twice", "times", "old", "year-old", "five-year", "48-hour", "fiscal",
    "summer", "fall", "spring", "winter", "decade", "century", "20th", "1990s", "'80s", "nineties", "now", "recently",
    "recent", "future", "past", "today", "yesterday", "tomorrow", "tonight", "night", "morning", "noon", "midnight",
    "p.m.", "a.m.", "EST", "GMT", "local", "time", "o'clock", "10:30", "5", "24", "31", "0", "29", "2016", "1990", "92",
    "2016-09-04", "9/4/2016", "13/13/13", "0000", "9999", "twenty", "four", "nineteen", "ninety", "two", "thousand",
    "and", "half", "several", "few", "couple", "dozen", "hundred", "more", "than", "nearly", "up", "to", "will", "said",
    "was", "renewed", "set", "expected", "by", "payable", "'s", ",", ".", ";", "\"", "(", ")", "year-earlier", "Q3",
    "period", "latest", "current", "previous", "following", "same", "that", "coming", "per", "$", "%", "Febuary", "é"
  };

  @Test
  void randomTextNeverThrowsAndSpansAreInsideAndOrdered() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(40);
      for (int k = 0; k < n; k++) {
        b.append(WORDS[random.nextInt(WORDS.length)]);
        int gap = random.nextInt(10);
        b.append(gap == 0 ? "" : gap == 1 ? "\n" : " ");
      }
      String text = b.toString();
      String published = random.nextInt(5) == 0 ? null
          : LocalDate.of(1 + random.nextInt(2999), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
      List<TimeExpression> times;
      try {
        times = Texts.tag(text, published);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", case " + i + ", published " + published + ": " + text, e);
      }
      int previousEnd = 0;
      for (TimeExpression t : times) {
        String what = "seed " + seed + ", case " + i + ": " + text;
        assertThat(t.start()).as(what).isGreaterThanOrEqualTo(previousEnd);
        assertThat(t.end()).as(what).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
        assertThat(t.text()).as(what).isEqualTo(text.substring(t.start(), t.end()));
        assertThat(t.type()).as(what).isIn("DATE", "TIME", "DURATION", "SET");
        previousEnd = t.end();
      }
    }
  }
}
