package org.storyline.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.storyline.model.AnnotatedArticle;
import org.storyline.model.Annotations;
import org.storyline.model.Article;
import org.storyline.model.StoredArticle;

/**
 * JSON as the batch contract (INTERFACES.md) writes it: dates as ISO-8601 strings, unknown input
 * fields ignored, and an article flat ({@code id, url, ..., entities, places, ...}) rather than nested.
 */
public final class ContractJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .build();

  private ContractJson() {}

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The article's own fields plus the annotation lists, in the contract's order. */
  public static ObjectNode article(AnnotatedArticle a) {
    ObjectNode node = MAPPER.createObjectNode();
    putArticle(node, a.article());
    putAnnotations(node, a.annotations());
    return node;
  }

  /** Adds the annotation fields (and the text, title and published they refer to) to an input object. */
  public static ObjectNode addAnnotations(ObjectNode input, AnnotatedArticle a) {
    Article article = a.article();
    input.put("text", article.text());
    input.put("title", article.title());
    input.set("published", MAPPER.valueToTree(article.published()));
    putAnnotations(input, a.annotations());
    return input;
  }

  /** A stored article as {@code export --what articles} writes it. */
  public static ObjectNode storedArticle(StoredArticle s) {
    ObjectNode node = article(s.annotated());
    node.put("story", s.story());
    node.put("duplicateOf", s.duplicateOf());
    node.set("eventIds", MAPPER.valueToTree(s.eventIds()));
    return node;
  }

  private static void putArticle(ObjectNode node, Article a) {
    node.put("id", a.id());
    node.put("url", a.url());
    node.put("source", a.source());
    node.put("title", a.title());
    node.put("text", a.text());
    node.set("published", MAPPER.valueToTree(a.published()));
    node.put("language", a.language());
  }

  private static void putAnnotations(ObjectNode node, Annotations x) {
    node.set("entities", MAPPER.valueToTree(x.entities()));
    node.set("places", MAPPER.valueToTree(x.places()));
    node.set("times", MAPPER.valueToTree(x.times()));
    node.set("figures", MAPPER.valueToTree(x.figures()));
    node.set("quotes", MAPPER.valueToTree(x.quotes()));
    node.set("events", MAPPER.valueToTree(x.events()));
  }
}
