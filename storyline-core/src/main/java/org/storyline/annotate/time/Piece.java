package org.storyline.annotate.time;

/**
 * A word of a sentence as the time grammar reads it: a token, or a part of a hyphenated token
 * ("five-year" is "five" then "year", the second {@code glued} to the first). CoreNLP splits most
 * hyphens into tokens of their own but keeps "mid-November"; both come out the same here.
 *
 * @param text  as written
 * @param lower lower-cased, without a trailing period ("Sept." is "sept")
 * @param start character offset into the article text
 * @param end   character offset one past the end
 * @param glued joined to the previous piece by a hyphen, with no space
 */
record Piece(String text, String lower, int start, int end, boolean glued) {

  boolean capitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean isDigits() {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of a piece of 1 to 4 plain digits, or -1. */
  int digits() {
    return text.length() <= 4 && isDigits() ? Integer.parseInt(text) : -1;
  }
}
