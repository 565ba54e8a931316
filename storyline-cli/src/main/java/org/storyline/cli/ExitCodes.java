package org.storyline.cli;

/** What {@code storyline}'s exit status means. */
final class ExitCodes {
  private ExitCodes() {}

  /** Everything worked. */
  static final int OK = 0;
  /** The run finished, but some inputs failed; each was named on stderr with its reason. */
  static final int SOME_FAILED = 1;
  /** The command line was wrong; nothing was done. */
  static final int USAGE = 2;
  /** The run could not proceed (store in use or unreadable, I/O failure, port taken, internal error). */
  static final int FATAL = 3;
}
