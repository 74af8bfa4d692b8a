package org.warta.ingest;

/**
 * An input that cannot be read as an article, with a reason a user can act on. Batch commands
 * report it as one line naming the input and go on with the next one.
 */
public final class InputRejectedException extends Exception {
  private final String input;
  private final String reason;

  public InputRejectedException(String input, String reason) {
    super(input + ": " + reason);
    this.input = input;
    this.reason = reason;
  }

  public String input() {
    return input;
  }

  public String reason() {
    return reason;
  }
}
