package org.warta.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * <p>Design decision: the budget is CPU time of the working thread, not wall-clock time. On a
 * machine shared with other work (or running more analysis threads than cores) a healthy article
 * can take many times its CPU time in wall time, and skipping it would lose data for no fault of
 * its own; a pathological input is one that burns CPU. Reading a thread's CPU clock costs a system
 * call, so {@link #check()} first compares the wall clock (cheap, and never behind the thread's CPU
 * time) with the deadline, and only past it asks the CPU clock, pushing the wall-clock deadline
 * back by the CPU time still left. Where the JVM cannot measure thread CPU time the budget is
 * wall-clock time.
 *
 * <p>Without an active deadline every method here is a no-op, so stages behave the same in unit
 * tests and tools that never set one.
 */
public final class Deadline implements AutoCloseable {
  private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_CLOCK = cpuClockAvailable();
  private static final long UNLIMITED = Long.MAX_VALUE;

  private final String what;
  private final long budgetMillis;
  private final long budgetNanos;
  private final long startCpu;
  private final Deadline previous;
  private long wallDeadline;
  private boolean closed;

  private Deadline(
      String what, long budgetMillis, long budgetNanos, long startWall, Deadline previous) {
    this.what = what;
    this.budgetMillis = budgetMillis;
    this.budgetNanos = budgetNanos;
    this.startCpu = budgetNanos == UNLIMITED ? 0 : cpuNow();
    this.wallDeadline = budgetNanos == UNLIMITED ? UNLIMITED : startWall + budgetNanos;
    this.previous = previous;
  }

  /**
   * Starts a budget for {@code what} (a phrase such as {@code stage 'time'}) on this thread; close
   * the returned deadline to end it. A budget started inside another one never outlives it.
   *
   * @param budget the CPU time allowed; null or zero or negative means unlimited
   */
  public static Deadline start(String what, Duration budget) {
    Deadline outer = CURRENT.get();
    long now = System.nanoTime();
    long millis = budget == null || budget.isZero() || budget.isNegative() ? 0 : budget.toMillis();
    long nanos = millis == 0 ? UNLIMITED : Math.max(1, millis) * 1_000_000L;
    long outerLeft = outer == null ? UNLIMITED : Math.max(0, outer.remainingNanos());
    Deadline d =
        outerLeft < nanos
            // the enclosing budget ends first: keep its name and limit
            ? new Deadline(outer.what, outer.budgetMillis, outerLeft, now, outer)
            : new Deadline(what, millis, nanos, now, outer);
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
    return d != null && d.isExpired();
  }

  /**
   * {@code text} wrapped so that reading it checks this thread's budget; {@code text} itself when
   * no budget is active. Match regular expressions that could backtrack on the result.
   */
  public static CharSequence guard(CharSequence text) {
    Deadline d = CURRENT.get();
    if (d == null || d.budgetNanos == UNLIMITED) {
      return text;
    }
    return new GuardedText(text, d);
  }

  void checkThis() {
    if (isExpired()) {
      throw exceeded();
    }
  }

  /** Whether the budget of this deadline was spent (checked at the time of the call). */
  public boolean isExpired() {
    if (budgetNanos == UNLIMITED) {
      return false;
    }
    long now = System.nanoTime();
    if (now - wallDeadline <= 0) {
      return false; // wall time never runs behind this thread's CPU time
    }
    long left = remainingNanos();
    if (left <= 0) {
      return true;
    }
    wallDeadline = now + left; // the thread waited for a core: it may still use what is left
    return false;
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

  /** CPU nanoseconds left in this budget (negative once spent). */
  private long remainingNanos() {
    return budgetNanos == UNLIMITED ? UNLIMITED : budgetNanos - (cpuNow() - startCpu);
  }

  private static boolean cpuClockAvailable() {
    try {
      return THREADS.isCurrentThreadCpuTimeSupported() && THREADS.getCurrentThreadCpuTime() >= 0;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  private static long cpuNow() {
    return CPU_CLOCK ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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
