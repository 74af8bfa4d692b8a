package org.warta.eval.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The metric of the article-extraction benchmark (Scrapinghub/Zyte, MIT), reimplemented exactly:
 * per page, the word 4-gram shingles of the predicted and the true article body are matched as
 * multisets; TP, FP and FN are normalised to sum to 1 per page (so long articles do not weigh
 * more); precision is averaged over pages with {@code tp + fp > 0}, recall over pages with {@code
 * tp + fn > 0}; F1 = 2PR/(P+R).
 *
 * <p>Words are maximal runs of Python's {@code \w} with {@code re.UNICODE}: letters (Unicode
 * categories L*), numbers (Nd, Nl, No) and the underscore; case is kept. A text of fewer than four
 * words is one shingle of all its words; an empty text has none.
 */
public final class ShingleMetric {
  private ShingleMetric() {}

  /** Normalised TP, FP and FN of one page. */
  public record PageScore(String id, double tp, double fp, double fn) {
    /** The benchmark's per-page precision. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fp == 0) {
        return 0;
      }
      return tp / (tp + fp);
    }

    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1;
      }
      if (tp == 0 && fn == 0) {
        return 0;
      }
      return tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Averages over pages. */
  public record Summary(double precision, double recall, double f1, int pages) {}

  /** Scores one page. */
  public static PageScore score(String id, String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> k : keys) {
      int tc = t.getOrDefault(k, 0);
      int pc = p.getOrDefault(k, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double s = tp + fp + fn;
    if (s > 0) {
      tp /= s;
      fp /= s;
      fn /= s;
    }
    return new PageScore(id, tp, fp, fn);
  }

  /** The benchmark's averages over {@code pages}. */
  public static Summary summarize(List<PageScore> pages) {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (PageScore s : pages) {
      if (s.tp() + s.fp() > 0) {
        p += s.precision();
        np++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.recall();
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Summary(precision, recall, f1, pages.size());
  }

  /** The words of {@code text}: runs of Unicode letters, numbers and underscores. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (isWord(cp)) {
        int s = i;
        while (i < n) {
          int c = text.codePointAt(i);
          if (!isWord(c)) {
            break;
          }
          i += Character.charCount(c);
        }
        out.add(text.substring(s, i));
      } else {
        i += Character.charCount(cp);
      }
    }
    return out;
  }

  private static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.DECIMAL_DIGIT_NUMBER
        || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> w = words(text);
    Map<List<String>, Integer> out = new HashMap<>();
    int count = Math.max(1, w.size() - 4 + 1);
    for (int i = 0; i < count; i++) {
      List<String> shingle = w.subList(i, Math.min(w.size(), i + 4));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }
}
