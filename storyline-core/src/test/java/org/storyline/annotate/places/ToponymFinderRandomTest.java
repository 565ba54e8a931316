package org.storyline.annotate.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.model.Entity;
import org.storyline.model.EntityType;
import org.storyline.model.Place;
import org.storyline.testing.Articles;

/** Random text and random entity spans: the place stage never throws, and its spans are sound. */
class ToponymFinderRandomTest {
  private static final String[] PIECES = {"Aleppo", "Syria", "Syrian", "-", "Turkish", " border", "northern ", "Paris", ", ",
      "Texas", "Ky.", "B.C.", " (AP) - ", "\n", "EDMONTON", ". ", "U.S.", "-led", "Zürich", "’", "é", "\u0301", "\uD83D\uDE00",
      "the ", "Border", "Castello Road", " ", "Middle East", "EU", "north-eastern ", "Nigeria", "5 BC", "of", "al-", "Mosul"};
  private static Gazetteer gazetteer;

  @BeforeAll
  static void load() {
    gazetteer = Gazetteer.bundled();
  }

  @Test
  void neverThrowsAndKeepsSpansInsideTheTextInOrder() {
    Random random = new Random(20161204);
    PlaceResolver resolver = new PlaceResolver(gazetteer);
    EntityType[] types = EntityType.values();
    for (int round = 0; round < 400; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String text = b.toString();
      List<Entity> entities = new ArrayList<>();
      int at = 0;
      while (at < text.length() && random.nextInt(4) > 0) {
        int s = at + random.nextInt(Math.max(1, Math.min(10, text.length() - at)));
        int e = Math.min(text.length(), s + 1 + random.nextInt(15));
        if (s >= text.length()) {
          break;
        }
        entities.add(new Entity(s, e, text.substring(s, e), types[random.nextInt(types.length)], null, null));
        at = e;
      }
      Document d = Document.of(Articles.of("r" + round, null, text, null)).with(Layers.ENTITY_MENTIONS, List.copyOf(entities));
      List<Place> places = resolver.annotate(d).get(Layers.PLACES);
      int previous = -1;
      for (Place p : places) {
        assertThat(p.start()).isBetween(0, p.end());
        assertThat(p.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        assertThat(p.start()).isGreaterThanOrEqualTo(previous);
        assertThat(p.precision()).isNotNull();
        previous = p.start();
      }
    }
  }
}
