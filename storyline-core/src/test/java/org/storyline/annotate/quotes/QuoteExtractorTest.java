package org.storyline.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.entities.EntityCanonicalizer;
import org.storyline.annotate.places.Gazetteer;
import org.storyline.annotate.places.PlaceResolver;
import org.storyline.model.EntityType;
import org.storyline.model.Quote;
import org.storyline.testing.Articles;
import org.storyline.testing.DictionaryRecogniser;

class QuoteExtractorTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final Map<String, EntityType> NAMES = Map.of("Kerry", EntityType.PERSON, "John Kerry", EntityType.PERSON,
      "Lavrov", EntityType.PERSON, "Syrian Observatory for Human Rights", EntityType.ORGANIZATION,
      "Rami Abdel Rahman", EntityType.PERSON, "Reuters", EntityType.ORGANIZATION);

  static List<Quote> quotes(String text, Map<String, EntityType> names) {
    Document d = new DictionaryRecogniser(names).annotate(Document.of(Articles.of("a", null, text, null)));
    d = new PlaceResolver(GAZETTEER).annotate(d);
    d = new EntityCanonicalizer(GAZETTEER).annotate(d);
    return new QuoteExtractor().annotate(d).get(Layers.QUOTES);
  }

  private static List<Quote> quotes(String text) {
    return quotes(text, NAMES);
  }

  @Test
  void findsTheSpeakerAfterTheQuoteAndResolvesAPronoun() {
    String text = "\"We're going to review some ideas tonight,\" said Kerry.\n\n"
        + "\"We're not going to rush,\" he said, stressing the importance of a deal.";
    List<Quote> q = quotes(text);
    assertThat(q).hasSize(2);
    assertThat(q).allSatisfy(x -> {
      assertThat(x.speaker().text()).isEqualTo("Kerry");
      assertThat(x.direct()).isTrue();
    });
    assertThat(q).extracting(x -> x.cue().text()).containsExactly("said", "said");
    assertThat(q.get(1).text()).isEqualTo("\"We're not going to rush,\"");
    assertThat(text.substring(q.get(1).start(), q.get(1).end())).isEqualTo(q.get(1).text());
  }

  @Test
  void findsTheSpeakerBeforeAColonAndClosesAQuoteAtTheParagraphEnd() {
    String text = "Mr Lavrov added: \"Nobody is waiting for the next administration here.\nAnother paragraph.";
    assertThat(quotes(text)).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("\"Nobody is waiting for the next administration here.");
      assertThat(x.speaker().text()).isEqualTo("Lavrov");
      assertThat(x.cue().text()).isEqualTo("added");
    });
  }

  @Test
  void scareQuotesAreNotSpeech() {
    assertThat(quotes("A number of \"ideas\" had been put forward by \"moderate\" rebels.")).isEmpty();
  }

  @Test
  void anInterruptedQuoteIsTwoQuotesOfOneSpeaker() {
    List<Quote> q = quotes("“We are close,” Kerry said, “but we are not there yet.”");
    assertThat(q).extracting(Quote::text).containsExactly("“We are close,”", "“but we are not there yet.”");
    assertThat(q).allSatisfy(x -> assertThat(x.speakerName()).isEqualTo("Kerry"));
  }

  @Test
  void reportedSpeechRunsFromThatToTheEndOfTheSentence() {
    assertThat(quotes("Lavrov told reporters that the talks would go on next week.")).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("that the talks would go on next week");
      assertThat(x.speakerName()).isEqualTo("Lavrov");
      assertThat(x.cue().text()).isEqualTo("told");
      assertThat(x.direct()).isFalse();
    });
  }

  @Test
  void reportedSpeechBeforeItsAttribution() {
    assertThat(quotes("The ceasefire will hold until Monday, Kerry said.")).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("The ceasefire will hold until Monday");
      assertThat(x.speakerName()).isEqualTo("Kerry");
    });
  }

  @Test
  void accordingToNamesTheSourceEitherSide() {
    assertThat(quotes("According to the Syrian Observatory for Human Rights, 12 people were killed."))
        .singleElement().satisfies(x -> {
          assertThat(x.text()).isEqualTo("12 people were killed");
          assertThat(x.speakerName()).isEqualTo("Syrian Observatory for Human Rights");
          assertThat(x.cue().text()).isEqualTo("According to");
        });
    assertThat(quotes("Twelve people were killed, according to Reuters.")).singleElement()
        .satisfies(x -> assertThat(x.text()).isEqualTo("Twelve people were killed"));
  }

  @Test
  void aDescriptionStandsForTheLatestNameOfItsType() {
    String text = "The Syrian Observatory for Human Rights counted the dead. The Britain-based monitor said 12 people were killed.";
    assertThat(quotes(text)).singleElement().satisfies(x -> {
      assertThat(x.speakerName()).isEqualTo("Syrian Observatory for Human Rights");
      assertThat(x.cue().text()).isEqualTo("said");
    });
  }

  @Test
  void thePronounOfAFormerSpeakerStandsForHimNotForWhomHeQuoted() {
    String text = "Kerry said he had spoken to Lavrov on Friday.\n\n\"We will not rush this,\" he said.";
    assertThat(quotes(text)).last().satisfies(x -> assertThat(x.speakerName()).isEqualTo("Kerry"));
  }

  @Test
  void aPronounWithNoNameBeforeItIsNobodyNeverThePronoun() {
    assertThat(quotes("He said the talks had failed after three days.")).singleElement().satisfies(x -> {
      assertThat(x.speaker()).isNull();
      assertThat(x.speakerName()).isNull();
      assertThat(x.cue().text()).isEqualTo("said");
    });
  }

  @Test
  void theSpeakerNameIsCanonical() {
    String text = "John Kerry arrived in Geneva on Friday. \"We will not rush this,\" Mr Kerry said.";
    assertThat(quotes(text)).singleElement().satisfies(x -> {
      assertThat(x.speaker().text()).isEqualTo("Kerry");
      assertThat(x.speakerName()).isEqualTo("John Kerry");
    });
  }

  @Test
  void aSentenceAfterAQuoteThatEndsWithAFullStopIsNotItsAttribution() {
    String text = "The session touched on \"occasionally a little bit of politics.\" Kerry said he did not seek an endorsement.";
    List<Quote> q = quotes(text);
    assertThat(q).extracting(Quote::text).contains("he did not seek an endorsement");
  }

  @Test
  void aColonAtTheEndOfAParagraphIntroducesTheNextOne() {
    String text = "In a speech last July, Kerry said:\n\nLet no one be mistaken about what this means.\n\nAnother paragraph.";
    assertThat(quotes(text)).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("Let no one be mistaken about what this means.");
      assertThat(x.speakerName()).isEqualTo("Kerry");
    });
  }
}
