package org.storyline.model;

/** A span of the article text with the text it covers. */
public record TextSpan(int start, int end, String text) {

  public static TextSpan of(String documentText, int start, int end) {
    return new TextSpan(start, end, documentText.substring(start, end));
  }
}
