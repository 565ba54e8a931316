package org.storyline.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.storyline.annotate.Annotator;
import org.storyline.annotate.Document;
import org.storyline.annotate.Layers;
import org.storyline.annotate.Sentence;
import org.storyline.annotate.Token;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Entity;
import org.storyline.model.Result;
import org.storyline.testing.Articles;

/** CoreNLP behind our contract: declarations hold, and offsets are inside the text and in order. */
class CoreNlpAnnotatorIT {

  private static Annotator corenlp() {
    return Models.pipeline().stages().get(0);
  }

  @Test
  void providesWhatItDeclaresFromNothing() {
    Document d = corenlp().annotate(Document.of(Articles.of("a", null, "Kerry met Lavrov in Geneva on Monday.", "2016-12-03")));
    assertThat(corenlp().requires()).isEmpty();
    for (var layer : corenlp().provides()) {
      assertThat(d.has(layer)).as(layer.name()).isTrue();
    }
    // times come from the next stage, Storyline's tagger: "met ... on Monday" in a report of Saturday 3 December is the 28th
    Annotator times = Models.pipeline().stages().get(1);
    assertThat(times.name()).isEqualTo("times");
    assertThat(times.annotate(d).get(Layers.TIMES)).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2016-11-28"));
  }

  @Test
  void randomTextKeepsEveryOffsetInsideTheTextAndOrdered() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    String[] words = {"Aleppo", "Kerry", "said", "\"", "“", "”", "12", "1,500", "people", "killed", ".", "\n", "\n\n", "é", "€",
        "U.S.", "(AFP)", "-", "on", "Sunday", "next", "week", "Dr.", "😀", "\t", "IS", "siege", "rebels", "'s", "—"};
    for (int i = 0; i < 20; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 1 + random.nextInt(120); k++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "" : " ");
      }
      String text = b.toString().isBlank() ? "x" : b.toString();
      Result<AnnotatedArticle> r = Models.pipeline().annotate(Articles.of("r" + i, null, text, "2016-09-04"));
      assertThat(r).as("seed %d case %d", seed, i).isInstanceOf(Result.Ok.class);
      var a = ((Result.Ok<AnnotatedArticle>) r).value().annotations();
      for (Entity e : a.entities()) {
        assertThat(text.substring(e.start(), e.end())).as("seed %d", seed).isEqualTo(e.text());
      }
      a.places().forEach(p -> assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text()));
      a.times().forEach(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
      a.figures().forEach(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
      a.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
      Document d = corenlp().annotate(Document.of(Articles.of("r", null, text, null)));
      List<Token> tokens = d.get(Layers.TOKENS);
      for (int k = 1; k < tokens.size(); k++) {
        assertThat(tokens.get(k).start()).as("seed %d", seed).isGreaterThanOrEqualTo(tokens.get(k - 1).end());
      }
      for (Sentence s : d.get(Layers.SENTENCES)) {
        assertThat(s.start()).isLessThanOrEqualTo(s.end());
        assertThat(s.end()).isLessThanOrEqualTo(text.length());
      }
    }
  }
}
