package org.storyline.store;

/**
 * The store cannot be used: its folder is unreadable, another process holds its write lock, or its
 * files are damaged. The message is for the user and names the folder.
 */
public final class StoreUnavailableException extends RuntimeException {
  public StoreUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
