package org.warta.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-class counts with pooled (micro-averaged) and per-class-mean (macro-averaged) scores.
 *
 * <p>Micro scores pool the counts of all classes, then compute P/R/F1; macro scores are the
 * unweighted means of the per-class P/R/F1. Not thread-safe while being filled.
 */
public final class ScoreTable {
  private final String title;
  private final Map<String, Counts> byClass = new TreeMap<>();

  public ScoreTable(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public ScoreTable add(String label, Counts counts) {
    byClass.merge(label, counts, Counts::plus);
    return this;
  }

  public ScoreTable tp(String label) {
    return add(label, new Counts(1, 0, 0));
  }

  public ScoreTable fp(String label) {
    return add(label, new Counts(0, 1, 0));
  }

  public ScoreTable fn(String label) {
    return add(label, new Counts(0, 0, 1));
  }

  public Map<String, Counts> byClass() {
    return java.util.Collections.unmodifiableMap(byClass);
  }

  /** Counts pooled over all classes. */
  public Counts micro() {
    return byClass.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  public double microPrecision() {
    return micro().precision();
  }

  public double microRecall() {
    return micro().recall();
  }

  public double microF1() {
    return micro().f1();
  }

  public double macroPrecision() {
    return byClass.values().stream().mapToDouble(Counts::precision).average().orElse(0);
  }

  public double macroRecall() {
    return byClass.values().stream().mapToDouble(Counts::recall).average().orElse(0);
  }

  public double macroF1() {
    return byClass.values().stream().mapToDouble(Counts::f1).average().orElse(0);
  }

  /** A Markdown table: one row per class, then micro and macro rows. */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder();
    b.append("### ").append(title).append("\n\n");
    b.append("| class | TP | FP | FN | precision | recall | F1 |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    byClass.forEach((k, c) -> row(b, k, c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    Counts m = micro();
    row(b, "**micro**", m.tp(), m.fp(), m.fn(), m.precision(), m.recall(), m.f1());
    b.append(
        String.format(
            Locale.ROOT,
            "| **macro** | | | | %.4f | %.4f | %.4f |%n",
            macroPrecision(),
            macroRecall(),
            macroF1()));
    return b.toString();
  }

  private static void row(
      StringBuilder b, String k, long tp, long fp, long fn, double p, double r, double f) {
    b.append(
        String.format(
            Locale.ROOT, "| %s | %d | %d | %d | %.4f | %.4f | %.4f |%n", k, tp, fp, fn, p, r, f));
  }
}
