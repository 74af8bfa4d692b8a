package org.warta.nlp.entity.ner;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Observation features of each token of a sentence, which the model weighs per label. Chosen for
 * Indonesian news: word forms in a ±2 window and word bigrams, word shape and the shapes of the
 * neighbours (capitalisation), prefixes and suffixes (so affixes such as {@code meN-}, {@code di-},
 * {@code ber-}, {@code -nya}, {@code -kan} are seen) plus an affix-pattern class, cue words before
 * and inside names ({@code Presiden}, {@code Menteri}, {@code Partai}, {@code Kabupaten}),
 * gazetteer membership, word clusters learned from unlabelled news, and sentence position.
 * Previous-label features: the model weighs each (previous label, label) step, alone and together
 * with the edge features of the token (its shape; the cue class of the word before), so that, for
 * example, a capitalised word after {@code B-PER} or a word after {@code Presiden} can move the
 * step.
 *
 * <p>Features are 64-bit hashes of (template, values) computed without building strings (see {@link
 * FeatureHash}); this keeps tagging allocation-light. Stateless and thread-safe.
 */
public final class NerFeatures {
  // template ids
  private static final long BIAS = 1, W = 2, WRAW = 3, S = 4, SL = 5, WM1 = 6, WP1 = 7, WM2 = 8;
  private static final long WP2 = 9, WM1W = 10, WWP1 = 11, SM1 = 12, SP1 = 13, SM1S = 14;
  private static final long SSP1 = 15, SM1SSP1 = 16, FIRST = 17, LAST = 18, PREFIX = 19;
  private static final long SUFFIX = 20, AFFIX = 21, CUE = 22, CUEM1 = 23, CUEM2 = 24, CUEP1 = 25;
  private static final long GAZ = 26, GAZS = 27, GAZM1 = 28, GAZP1 = 29, CL = 30, CLM1 = 31;
  private static final long CLP1 = 32, CLUNK = 33, CLUNKM1 = 34, CLUNKP1 = 35, CLS = 36;
  private static final long CLM1CL = 37, CLCLP1 = 38, CLM1W = 39;

  // edge templates: weigh the step from the previous label to this one
  private static final long E_SHAPE = 101, E_CUEM1 = 102;

  private static final long START = FeatureHash.chars("<s>");
  private static final long END = FeatureHash.chars("</s>");

  private final NerLexicon lexicon;

  public NerFeatures(NerLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * Features of one sentence: per token, the hashes of its token features and of its edge features
   * (which weigh the step from the previous token's label to this one's).
   */
  public record Encoded(long[][] node, long[][] edge) {
    public int length() {
      return node.length;
    }
  }

  /** The features of every token of {@code words}. */
  public Encoded extract(List<String> words) {
    int n = words.size();
    String[] w = words.toArray(new String[0]);
    String[] lower = new String[n];
    long[] hl = new long[n];
    long[] hs = new long[n];
    long[] cue = new long[n];
    long[][] hcl = new long[n][];
    boolean clusters = lexicon.hasClusters();
    for (int i = 0; i < n; i++) {
      String lowerCase = w[i].toLowerCase(Locale.ROOT);
      lower[i] = normalise(lowerCase);
      hl[i] = FeatureHash.chars(lower[i]);
      hs[i] = shapeHash(w[i], 1);
      String c = lexicon.cueClass(lower[i]);
      cue[i] = c == null ? 0 : FeatureHash.chars(c);
      hcl[i] = clusters ? lexicon.clusterHashes(w[i], lowerCase) : null;
    }
    String[] gaz = lexicon.gazetteerTags(lower);
    long[][] out = new long[n][];
    long[][] edges = new long[n][];
    long[] f = new long[96];
    for (int i = 0; i < n; i++) {
      int k = 0;
      f[k++] = BIAS;
      f[k++] = FeatureHash.mix(W, hl[i]);
      if (!w[i].equals(lower[i])) {
        f[k++] = FeatureHash.mix(WRAW, FeatureHash.chars(w[i]));
      }
      f[k++] = FeatureHash.mix(S, hs[i]);
      f[k++] = FeatureHash.mix(SL, shapeHash(w[i], 3));
      long pw = i > 0 ? hl[i - 1] : START;
      long nw = i + 1 < n ? hl[i + 1] : END;
      long pw2 = i > 1 ? hl[i - 2] : START;
      long nw2 = i + 2 < n ? hl[i + 2] : END;
      long ps = i > 0 ? hs[i - 1] : START;
      long ns = i + 1 < n ? hs[i + 1] : END;
      f[k++] = FeatureHash.mix(WM1, pw);
      f[k++] = FeatureHash.mix(WP1, nw);
      f[k++] = FeatureHash.mix(WM2, pw2);
      f[k++] = FeatureHash.mix(WP2, nw2);
      f[k++] = FeatureHash.mix(WM1W, pw, hl[i]);
      f[k++] = FeatureHash.mix(WWP1, hl[i], nw);
      f[k++] = FeatureHash.mix(SM1, ps);
      f[k++] = FeatureHash.mix(SP1, ns);
      f[k++] = FeatureHash.mix(SM1S, ps, hs[i]);
      f[k++] = FeatureHash.mix(SSP1, hs[i], ns);
      f[k++] = FeatureHash.mix(SM1SSP1, ps, hs[i], ns);
      if (i == 0) {
        f[k++] = FeatureHash.mix(FIRST, hs[i]);
      }
      if (i + 1 == n) {
        f[k++] = LAST;
      }
      String lw = lower[i];
      int len = lw.length();
      for (int a = 1; a <= 4 && a < len; a++) {
        f[k++] = FeatureHash.mix(PREFIX, a, FeatureHash.chars(lw, 0, a));
        f[k++] = FeatureHash.mix(SUFFIX, a, FeatureHash.chars(lw, len - a, len));
      }
      if (len > 5) {
        f[k++] = FeatureHash.mix(AFFIX, affixClass(lw));
      }
      if (cue[i] != 0) {
        f[k++] = FeatureHash.mix(CUE, cue[i]);
      }
      if (i > 0 && cue[i - 1] != 0) {
        f[k++] = FeatureHash.mix(CUEM1, cue[i - 1]);
      }
      if (i > 1 && cue[i - 2] != 0) {
        f[k++] = FeatureHash.mix(CUEM2, cue[i - 2]);
      }
      if (i + 1 < n && cue[i + 1] != 0) {
        f[k++] = FeatureHash.mix(CUEP1, cue[i + 1]);
      }
      if (gaz[i] != null) {
        for (String g : gaz[i].split("\\|")) {
          if (k + 4 > f.length) {
            break;
          }
          long hg = FeatureHash.chars(g);
          f[k++] = FeatureHash.mix(GAZ, hg);
          f[k++] = FeatureHash.mix(GAZS, hg, hs[i]);
        }
      }
      if (i > 0 && gaz[i - 1] != null) {
        f[k++] = FeatureHash.mix(GAZM1, FeatureHash.chars(gaz[i - 1]));
      }
      if (i + 1 < n && gaz[i + 1] != null) {
        f[k++] = FeatureHash.mix(GAZP1, FeatureHash.chars(gaz[i + 1]));
      }
      if (lexicon.hasClusters()) {
        k = cluster(f, k, CL, CLUNK, hcl[i]);
        if (i > 0) {
          k = cluster(f, k, CLM1, CLUNKM1, hcl[i - 1]);
        }
        if (i + 1 < n) {
          k = cluster(f, k, CLP1, CLUNKP1, hcl[i + 1]);
        }
        long c1 = coarse(hcl[i]);
        long p1 = i > 0 ? coarse(hcl[i - 1]) : START;
        long n1 = i + 1 < n ? coarse(hcl[i + 1]) : END;
        f[k++] = FeatureHash.mix(CLS, c1, hs[i]);
        f[k++] = FeatureHash.mix(CLM1CL, p1, c1);
        f[k++] = FeatureHash.mix(CLCLP1, c1, n1);
        f[k++] = FeatureHash.mix(CLM1W, p1, hl[i]);
      }
      for (int j = 0; j < k; j++) {
        f[j] = FeatureHash.nonZero(f[j]);
      }
      out[i] = Arrays.copyOf(f, k);
      long pc = i > 0 ? cue[i - 1] : START;
      edges[i] =
          new long[] {
            FeatureHash.nonZero(FeatureHash.mix(E_SHAPE, hs[i])),
            FeatureHash.nonZero(FeatureHash.mix(E_CUEM1, pc))
          };
    }
    return new Encoded(out, edges);
  }

  /** The middle-granularity cluster of a word, as a hash; a constant for unknown words. */
  private static long coarse(long[] c) {
    return c == null || c.length < 2 ? 0 : c[1];
  }

  private static int cluster(long[] f, int k, long template, long unknown, long[] c) {
    if (c == null) {
      f[k++] = unknown;
      return k;
    }
    for (int j = 0; j < c.length; j++) {
      f[k++] = FeatureHash.mix(template, j, c[j]);
    }
    return k;
  }

  /** Digits to 0 so numbers share features. */
  static String normalise(String lower) {
    boolean digit = false;
    for (int i = 0; i < lower.length() && !digit; i++) {
      digit = Character.isDigit(lower.charAt(i));
    }
    if (!digit) {
      return lower;
    }
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      b.append(Character.isDigit(c) ? '0' : c);
    }
    return b.toString();
  }

  /**
   * Hash of the word's shape: character classes (X upper, x lower, d digit, other characters as
   * themselves) with runs cut at {@code maxRun}: {@code Jakarta} → {@code Xx} (1) or {@code Xxxx}
   * (3), {@code DPR-RI} → {@code X-X} (1).
   */
  static long shapeHash(String w, int maxRun) {
    long h = 0xcbf29ce484222325L;
    char last = 0;
    int run = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = cls(w.charAt(i));
      run = c == last ? run + 1 : 1;
      last = c;
      if (run <= maxRun) {
        h ^= c;
        h *= 0x100000001b3L;
      }
    }
    return FeatureHash.fmix(h);
  }

  static String shape(String w, int maxRun) {
    StringBuilder b = new StringBuilder();
    char last = 0;
    int run = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = cls(w.charAt(i));
      run = c == last ? run + 1 : 1;
      last = c;
      if (run <= maxRun) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static char cls(char c) {
    if (Character.isUpperCase(c)) {
      return 'X';
    }
    if (Character.isLowerCase(c)) {
      return 'x';
    }
    if (Character.isDigit(c)) {
      return 'd';
    }
    return c;
  }

  /**
   * Indonesian verbal and nominal affix pattern of a longer word, for unseen words: prefix class
   * ({@code meN-}, {@code di-}, {@code ber-}, {@code ter-}, {@code peN-}, {@code ke-}) times suffix
   * class ({@code -nya}, {@code -kan}, {@code -an}, {@code -i}), as a small integer.
   */
  static int affixClass(String lw) {
    int p;
    if (lw.startsWith("me")) {
      p = 1;
    } else if (lw.startsWith("di")) {
      p = 2;
    } else if (lw.startsWith("be")) {
      p = 3;
    } else if (lw.startsWith("ter")) {
      p = 4;
    } else if (lw.startsWith("pe")) {
      p = 5;
    } else if (lw.startsWith("ke")) {
      p = 6;
    } else {
      p = 0;
    }
    int s;
    if (lw.endsWith("nya")) {
      s = 1;
    } else if (lw.endsWith("kan")) {
      s = 2;
    } else if (lw.endsWith("an")) {
      s = 3;
    } else if (lw.endsWith("i")) {
      s = 4;
    } else {
      s = 0;
    }
    return p * 8 + s;
  }
}
