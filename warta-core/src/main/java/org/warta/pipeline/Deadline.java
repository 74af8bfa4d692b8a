package org.warta.pipeline;

import java.time.Duration;

/**
 * The time budget of the work the current thread is doing, which long-running loops consult so that
 * one pathological article cannot stall a batch.
 *
 * <pre>{@code
 * try (Deadline d = Deadline.start("stage 'time'", Duration.ofMillis(2000))) {
 *   for (Sentence s : sentences) {
 *     Deadline.check();            // throws BudgetExceededException once the budget is spent
 *     Matcher m = PATTERN.matcher(Deadline.guard(sentenceText));  // a runaway regex stops too
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Design decision: Java cannot stop a thread safely ({@code Thread.stop} leaves shared state
 * corrupt and is gone from recent JDKs), and running every stage on a second thread with a timeout
 * would only abandon the runaway thread, which keeps burning a core. So the budget is cooperative:
 * the deadline lives in a thread-local, {@link #check()} costs one thread-local read and one {@link
 * System#nanoTime()}, and code that may loop long calls it once per sentence, token or candidate.
 * Regular expressions, which loop inside the JDK, are stopped by matching them on {@link
 * #guard(CharSequence)}: a {@code CharSequence} whose {@code charAt} checks the deadline every few
 * thousand reads (the technique is old: a regex engine reads its input only through {@code
 * charAt}). {@link Pipeline} also discards the result of a stage that returned after its budget, so
 * a stage without checks still cannot make a batch silently slow.
 *
 * <p>Without an active deadline every method here is a no-op, so stages behave the same in unit
 * tests and tools that never set one.
 */
public final class Deadline implements AutoCloseable {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

  private final String what;
  private final long budgetMillis;
  private final long deadlineNanos;
  private final Deadline previous;
  private boolean closed;

  private Deadline(String what, long budgetMillis, long deadlineNanos, Deadline previous) {
    this.what = what;
    this.budgetMillis = budgetMillis;
    this.deadlineNanos = deadlineNanos;
    this.previous = previous;
  }

  /**
   * Starts a budget for {@code what} (a phrase such as {@code stage 'time'}) on this thread; close
   * the returned deadline to end it. A budget started inside another one never outlives it.
   *
   * @param budget the time allowed; null or zero or negative means unlimited
   */
  public static Deadline start(String what, Duration budget) {
    Deadline outer = CURRENT.get();
    long now = System.nanoTime();
    long millis = budget == null || budget.isZero() || budget.isNegative() ? 0 : budget.toMillis();
    long deadline = millis == 0 ? Long.MAX_VALUE : now + Math.max(1, millis) * 1_000_000L;
    if (outer != null && outer.deadlineNanos - deadline < 0) {
      // The enclosing budget ends first: keep its name and limit.
      deadline = outer.deadlineNanos;
      Deadline d = new Deadline(outer.what, outer.budgetMillis, deadline, outer);
      CURRENT.set(d);
      return d;
    }
    Deadline d = new Deadline(what, millis, deadline, outer);
    CURRENT.set(d);
    return d;
  }

  /** Throws {@link BudgetExceededException} if this thread's current budget is spent. */
  public static void check() {
    Deadline d = CURRENT.get();
    if (d != null) {
      d.checkThis();
    }
  }

  /** Whether this thread's current budget is spent (for loops that prefer to stop early). */
  public static boolean expired() {
    Deadline d = CURRENT.get();
    return d != null
        && d.deadlineNanos != Long.MAX_VALUE
        && System.nanoTime() - d.deadlineNanos > 0;
  }

  /**
   * {@code text} wrapped so that reading it checks this thread's budget; {@code text} itself when
   * no budget is active. Match regular expressions that could backtrack on the result.
   */
  public static CharSequence guard(CharSequence text) {
    Deadline d = CURRENT.get();
    if (d == null || d.deadlineNanos == Long.MAX_VALUE) {
      return text;
    }
    return new GuardedText(text, d);
  }

  void checkThis() {
    if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0) {
      throw new BudgetExceededException(what, budgetMillis);
    }
  }

  /** Whether the budget of this deadline was spent (checked at the time of the call). */
  public boolean isExpired() {
    return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0;
  }

  /** The exception that reports this deadline as exceeded. */
  public BudgetExceededException exceeded() {
    return new BudgetExceededException(what, budgetMillis);
  }

  /** Ends this budget; the enclosing one, if any, applies again. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      CURRENT.set(previous);
    }
  }

  /** A read-only view that checks the deadline every {@value #CHECK_EVERY} reads. */
  private static final class GuardedText implements CharSequence {
    private static final int CHECK_EVERY = 4096;
    private final CharSequence text;
    private final Deadline deadline;
    private int reads;

    GuardedText(CharSequence text, Deadline deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if (++reads >= CHECK_EVERY) {
        reads = 0;
        deadline.checkThis();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new GuardedText(text.subSequence(start, end), deadline);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
