package org.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.testing.Articles;

class StoryTermsTest {
  /** A document whose tokens are its words split on spaces, tagged by {@code tag}, one sentence per line. */
  private static Document document(String title, String text) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      int first = tokens.size();
      int pos = offset;
      for (String w : line.split(" ")) {
        if (!w.isEmpty()) {
          String bare = w.replaceAll("[.,]$", "");
          tokens.add(new Token(pos, pos + bare.length(), bare, tag(bare), bare.toLowerCase().replaceAll("s$", ""),
              bare.equals("Sunday") ? "DATE" : "O"));
        }
        pos += w.length() + 1;
      }
      if (tokens.size() > first) {
        sentences.add(new Sentence(offset, offset + line.length(), first, tokens.size()));
      }
      offset += line.length() + 1;
    }
    return Document.of(Articles.of("a", title, text, "2016-09-04")).with(Layers.TOKENS, tokens).with(Layers.SENTENCES, sentences);
  }

  private static String tag(String w) {
    return switch (w.toLowerCase()) {
      case "the", "a", "of", "in", "on" -> "DT";
      case "encircle", "encircled" -> "VBD";
      default -> "NN";
    };
  }

  @Test
  void wordsComeFromTheHeadlineAndTheLeadOnlyNeverDates() {
    String text = "Troops encircled rebels in Aleppo on Sunday.\nSecond line of the lead here.\nThird line.\nWeather talk far below.";
    ArticleTerms t = new StoryTerms(3).annotate(document("Aleppo besieged", text)).get(StoryTerms.TERMS);
    assertThat(t.words().weights()).containsKeys("troop", "rebel", "aleppo", "besieged", "third");
    assertThat(t.words().weights()).doesNotContainKeys("weather", "sunday", "the");
    assertThat(t.words().weights().get("aleppo")).isEqualTo(2.0); // headline and lead
  }

  @Test
  void headlineFunctionWordsDoNotCountWhenTheBodyCannotLemmatiseThem() {
    ArticleTerms t = new StoryTerms().annotate(document("Police have said two men were arrested in Paris", "")).get(StoryTerms.TERMS);
    assertThat(t.words().weights().keySet()).containsExactlyInAnyOrder("police", "men", "arrested", "paris");
  }

  @Test
  void summaryCandidatesAreLeadSentencesThatReadAsSentences() {
    String text = "May 03, 2013\nTroops encircled the rebel districts of eastern Aleppo on Sunday, a monitor said.\nToo short.";
    ArticleTerms t = new StoryTerms().annotate(document("Aleppo", text)).get(StoryTerms.TERMS);
    assertThat(t.sentences()).hasSize(1);
    ArticleTerms.LeadSentence s = t.sentences().get(0);
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()).startsWith("Troops encircled").endsWith("said.");
  }
}
