package org.warta.lang.id;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Generates {@code org/warta/lang/id/ner/clusters.tsv.gz}: distributional word clusters at three
 * granularities, learned from the unlabelled IndoSum news (CC BY-SA 4.0), for the NER model's
 * cluster features. Rerun with:
 *
 * <pre>
 * java -cp "warta-cli/target/warta.jar:warta-cli/target/lib/*" org.warta.lang.id.NerClusterGenerator \
 *     ../shared warta-core/src/main/resources/org/warta/lang/id/ner/clusters.tsv.gz
 * </pre>
 *
 * <p>Method: each word (as written, at least {@value #MIN_COUNT} occurrences) is described by the
 * positive PMI of its left and right neighbours (lower case, the {@value #CONTEXTS} most frequent
 * words; one and two positions away), projected to {@value #DIMS} dimensions by a fixed random
 * Gaussian matrix, normalised, and grouped by spherical k-means (k-means++ start) into 64, 256 and
 * 1024 clusters. Seeds are fixed and the work is single-threaded, so reruns give equal files.
 *
 * <p>Design decision: k-means over projected PPMI vectors instead of Brown clustering, because it
 * runs in about a minute on the 1.3M tokens, needs no merge bookkeeping, and gives NER the same
 * kind of signal (words that occur in the same slots, such as person names or city names, share a
 * cluster).
 */
public final class NerClusterGenerator {
  static final int MIN_COUNT = 4;
  static final int CONTEXTS = 3000;
  static final int DIMS = 96;
  static final int[] KS = {64, 256, 1024};
  static final int ITERATIONS = 12;
  static final long SEED = 20260101L;

  private NerClusterGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NerClusterGenerator SHARED_DIR OUT_FILE");
      System.exit(2);
    }
    List<String[]> sentences = readIndoSum(Path.of(args[0]).resolve("data/corpus/indosum"));
    System.err.println(sentences.size() + " sentences");
    Map<String, Integer> wordCount = new HashMap<>();
    Map<String, Integer> lowerCount = new HashMap<>();
    for (String[] s : sentences) {
      for (String w : s) {
        wordCount.merge(w, 1, Integer::sum);
        lowerCount.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    List<String> words = new ArrayList<>();
    wordCount.forEach(
        (w, c) -> {
          if (c >= MIN_COUNT) {
            words.add(w);
          }
        });
    words.sort(String::compareTo);
    Map<String, Integer> wordId = new HashMap<>();
    for (String w : words) {
      wordId.put(w, wordId.size());
    }
    List<String> ctx = new ArrayList<>(lowerCount.keySet());
    ctx.sort(
        (a, b) ->
            lowerCount.get(b) - lowerCount.get(a) != 0
                ? lowerCount.get(b) - lowerCount.get(a)
                : a.compareTo(b));
    ctx = ctx.subList(0, Math.min(CONTEXTS, ctx.size()));
    Map<String, Integer> ctxId = new HashMap<>();
    for (String c : ctx) {
      ctxId.put(c, ctxId.size());
    }
    int nc = ctx.size() + 1; // last = rare word
    int slots = 4; // L1, R1, L2, R2
    // co-occurrence counts per word: map from (slot*nc + c) -> count
    List<Map<Integer, Integer>> co = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      co.add(new HashMap<>());
    }
    long[] ctxTotal = new long[slots * nc];
    long total = 0;
    int[] offsets = {-1, 1, -2, 2};
    for (String[] s : sentences) {
      for (int i = 0; i < s.length; i++) {
        Integer w = wordId.get(s[i]);
        if (w == null) {
          continue;
        }
        for (int k = 0; k < slots; k++) {
          int j = i + offsets[k];
          String cw = j < 0 ? "<s>" : j >= s.length ? "</s>" : s[j].toLowerCase(Locale.ROOT);
          Integer c = ctxId.get(cw);
          int key = k * nc + (c == null ? nc - 1 : c);
          co.get(w).merge(key, 1, Integer::sum);
          ctxTotal[key]++;
          total++;
        }
      }
    }
    // smoothed context distribution (alpha 0.75)
    double[] pc = new double[ctxTotal.length];
    double z = 0;
    for (int k = 0; k < pc.length; k++) {
      pc[k] = Math.pow(ctxTotal[k], 0.75);
      z += pc[k];
    }
    for (int k = 0; k < pc.length; k++) {
      pc[k] /= z;
    }
    // sparse PPMI rows
    int nw = words.size();
    int[][] cols = new int[nw][];
    float[][] vals = new float[nw][];
    for (int w = 0; w < nw; w++) {
      long n = 0;
      for (int v : co.get(w).values()) {
        n += v;
      }
      Map<Integer, Integer> m = new TreeMap<>(co.get(w));
      int[] cs = new int[m.size()];
      float[] vs = new float[m.size()];
      int k = 0;
      for (Map.Entry<Integer, Integer> e : m.entrySet()) {
        double pmi = Math.log((double) e.getValue() / n / pc[e.getKey()]);
        if (pmi > 0) {
          cs[k] = e.getKey();
          vs[k] = (float) pmi;
          k++;
        }
      }
      cols[w] = Arrays.copyOf(cs, k);
      vals[w] = Arrays.copyOf(vs, k);
    }
    float[][] vec = svdEmbed(cols, vals, ctxTotal.length, DIMS, new Random(SEED));
    for (float[] v : vec) {
      normalise(v);
    }
    co = null;
    int[][] assign = new int[KS.length][];
    for (int k = 0; k < KS.length; k++) {
      assign[k] = kmeans(vec, KS[k], new Random(SEED + KS[k]));
      System.err.println("k=" + KS[k] + " done");
    }
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))),
                StandardCharsets.UTF_8))) {
      out.write(
          "# Word clusters for NER features: word<TAB>c64<TAB>c256<TAB>c1024. Generated by"
              + " org.warta.lang.id.NerClusterGenerator from IndoSum (Kurniawan & Louvan 2018),"
              + " CC BY-SA 4.0; this file is shared under CC BY-SA 4.0.\n");
      for (int w = 0; w < words.size(); w++) {
        StringBuilder b = new StringBuilder(words.get(w));
        for (int k = 0; k < KS.length; k++) {
          b.append('\t').append(assign[k][w]);
        }
        out.write(b.append('\n').toString());
      }
    }
  }

  /**
   * Rows of A·V·Σ^(-1/2)·Σ = Q·U·Σ^(1/2) for the top {@code dims} singular triples of the sparse
   * matrix A (randomised range finder with two power iterations, Halko et al. 2011).
   */
  static float[][] svdEmbed(int[][] cols, float[][] vals, int ncols, int dims, Random r) {
    int n = cols.length;
    int k = dims + 10;
    double[][] omega = new double[ncols][k];
    for (double[] row : omega) {
      for (int j = 0; j < k; j++) {
        row[j] = r.nextGaussian();
      }
    }
    double[][] y = mulA(cols, vals, omega, k);
    orthonormalise(y);
    for (int p = 0; p < 2; p++) {
      double[][] z = mulAt(cols, vals, y, ncols, k);
      orthonormalise(z);
      y = mulA(cols, vals, z, k);
      orthonormalise(y);
    }
    // B = Q^T A (k x ncols); C = B B^T (k x k)
    double[][] bt = mulAt(cols, vals, y, ncols, k); // ncols x k = (Q^T A)^T
    double[][] c = new double[k][k];
    for (double[] row : bt) {
      for (int i = 0; i < k; i++) {
        if (row[i] == 0) {
          continue;
        }
        for (int j = 0; j < k; j++) {
          c[i][j] += row[i] * row[j];
        }
      }
    }
    double[][] u = new double[k][k];
    double[] eig = jacobi(c, u);
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(eig[b], eig[a]));
    float[][] out = new float[n][dims];
    for (int i = 0; i < n; i++) {
      for (int d = 0; d < dims; d++) {
        int e = order[d];
        double s = 0;
        for (int j = 0; j < k; j++) {
          s += y[i][j] * u[j][e];
        }
        // singular value sigma = sqrt(eig); weight sigma^(1/2)
        out[i][d] = (float) (s * Math.pow(Math.max(eig[e], 0), 0.25));
      }
    }
    return out;
  }

  private static double[][] mulA(int[][] cols, float[][] vals, double[][] m, int k) {
    double[][] out = new double[cols.length][k];
    for (int i = 0; i < cols.length; i++) {
      double[] o = out[i];
      for (int t = 0; t < cols[i].length; t++) {
        double v = vals[i][t];
        double[] row = m[cols[i][t]];
        for (int j = 0; j < k; j++) {
          o[j] += v * row[j];
        }
      }
    }
    return out;
  }

  private static double[][] mulAt(int[][] cols, float[][] vals, double[][] m, int ncols, int k) {
    double[][] out = new double[ncols][k];
    for (int i = 0; i < cols.length; i++) {
      double[] row = m[i];
      for (int t = 0; t < cols[i].length; t++) {
        double v = vals[i][t];
        double[] o = out[cols[i][t]];
        for (int j = 0; j < k; j++) {
          o[j] += v * row[j];
        }
      }
    }
    return out;
  }

  /** Modified Gram-Schmidt on the columns of m (rows x k). */
  private static void orthonormalise(double[][] m) {
    int k = m[0].length;
    for (int j = 0; j < k; j++) {
      for (int p = 0; p < j; p++) {
        double dot = 0;
        for (double[] row : m) {
          dot += row[j] * row[p];
        }
        for (double[] row : m) {
          row[j] -= dot * row[p];
        }
      }
      double norm = 0;
      for (double[] row : m) {
        norm += row[j] * row[j];
      }
      norm = Math.sqrt(norm);
      for (double[] row : m) {
        row[j] = norm > 1e-12 ? row[j] / norm : 0;
      }
    }
  }

  /** Eigenvalues of symmetric a (destroyed); eigenvectors into the columns of v. Cyclic Jacobi. */
  private static double[] jacobi(double[][] a, double[][] v) {
    int n = a.length;
    for (int i = 0; i < n; i++) {
      Arrays.fill(v[i], 0);
      v[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          off += a[p][q] * a[p][q];
        }
      }
      if (off < 1e-18) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int q = p + 1; q < n; q++) {
          if (Math.abs(a[p][q]) < 1e-300) {
            continue;
          }
          double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double akp = a[k][p];
            double akq = a[k][q];
            a[k][p] = c * akp - s * akq;
            a[k][q] = s * akp + c * akq;
          }
          for (int k = 0; k < n; k++) {
            double apk = a[p][k];
            double aqk = a[q][k];
            a[p][k] = c * apk - s * aqk;
            a[q][k] = s * apk + c * aqk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = v[k][p];
            double vkq = v[k][q];
            v[k][p] = c * vkp - s * vkq;
            v[k][q] = s * vkp + c * vkq;
          }
        }
      }
    }
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = a[i][i];
    }
    return e;
  }

  private static void normalise(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int d = 0; d < v.length; d++) {
        v[d] *= inv;
      }
    }
  }

  /** Spherical k-means with a k-means++ start. */
  static int[] kmeans(float[][] x, int k, Random r) {
    int n = x.length;
    int dims = x[0].length;
    float[][] c = new float[k][];
    double[] dist = new double[n];
    Arrays.fill(dist, Double.MAX_VALUE);
    c[0] = x[r.nextInt(n)].clone();
    for (int j = 1; j < k; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        double d = 1 - dot(x[i], c[j - 1]);
        dist[i] = Math.min(dist[i], d * d);
        sum += dist[i];
      }
      double t = r.nextDouble() * sum;
      int pick = n - 1;
      for (int i = 0; i < n; i++) {
        t -= dist[i];
        if (t <= 0) {
          pick = i;
          break;
        }
      }
      c[j] = x[pick].clone();
    }
    int[] a = new int[n];
    for (int it = 0; it < ITERATIONS; it++) {
      int changed = 0;
      for (int i = 0; i < n; i++) {
        int best = 0;
        double bestDot = -2;
        for (int j = 0; j < k; j++) {
          double d = dot(x[i], c[j]);
          if (d > bestDot) {
            bestDot = d;
            best = j;
          }
        }
        if (a[i] != best || it == 0) {
          changed++;
        }
        a[i] = best;
      }
      float[][] nc = new float[k][dims];
      for (int i = 0; i < n; i++) {
        for (int d = 0; d < dims; d++) {
          nc[a[i]][d] += x[i][d];
        }
      }
      for (int j = 0; j < k; j++) {
        normalise(nc[j]);
        boolean empty = true;
        for (float v : nc[j]) {
          empty &= v == 0;
        }
        c[j] = empty ? c[j] : nc[j];
      }
      if (changed == 0) {
        break;
      }
    }
    return a;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int d = 0; d < a.length; d++) {
      s += a[d] * b[d];
    }
    return s;
  }

  /** Sentences (token arrays) of the IndoSum dev folds, each article once. */
  static List<String[]> readIndoSum(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jsonl")) {
      ds.forEach(files::add);
    }
    files.sort(Path::compareTo);
    Set<String> seen = new HashSet<>();
    List<String[]> out = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          JsonNode a = json.readTree(line);
          if (!seen.add(a.path("id").asText())) {
            continue;
          }
          for (JsonNode para : a.path("paragraphs")) {
            for (JsonNode sent : para) {
              String[] toks = new String[sent.size()];
              for (int i = 0; i < toks.length; i++) {
                toks[i] = sent.get(i).asText();
              }
              out.add(toks);
            }
          }
        }
      }
    }
    return out;
  }
}
