package org.warta.pipeline;

/**
 * A stage (or another step of the analysis) used more than its time budget; the article is skipped
 * and reported with {@link #getMessage()}, e.g. {@code stage 'time' exceeded its 2000 ms budget}.
 * See {@link Deadline}.
 */
public final class BudgetExceededException extends RuntimeException {
  private final String what;
  private final long budgetMillis;

  public BudgetExceededException(String what, long budgetMillis) {
    super(what + " exceeded its " + budgetMillis + " ms budget", null, false, false);
    this.what = what;
    this.budgetMillis = budgetMillis;
  }

  /** What ran out of time, e.g. {@code stage 'time'}. */
  public String what() {
    return what;
  }

  public long budgetMillis() {
    return budgetMillis;
  }
}
