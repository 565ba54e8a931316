package org.storyline.stories;

import java.util.List;

/**
 * What {@link StoryTerms} finds in one article for the story stage.
 *
 * @param words     content lemmas of the headline and the lead, with their counts
 * @param sentences the lead's sentences that could summarise a story, in text order
 */
public record ArticleTerms(TermVector words, List<LeadSentence> sentences) {

  public ArticleTerms {
    sentences = List.copyOf(sentences);
  }

  /**
   * A sentence of the lead: its span in the article text, its text and its content lemmas.
   *
   * @param start character offset of its first character in the article text
   * @param end   character offset one past its last
   */
  public record LeadSentence(int start, int end, String text, TermVector words) {}
}
