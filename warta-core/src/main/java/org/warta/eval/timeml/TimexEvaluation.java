package org.warta.eval.timeml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.warta.eval.Counts;
import org.warta.eval.ScoreTable;

/**
 * Scores predicted TIMEX3 against gold the way TempEval-3 does: strict recognition (identical
 * span), relaxed recognition (overlapping span), type and value. A value is correct when the
 * prediction's span overlaps a gold span and the values are identical; value P = correct /
 * predicted, R = correct / gold. Not thread-safe while documents are being added.
 *
 * <p>Design decision: relaxed matching is one-to-one (each gold span pairs with at most one
 * prediction, the one overlapping it most), so that one long prediction covering two gold
 * expressions counts one hit and one miss rather than two hits.
 */
public final class TimexEvaluation {
  /** A gold expression and the prediction that overlaps it. */
  public record Pair(Timex gold, Timex pred) {
    public boolean valueCorrect() {
      return gold.value() != null && Objects.equals(gold.value(), pred.value());
    }

    public boolean typeCorrect() {
      return gold.type().equals(pred.type());
    }

    public boolean exact() {
      return gold.start() == pred.start() && gold.end() == pred.end();
    }
  }

  /** One document's matches and errors. */
  public record Doc(
      String name,
      String text,
      int gold,
      int predicted,
      List<Pair> pairs,
      List<Timex> falsePositives,
      List<Timex> falseNegatives) {
    public long strictHits() {
      return pairs.stream().filter(Pair::exact).count();
    }

    public long valueHits() {
      return pairs.stream().filter(Pair::valueCorrect).count();
    }

    public Counts value() {
      long tp = valueHits();
      return new Counts(tp, predicted - tp, gold - tp);
    }
  }

  private final List<Doc> docs = new ArrayList<>();

  /** Scores one document; both lists hold spans into {@code text}. */
  public Doc add(String name, String text, List<Timex> gold, List<Timex> predicted) {
    List<Timex> preds = new ArrayList<>(predicted);
    boolean[] used = new boolean[preds.size()];
    List<Pair> pairs = new ArrayList<>();
    List<Timex> fns = new ArrayList<>();
    for (Timex g : gold) {
      int best = -1;
      int bestOverlap = 0;
      for (int i = 0; i < preds.size(); i++) {
        Timex p = preds.get(i);
        if (used[i] || !p.overlaps(g)) {
          continue;
        }
        int overlap = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
        if (overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        fns.add(g);
      } else {
        used[best] = true;
        pairs.add(new Pair(g, preds.get(best)));
      }
    }
    List<Timex> fps = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      if (!used[i]) {
        fps.add(preds.get(i));
      }
    }
    Doc d = new Doc(name, text, gold.size(), preds.size(), pairs, fps, fns);
    docs.add(d);
    return d;
  }

  public List<Doc> docs() {
    return List.copyOf(docs);
  }

  private long gold() {
    return docs.stream().mapToLong(Doc::gold).sum();
  }

  private long predicted() {
    return docs.stream().mapToLong(Doc::predicted).sum();
  }

  private Counts of(long tp) {
    return new Counts(tp, predicted() - tp, gold() - tp);
  }

  /** Identical spans. */
  public Counts strict() {
    return of(docs.stream().mapToLong(Doc::strictHits).sum());
  }

  /** Overlapping spans, one-to-one. */
  public Counts relaxed() {
    return of(docs.stream().mapToLong(d -> d.pairs().size()).sum());
  }

  /** Overlapping spans with the same type. */
  public Counts type() {
    return of(docs.stream().flatMap(d -> d.pairs().stream()).filter(Pair::typeCorrect).count());
  }

  /** Overlapping spans with the same value. */
  public Counts value() {
    return of(docs.stream().mapToLong(Doc::valueHits).sum());
  }

  /** Of the relaxed matches, the share with the right type (TempEval-3 "type accuracy"). */
  public double typeAccuracy() {
    long pairs = relaxed().tp();
    return pairs == 0 ? 0 : (double) type().tp() / pairs;
  }

  /** Of the relaxed matches, the share with the right value. */
  public double valueAccuracy() {
    long pairs = relaxed().tp();
    return pairs == 0 ? 0 : (double) value().tp() / pairs;
  }

  /** Relaxed recognition per TIMEX3 type (gold type for hits and misses, predicted for FPs). */
  public ScoreTable relaxedByType() {
    ScoreTable t = new ScoreTable("Relaxed recognition by type");
    for (Doc d : docs) {
      d.pairs().forEach(p -> t.tp(p.gold().type()));
      d.falseNegatives().forEach(g -> t.fn(g.type()));
      d.falsePositives().forEach(p -> t.fp(p.type()));
    }
    return t;
  }

  /** Value per TIMEX3 type: a wrong value counts as a false positive and a false negative. */
  public ScoreTable valueByType() {
    ScoreTable t = new ScoreTable("Value by type");
    for (Doc d : docs) {
      for (Pair p : d.pairs()) {
        if (p.valueCorrect()) {
          t.tp(p.gold().type());
        } else {
          t.fp(p.pred().type());
          t.fn(p.gold().type());
        }
      }
      d.falseNegatives().forEach(g -> t.fn(g.type()));
      d.falsePositives().forEach(p -> t.fp(p.type()));
    }
    return t;
  }

  /**
   * A readable report: the summary table, per-type tables, the {@code worst} documents by value F1,
   * and with {@code errors} every false positive, false negative and wrong value or type.
   */
  public String report(int worst, boolean errors) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "## TIMEX3 evaluation: %d documents, %d gold, %d predicted%n%n",
            docs.size(),
            gold(),
            predicted()));
    b.append("| measure | TP | FP | FN | precision | recall | F1 |\n");
    b.append("|---|---:|---:|---:|---:|---:|---:|\n");
    row(b, "strict recognition", strict());
    row(b, "relaxed recognition", relaxed());
    row(b, "type", type());
    row(b, "value", value());
    b.append(
        String.format(
            Locale.ROOT,
            "%ntype accuracy (of relaxed matches): %.4f%nvalue accuracy (of relaxed matches):"
                + " %.4f%n%n",
            typeAccuracy(),
            valueAccuracy()));
    b.append(relaxedByType().toMarkdown()).append('\n');
    b.append(valueByType().toMarkdown()).append('\n');
    if (worst > 0 && !docs.isEmpty()) {
      b.append("### Worst documents (value F1)\n\n");
      b.append("| document | gold | predicted | value TP | value F1 | FP | FN | wrong value |\n");
      b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      docs.stream()
          .sorted(
              Comparator.comparingDouble((Doc d) -> d.value().f1())
                  .thenComparing(d -> -(d.value().fp() + d.value().fn())))
          .limit(worst)
          .forEach(
              d ->
                  b.append(
                      String.format(
                          Locale.ROOT,
                          "| %s | %d | %d | %d | %.4f | %d | %d | %d |%n",
                          d.name(),
                          d.gold(),
                          d.predicted(),
                          d.valueHits(),
                          d.value().f1(),
                          d.falsePositives().size(),
                          d.falseNegatives().size(),
                          d.pairs().size() - d.valueHits())));
      b.append('\n');
    }
    if (errors) {
      b.append("### Errors\n\n");
      for (Doc d : docs) {
        List<String> lines = new ArrayList<>();
        for (Timex t : d.falsePositives()) {
          lines.add(line(t.start(), "FP   ", t, null, d.text()));
        }
        for (Timex t : d.falseNegatives()) {
          lines.add(line(t.start(), "FN   ", t, null, d.text()));
        }
        for (Pair p : d.pairs()) {
          if (!p.valueCorrect() || !p.typeCorrect()) {
            lines.add(line(p.gold().start(), "VALUE", p.gold(), p.pred(), d.text()));
          } else if (!p.exact()) {
            lines.add(line(p.gold().start(), "SPAN ", p.gold(), p.pred(), d.text()));
          }
        }
        lines.sort(Comparator.naturalOrder());
        for (String l : lines) {
          b.append(d.name()).append('\t').append(l.substring(l.indexOf('\t') + 1)).append('\n');
        }
      }
    }
    return b.toString();
  }

  private static String line(int pos, String kind, Timex t, Timex pred, String text) {
    String ctx = context(text, t.start(), t.end());
    String s =
        pred == null
            ? String.format(
                Locale.ROOT, "%s %s %s '%s'  … %s", kind, t.type(), t.value(), t.text(), ctx)
            : String.format(
                Locale.ROOT,
                "%s gold %s %s '%s' / predicted %s %s '%s'  … %s",
                kind,
                t.type(),
                t.value(),
                t.text(),
                pred.type(),
                pred.value(),
                pred.text(),
                ctx);
    return String.format(Locale.ROOT, "%08d\t%s", pos, s);
  }

  private static String context(String text, int start, int end) {
    int a = Math.max(0, start - 40);
    int b = Math.min(text.length(), end + 30);
    return (text.substring(a, start)
            + "["
            + text.substring(start, end)
            + "]"
            + text.substring(end, b))
        .replace('\n', ' ');
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %d | %.4f | %.4f | %.4f |%n",
            name,
            c.tp(),
            c.fp(),
            c.fn(),
            c.precision(),
            c.recall(),
            c.f1()));
  }
}
