package org.warta.cli;

/** Exit codes shared by all commands. */
final class ExitCodes {
  private ExitCodes() {}

  /** Everything was processed. */
  static final int OK = 0;

  /** Some inputs were skipped (each reported on stderr); the rest was processed. */
  static final int SOME_SKIPPED = 1;

  /** Bad usage: unknown option, bad value. */
  static final int USAGE = 2;

  /** A bug in Warta. */
  static final int INTERNAL = 3;
}
