package org.warta.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The matching rules shared by the quote and claim evaluations.
 *
 * <p><b>Spans</b>: a predicted span matches a gold span when they overlap by at least half of the
 * gold span's length; each gold and each predicted span is matched at most once, gold spans in text
 * order taking the unmatched prediction with the largest overlap.
 *
 * <p><b>Names</b> (speakers, sources): both sides are lower-cased, stripped of punctuation and
 * split into words; they match when one word set contains the other ({@code Syaugi} ~ {@code M
 * Syaugi} ~ {@code Laksamana Madya M Syaugi}; {@code Kim} ~ {@code Kim Jong Un}), or when the gold
 * name matches any mention of the predicted entity ({@code BNPB} ~ the entity named {@code Badan
 * Nasional Penanggulangan Bencana}). "None" matches only "none".
 */
public final class SpanMatching {
  private SpanMatching() {}

  /**
   * For each gold span, the index of its matched prediction or -1.
   *
   * @param gold {start, end} pairs
   * @param predicted {start, end} pairs
   */
  public static int[] match(int[][] gold, int[][] predicted) {
    int[] out = new int[gold.length];
    Arrays.fill(out, -1);
    boolean[] used = new boolean[predicted.length];
    Integer[] order = new Integer[gold.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(gold[a][0], gold[b][0]));
    for (int gi : order) {
      int len = Math.max(1, gold[gi][1] - gold[gi][0]);
      int best = -1;
      int bestOverlap = 0;
      for (int p = 0; p < predicted.length; p++) {
        if (used[p]) {
          continue;
        }
        int o = Math.min(gold[gi][1], predicted[p][1]) - Math.max(gold[gi][0], predicted[p][0]);
        if (o > bestOverlap) {
          bestOverlap = o;
          best = p;
        }
      }
      if (best >= 0 && bestOverlap * 2 >= len) {
        out[gi] = best;
        used[best] = true;
      }
    }
    return out;
  }

  /** Whether two names refer to the same speaker or source under the word-set rule; null = none. */
  public static boolean sameName(String gold, String predicted) {
    if (gold == null || predicted == null) {
      return gold == null && predicted == null;
    }
    Set<String> g = words(gold);
    Set<String> p = words(predicted);
    if (g.isEmpty() || p.isEmpty()) {
      return g.equals(p);
    }
    return g.containsAll(p) || p.containsAll(g);
  }

  /**
   * Whether {@code gold} names {@code entity} by one of its mentions ({@code BNPB} for the entity
   * whose canonical name is {@code Badan Nasional Penanggulangan Bencana}); false for no entity.
   */
  public static boolean namesEntity(String gold, org.warta.model.Entity entity) {
    if (gold == null || entity == null) {
      return false;
    }
    for (org.warta.model.Mention m : entity.mentions()) {
      if (sameName(gold, m.text())) {
        return true;
      }
    }
    return false;
  }

  static Set<String> words(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Set<String> out = new HashSet<>();
    for (String w : n.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
