package org.storyline.annotate;

/**
 * A token of the article text.
 *
 * @param pos   Penn Treebank part-of-speech tag ("NNP", "VBD"), or null when not tagged
 * @param lemma base form ("recapture" for "recaptured"); the lower-cased text when no lemmatiser ran
 * @param ner   the token's named-entity or numeric tag ("PERSON", "NUMBER", "O"); "O" when none
 */
public record Token(int start, int end, String text, String pos, String lemma, String ner) {

  public boolean isNumber() {
    return "NUMBER".equals(ner);
  }
}
