package org.storyline.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.TimeExpression;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;
import org.storyline.model.Figure;

/**
 * Randomized: whatever words arrive, figure extraction never throws, its spans lie inside the text
 * and read what they cover, come in text order without overlapping, and its numbers hold together
 * (value at least zero, min at most value at most max). The seed is printed on failure.
 */
class FigureExtractorRandomizedTest {
  private static final String[] WORDS = {
    "31,500", "100", ", 000", "1.5", "million", "two", "dozen", "dozens", "hundreds", "tens", "of", "thousands", "millions",
    "several", "a few", "a", "one", "Sixty-seven", "twenty - five", "40 or 50", "2011", "48-hour", "five-year", "$35,000", "%",
    "people", "soldiers", "refugees", "men", "others", "them", "dead", "wounded", "killed", "killing", "and", "or", "were",
    "have been", "displaced", "fled", "arrested", "cut off", "besieged", "missing", "shot", "toll", "rose to", "since", "so far",
    "more", "at least", "more than", "nearly", "up to", "about", "some", "no", "the", "police", "said", "says", "according to",
    "the Observatory", "told", "quoted", "as saying", "who", "which", ",", ".", ";", "(", ")", "-", "\"", "'s", "Nov.", "7",
    "on Sunday", "including", "by", "times", "year-old", "aged", "Gomes", "é", "\u00a0", "\n", "  ", "x", "UN", "IS", "9-3"
  };
  private static final Map<String, EntityType> NAMES = Map.of("Observatory", EntityType.ORGANIZATION, "Gomes", EntityType.PERSON,
      "UN", EntityType.ORGANIZATION);

  /** The figures of {@code text}: dictionary names as canonical entities, and "Sunday" as a date when asked. */
  private static List<Figure> figures(String text, boolean sunday) {
    Document d = new DictionaryRecogniser(NAMES).annotate(Document.of(Articles.of("r", null, text, "2016-09-04")));
    List<Entity> entities = d.get(Layers.ENTITY_MENTIONS).stream().map(e -> e.withCanonical(e.text())).toList();
    List<TimeExpression> times = new ArrayList<>();
    for (int at = text.indexOf("Sunday"); sunday && at >= 0; at = text.indexOf("Sunday", at + 1)) {
      times.add(new TimeExpression(at, at + 6, "Sunday", "DATE", "2016-09-04"));
    }
    return new FigureExtractor().annotate(d.with(Layers.ENTITIES, entities).with(Layers.TIMES, List.copyOf(times)))
        .get(Layers.FIGURES);
  }

  @Test
  void randomTextsNeverThrowAndKeepFiguresInsideTheirText() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = random.nextInt(60); n > 0; n--) {
        b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      }
      String text = b.toString();
      List<Figure> figures;
      try {
        figures = figures(text, random.nextBoolean());
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", case " + i + " '" + text + "': " + e, e);
      }
      int end = 0;
      for (Figure f : figures) {
        String as = "seed " + seed + ", case " + i + " '" + text + "': " + f;
        assertThat(f.start()).as(as).isGreaterThanOrEqualTo(end);
        assertThat(f.end()).as(as).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(f.start(), f.end())).as(as).isEqualTo(f.text());
        assertThat(f.value()).as(as).isNotNegative();
        if (f.min() != null) {
          assertThat(f.min()).as(as).isLessThanOrEqualTo(f.value());
        }
        if (f.max() != null) {
          assertThat(f.max()).as(as).isGreaterThanOrEqualTo(f.value());
        }
        if (f.source() != null) {
          assertThat(f.source().end()).as(as).isLessThanOrEqualTo(text.length());
          assertThat(text.substring(f.source().start(), f.source().end())).as(as).isEqualTo(f.source().text());
        }
        end = f.end();
      }
    }
  }
}
