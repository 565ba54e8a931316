package org.storyline.cli;

/** The run cannot proceed, for a reason the message gives the user in one line (exit status 3). */
final class Fatal extends RuntimeException {
  Fatal(String message, Throwable cause) {
    super(message, cause);
  }

  Fatal(String message) {
    super(message);
  }
}
