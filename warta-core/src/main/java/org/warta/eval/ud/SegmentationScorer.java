package org.warta.eval.ud;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.eval.Counts;
import org.warta.model.Spanned;

/**
 * Scores predicted sentences and tokens against gold ones. A sentence boundary is the end offset of
 * a sentence (the last one of a text included); a token is right only if its span is exactly a gold
 * token's span.
 */
public final class SegmentationScorer {
  private SegmentationScorer() {}

  /** Counts over sentence end offsets. */
  public static Counts boundaries(List<? extends Spanned> gold, List<? extends Spanned> predicted) {
    Set<Integer> g = new HashSet<>();
    gold.forEach(s -> g.add(s.end()));
    Set<Integer> p = new HashSet<>();
    predicted.forEach(s -> p.add(s.end()));
    return compare(g, p);
  }

  /** Counts over exact token spans. */
  public static Counts spans(List<? extends Spanned> gold, List<? extends Spanned> predicted) {
    Set<Long> g = new HashSet<>();
    gold.forEach(s -> g.add(key(s)));
    Set<Long> p = new HashSet<>();
    predicted.forEach(s -> p.add(key(s)));
    return compare(g, p);
  }

  private static long key(Spanned s) {
    return ((long) s.start() << 32) | s.end();
  }

  private static <T> Counts compare(Set<T> gold, Set<T> predicted) {
    long tp = 0;
    for (T x : predicted) {
      if (gold.contains(x)) {
        tp++;
      }
    }
    return new Counts(tp, predicted.size() - tp, gold.size() - tp);
  }
}
