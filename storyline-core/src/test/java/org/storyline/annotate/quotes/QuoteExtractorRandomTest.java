package org.storyline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;

/**
 * Random text from quotation marks, cues, names, pronouns, punctuation and line breaks: the extractor
 * never throws, every span lies in the text and matches it, quotes are ordered without overlaps, and
 * no speaker lies inside its own content.
 */
class QuoteExtractorRandomTest {
  private static final String[] PIECES = {"\"", "“", "”", "''", "«", "»", "„", ",", ".", ":", ";", "?", "—", "(", ")", "\n",
      "\n\n", " ", " said", " says", " told", " reporters", " that", " according to", " added", " he", " she", " it", " they",
      " the minister", " the monitor", " Kerry", " John Kerry", " Lavrov", " Reuters", " we will win", " the talks failed",
      " on Monday", " and", " saying", " ’", "'", " in a statement", "Mr", " who", " a spokesman for"};
  private static final Map<String, EntityType> NAMES = Map.of("Kerry", EntityType.PERSON, "John Kerry", EntityType.PERSON,
      "Lavrov", EntityType.PERSON, "Reuters", EntityType.ORGANIZATION);

  @RepeatedTest(300)
  void spansStayInsideTheTextOrderedAndApart(RepetitionInfo run) {
    Random random = new Random(run.getCurrentRepetition());
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(120);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    String text = b.toString();
    List<Quote> quotes = QuoteExtractorTest.quotes(text, NAMES);
    int previousEnd = 0;
    for (Quote q : quotes) {
      assertThat(q.start()).as(text).isBetween(previousEnd, q.end() - 1);
      assertThat(q.end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
      previousEnd = q.end();
      if (q.speaker() != null) {
        assertThat(text.substring(q.speaker().start(), q.speaker().end())).isEqualTo(q.speaker().text());
        assertThat(q.speaker().end() <= q.start() || q.speaker().start() >= q.end()).as("speaker outside content: " + q).isTrue();
        assertThat(q.speakerName()).isNotNull().isNotIn("he", "she", "it", "they", "He", "She", "It", "They");
      } else {
        assertThat(q.speakerName()).isNull();
      }
      if (q.cue() != null) {
        assertThat(text.substring(q.cue().start(), q.cue().end())).isEqualTo(q.cue().text());
      }
    }
  }
}
