package org.storyline.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Quote;
import org.storyline.model.TextSpan;
import org.storyline.testing.Articles;

class ContractJsonQuotesTest {
  @Test
  void aQuoteCarriesItsSpeakersCanonicalNameAndWhetherItIsDirect() throws Exception {
    String text = "\"We will not rush,\" Mr Kerry said.";
    Quote q = new Quote(0, 19, text.substring(0, 19), TextSpan.of(text, 23, 28), TextSpan.of(text, 29, 33), "John Kerry", true);
    AnnotatedArticle a = new AnnotatedArticle(Articles.of("a", null, text, null),
        new Annotations(List.of(), List.of(), List.of(), List.of(), List.of(q), List.of()));
    JsonNode quote = ContractJson.article(a).get("quotes").get(0);
    assertThat(quote.get("speaker").get("text").asText()).isEqualTo("Kerry");
    assertThat(quote.get("cue").get("text").asText()).isEqualTo("said");
    assertThat(quote.get("speakerName").asText()).isEqualTo("John Kerry");
    assertThat(quote.get("direct").asBoolean()).isTrue();
    assertThat(ContractJson.mapper().treeToValue(quote, Quote.class)).isEqualTo(q);
  }
}
