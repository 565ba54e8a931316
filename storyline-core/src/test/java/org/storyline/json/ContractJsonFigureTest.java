package org.storyline.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.storyline.model.Attribution;
import org.storyline.model.Figure;
import org.storyline.model.FigureKind;

/** Figures in the batch contract: the original fields first, the additions after them, old records still readable. */
class ContractJsonFigureTest {
  @Test
  void aFigureWritesTheContractFieldsThenItsAdditions() throws Exception {
    Figure f = new Figure(10, 16, "31,500", 31500, FigureKind.DISPLACED, true, null, null, false, "refugees",
        new Attribution(0, 17, "The UN aid agency", null), "2016-12-03");
    JsonNode n = ContractJson.mapper().valueToTree(f);
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("start", "end", "text", "value", "kind", "approximate", "min", "max", "cumulative",
        "subtype", "source", "date");
    assertThat(n.get("kind").asText()).isEqualTo("displaced");
    assertThat(n.get("source").get("text").asText()).isEqualTo("The UN aid agency");
    assertThat(n.get("min").isNull()).isTrue();
    assertThat(ContractJson.mapper().treeToValue(n, Figure.class)).isEqualTo(f);
  }

  @Test
  void aFigureWithoutSubtypeOmitsIt() {
    JsonNode n = ContractJson.mapper().valueToTree(new Figure(0, 2, "12", 12, FigureKind.KILLED, false));
    assertThat(n.has("subtype")).isFalse();
    assertThat(n.get("min").asLong()).isEqualTo(12);
    assertThat(n.get("max").asLong()).isEqualTo(12);
  }

  @Test
  void aFigureStoredBeforeTheAdditionsStillReads() throws Exception {
    Figure f = ContractJson.mapper().readValue(
        "{\"start\":0,\"end\":2,\"text\":\"12\",\"value\":12,\"kind\":\"killed\",\"approximate\":false}", Figure.class);
    assertThat(f.kind()).isEqualTo(FigureKind.KILLED);
    assertThat(f.min()).isNull();
    assertThat(f.cumulative()).isFalse();
    assertThat(f.source()).isNull();
    assertThat(f.date()).isNull();
  }
}
