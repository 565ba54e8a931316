package org.storyline.store;

/** A search query that does not parse; the message says where and why, for the user. */
public final class InvalidQueryException extends Exception {
  public InvalidQueryException(String message) {
    super(message);
  }
}
