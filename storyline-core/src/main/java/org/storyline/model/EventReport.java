package org.storyline.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One source's report of a merged {@link Event}: which article and outlet said it, in which
 * sentence, on which date, with which figures. Serialised in snake_case, as {@link Event}.
 *
 * @param seen      when the article was published (or ingested), ISO-8601
 * @param killed    people killed by this report, or null
 * @param injured   people injured by this report, or null
 * @param displaced people displaced by this report, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventReport(
    String articleId,
    String source,
    String sentence,
    String eventDate,
    String seen,
    Long killed,
    Long injured,
    Long displaced) {}
