package org.warta.eval;

/**
 * True positives, false positives and false negatives of one class (or pooled over classes).
 * Precision, recall and F1 of an empty denominator are 0, never NaN or a sentinel.
 */
public record Counts(long tp, long fp, long fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
