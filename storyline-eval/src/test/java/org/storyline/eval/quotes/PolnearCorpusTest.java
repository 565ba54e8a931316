package org.storyline.eval.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearCorpusTest {
  @TempDir
  Path split;

  @Test
  void readsDiscontinuousSpansAndKeepsOneAnnotatorPerDocument() throws Exception {
    Files.createDirectories(split.resolve("text"));
    Files.createDirectories(split.resolve("attributions"));
    String text = "“We are close,” Kerry said, “but not there.”\n";
    Files.writeString(split.resolve("text/doc.txt"), text, StandardCharsets.UTF_8);
    Files.writeString(split.resolve("attributions/doc_aaaa.ann"), String.join("\n",
        "T1\tSource 16 21\tKerry",
        "T2\tCue 22 26\tsaid",
        "T3\tContent 0 15;28 44\t“We are close,” “but not there.”",
        "T4\tAttribution 22 26\tsaid",
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        "T5\tContent 0 5\tnot part of an attribution"), StandardCharsets.UTF_8);
    Files.writeString(split.resolve("attributions/doc_bbbb.ann"), "E1\tAttribution:T1 Content:T2\n", StandardCharsets.UTF_8);
    PolnearCorpus corpus = PolnearCorpus.read(split);
    assertThat(corpus.docs()).singleElement().satisfies(d -> {
      assertThat(d.attributions()).singleElement().satisfies(a -> {
        assertThat(a.content()).containsExactly(new PolnearCorpus.Span(0, 15), new PolnearCorpus.Span(28, 44));
        assertThat(a.source()).containsExactly(new PolnearCorpus.Span(16, 21));
        assertThat(a.cue()).containsExactly(new PolnearCorpus.Span(22, 26));
      });
      assertThat(QuoteEval.isDirect(d.text(), d.attributions().get(0))).isTrue();
    });
  }
}
