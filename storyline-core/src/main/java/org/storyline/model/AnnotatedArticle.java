package org.storyline.model;

/** An article with what the annotation stages found in it. */
public record AnnotatedArticle(Article article, Annotations annotations) {}
