package org.storyline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class QuoteExtractorTest {
  private static final org.storyline.annotate.places.Gazetteer GAZETTEER = org.storyline.annotate.places.Gazetteer.bundled();
  private static List<Quote> quotes(String text, Map<String, EntityType> names) {
    Document d = new DictionaryRecogniser(names).annotate(Document.of(Articles.of("a", null, text, null)));
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    return new QuoteExtractor().annotate(d).get(Layers.QUOTES);
  }

  @Test
  void findsTheSpeakerAfterTheQuoteAndResolvesAPronoun() {
    String text = "\"We're going to review some ideas tonight,\" said Kerry.\n\n"
        + "\"We're not going to rush,\" he said, stressing the importance of a deal.";
    List<Quote> q = quotes(text, Map.of("Kerry", EntityType.PERSON));
    assertThat(q).hasSize(2);
    assertThat(q).allSatisfy(x -> assertThat(x.speaker().text()).isEqualTo("Kerry"));
    assertThat(q).extracting(x -> x.cue().text()).containsExactly("said", "said");
    assertThat(q.get(1).text()).isEqualTo("We're not going to rush,");
    assertThat(text.substring(q.get(1).start(), q.get(1).end())).isEqualTo(q.get(1).text());
  }

  @Test
  void findsTheSpeakerBeforeAColonAndClosesAQuoteAtTheParagraphEnd() {
    String text = "Mr Lavrov added: \"Nobody is waiting for the next administration here.\nAnother paragraph.";
    List<Quote> q = quotes(text, Map.of("Lavrov", EntityType.PERSON));
    assertThat(q).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("Nobody is waiting for the next administration here.");
      assertThat(x.speaker().text()).isEqualTo("Lavrov");
      assertThat(x.cue().text()).isEqualTo("added");
    });
  }

  @Test
  void scareQuotesAreNotSpeech() {
    assertThat(quotes("Kerry said a number of \"ideas\" had been put forward by \"moderate\" rebels.", Map.of("Kerry", EntityType.PERSON)))
        .isEmpty();
  }
}
