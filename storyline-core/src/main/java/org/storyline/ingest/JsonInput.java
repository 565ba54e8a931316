package org.storyline.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.storyline.model.ArticleInput;
import org.storyline.model.Result;

/** The contract's input object (INTERFACES.md, "Input: article JSONL") to an {@link ArticleInput}. */
public final class JsonInput {
  private JsonInput() {}

  /**
   * Reads the known fields of one input object; other fields are ignored here (callers that echo
   * input keep the object). Numbers are accepted where strings are expected ({@code "id": 12}).
   *
   * @param where how to name the object in a rejection ("in.jsonl:12")
   */
  public static Result<ArticleInput> fromJson(JsonNode node, String where) {
    if (node == null || !node.isObject()) {
      return Result.rejected(where, "not a JSON object");
    }
    String id = scalar(node, "id");
    if (id == null || id.isBlank()) {
      return Result.rejected(where, "no 'id'");
    }
    String text = scalar(node, "text");
    String html = scalar(node, "html");
    if (text == null && html == null) {
      return Result.rejected(where + " (id " + id + ")", "needs 'text' or 'html'");
    }
    return Result.ok(new ArticleInput(id, scalar(node, "url"), scalar(node, "source"), scalar(node, "title"),
        text, html, scalar(node, "published"), scalar(node, "language"), where + " (id " + id + ")"));
  }

  private static String scalar(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
