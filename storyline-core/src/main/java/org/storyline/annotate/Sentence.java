package org.storyline.annotate;

/**
 * A sentence: its character span and the range of its tokens in the {@link Layers#TOKENS} layer.
 *
 * @param firstToken index of its first token
 * @param endToken   index one past its last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
