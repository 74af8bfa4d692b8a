package org.warta.nlp.entity.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain tagger over BIO labels: a weight per (feature, label), a weight per
 * (previous label, label), exact Viterbi decoding restricted to valid BIO sequences ({@code I-X}
 * only after {@code B-X} or {@code I-X}), and per-token marginals from forward–backward over the
 * same scores for confidences. Immutable once built; {@link #tag} allocates its own buffers, so one
 * instance serves any number of threads.
 */
public final class LinearChainModel {
  private static final String MAGIC = "warta-ner-linear-chain-2";

  private final String[] labels;
  private final LongIntMap featureIndex;

  /** weights[f * L + y]. */
  private final float[] weights;

  /** trans[(prev + 1) * L + y]; prev = -1 is the sentence start. */
  private final float[] trans;

  private final boolean[] allowed;
  private final Map<String, String> meta;

  /** Divides scores before the marginals, so confidences are calibrated (meta "temperature"). */
  private final double temperature;

  LinearChainModel(
      Map<String, String> meta,
      String[] labels,
      LongIntMap featureIndex,
      float[] weights,
      float[] trans) {
    this.meta = Map.copyOf(meta);
    this.labels = labels.clone();
    this.featureIndex = featureIndex;
    this.weights = weights;
    this.trans = trans;
    this.allowed = allowedTransitions(this.labels);
    this.temperature = Double.parseDouble(this.meta.getOrDefault("temperature", "1"));
    if (weights.length != featureIndex.size() * labels.length
        || trans.length != (labels.length + 1) * labels.length) {
      throw new IllegalArgumentException("weights do not fit the labels and features");
    }
  }

  /** allowed[(prev + 1) * L + y]: false for I-X after anything but B-X/I-X. */
  static boolean[] allowedTransitions(String[] labels) {
    int n = labels.length;
    boolean[] ok = new boolean[(n + 1) * n];
    for (int p = -1; p < n; p++) {
      for (int y = 0; y < n; y++) {
        String l = labels[y];
        boolean v = true;
        if (l.startsWith("I-")) {
          String t = l.substring(2);
          v = p >= 0 && labels[p].length() > 2 && labels[p].substring(2).equals(t);
        }
        ok[(p + 1) * n + y] = v;
      }
    }
    return ok;
  }

  /** The same model with confidences computed at {@code t} (shares the weights). */
  LinearChainModel withTemperature(double t) {
    Map<String, String> m = new java.util.TreeMap<>(meta);
    m.put("temperature", Double.toString(t));
    return new LinearChainModel(m, labels, featureIndex, weights, trans);
  }

  /**
   * Mean log marginal probability of the gold labels at temperature {@code t}: the objective that
   * calibration maximises on held-out sentences.
   */
  double goldLogLikelihood(long[][] features, int[] gold, double t) {
    int n = features.length;
    if (n == 0) {
      return 0;
    }
    double[] emit = emissions(features);
    double[] p = marginalMatrix(emit, n, t);
    int nl = labels.length;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.log(Math.max(1e-12, p[i * nl + gold[i]]));
    }
    return sum;
  }

  int labelIndex(String label) {
    return java.util.Arrays.asList(labels).indexOf(label);
  }

  /** Settings the model was trained with (e.g. the folded domain, the temperature). */
  public Map<String, String> meta() {
    return meta;
  }

  public List<String> labels() {
    return List.of(labels);
  }

  public int featureCount() {
    return featureIndex.size();
  }

  /** The best label sequence and each token's marginal probability of its label. */
  public Tagging tag(long[][] features) {
    int n = features.length;
    int nl = labels.length;
    if (n == 0) {
      return new Tagging(List.of(), new double[0]);
    }
    double[] emit = emissions(features);
    int[] best = viterbi(emit, n);
    double[] conf = hasName(best) ? marginals(emit, n, best) : new double[n];
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(labels[best[i]]);
    }
    assert emit.length == n * nl;
    return new Tagging(out, conf);
  }

  private boolean hasName(int[] path) {
    for (int y : path) {
      if (!labels[y].equals("O")) {
        return true;
      }
    }
    return false;
  }

  /** Labels and per-token confidences (label marginals; 0 in sentences without names). */
  public record Tagging(List<String> labels, double[] confidence) {}

  double[] emissions(long[][] features) {
    int n = features.length;
    int nl = labels.length;
    double[] emit = new double[n * nl];
    for (int i = 0; i < n; i++) {
      for (long f : features[i]) {
        int id = featureIndex.get(f);
        if (id >= 0) {
          int base = id * nl;
          for (int y = 0; y < nl; y++) {
            emit[i * nl + y] += weights[base + y];
          }
        }
      }
    }
    return emit;
  }

  int[] viterbi(double[] emit, int n) {
    return viterbi(emit, n, labels.length, trans, allowed);
  }

  static int[] viterbi(double[] emit, int n, int nl, float[] trans, boolean[] allowed) {
    double[] score = new double[n * nl];
    int[] back = new int[n * nl];
    for (int y = 0; y < nl; y++) {
      score[y] = allowed[y] ? emit[y] + trans[y] : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < nl; y++) {
        double bestScore = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < nl; p++) {
          if (!allowed[(p + 1) * nl + y]) {
            continue;
          }
          double s = score[(i - 1) * nl + p] + trans[(p + 1) * nl + y];
          if (s > bestScore) {
            bestScore = s;
            arg = p;
          }
        }
        score[i * nl + y] = bestScore + emit[i * nl + y];
        back[i * nl + y] = arg;
      }
    }
    int[] path = new int[n];
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < nl; y++) {
      if (score[(n - 1) * nl + y] > bestScore) {
        bestScore = score[(n - 1) * nl + y];
        path[n - 1] = y;
      }
    }
    for (int i = n - 1; i > 0; i--) {
      path[i - 1] = back[i * nl + path[i]];
    }
    return path;
  }

  /**
   * Marginal probability of each chosen label, treating the scores as CRF log-potentials. Works in
   * probability space with per-position scaling, so the inner loops multiply instead of calling
   * {@code exp}/{@code log}.
   */
  private double[] marginals(double[] emit, int n, int[] path) {
    int nl = labels.length;
    double[] p = marginalMatrix(emit, n, temperature);
    double[] conf = new double[n];
    for (int i = 0; i < n; i++) {
      conf[i] = p[i * nl + path[i]];
    }
    return conf;
  }

  /** All label marginals, p[i * L + y], at temperature t. */
  private double[] marginalMatrix(double[] emit, int n, double t) {
    int nl = labels.length;
    double[] tr = new double[trans.length];
    for (int k = 0; k < tr.length; k++) {
      tr[k] = allowed[k] ? Math.exp(trans[k] / t) : 0;
    }
    double[] e = new double[n * nl];
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int y = 0; y < nl; y++) {
        max = Math.max(max, emit[i * nl + y]);
      }
      for (int y = 0; y < nl; y++) {
        e[i * nl + y] = Math.exp((emit[i * nl + y] - max) / t);
      }
    }
    double[] alpha = new double[n * nl];
    double[] beta = new double[n * nl];
    double sum = 0;
    for (int y = 0; y < nl; y++) {
      alpha[y] = e[y] * tr[y];
      sum += alpha[y];
    }
    scale(alpha, 0, nl, sum);
    for (int i = 1; i < n; i++) {
      sum = 0;
      for (int y = 0; y < nl; y++) {
        double a = 0;
        for (int p = 0; p < nl; p++) {
          a += alpha[(i - 1) * nl + p] * tr[(p + 1) * nl + y];
        }
        a *= e[i * nl + y];
        alpha[i * nl + y] = a;
        sum += a;
      }
      scale(alpha, i * nl, nl, sum);
    }
    for (int y = 0; y < nl; y++) {
      beta[(n - 1) * nl + y] = 1;
    }
    for (int i = n - 2; i >= 0; i--) {
      sum = 0;
      for (int p = 0; p < nl; p++) {
        double b = 0;
        for (int y = 0; y < nl; y++) {
          b += tr[(p + 1) * nl + y] * e[(i + 1) * nl + y] * beta[(i + 1) * nl + y];
        }
        beta[i * nl + p] = b;
        sum += b;
      }
      scale(beta, i * nl, nl, sum);
    }
    double[] out = new double[n * nl];
    for (int i = 0; i < n; i++) {
      double z = 0;
      for (int y = 0; y < nl; y++) {
        z += alpha[i * nl + y] * beta[i * nl + y];
      }
      for (int y = 0; y < nl; y++) {
        out[i * nl + y] = z > 0 ? alpha[i * nl + y] * beta[i * nl + y] / z : 0;
      }
    }
    return out;
  }

  private static void scale(double[] v, int from, int len, double sum) {
    if (sum > 0) {
      for (int k = from; k < from + len; k++) {
        v[k] /= sum;
      }
    }
  }

  /** Writes the model (gzip); features in sorted order, so equal models give equal bytes. */
  public void write(OutputStream os) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    out.writeUTF(MAGIC);
    String[] keys = meta.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    out.writeInt(keys.length);
    for (String k : keys) {
      out.writeUTF(k);
      out.writeUTF(meta.get(k));
    }
    out.writeInt(labels.length);
    for (String l : labels) {
      out.writeUTF(l);
    }
    for (float t : trans) {
      out.writeFloat(t);
    }
    long[] names = featureIndex.sortedKeys();
    out.writeInt(names.length);
    for (long name : names) {
      out.writeLong(name);
      int base = featureIndex.get(name) * labels.length;
      for (int y = 0; y < labels.length; y++) {
        out.writeFloat(weights[base + y]);
      }
    }
    out.flush();
    gz.finish();
  }

  /** Reads a model written by {@link #write}. Does not close {@code is}. */
  public static LinearChainModel read(InputStream is) throws IOException {
    DataInputStream in =
        new DataInputStream(new BufferedInputStream(new GZIPInputStream(is, 1 << 16), 1 << 16));
    String magic = in.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a Warta NER model (header '" + magic + "')");
    }
    Map<String, String> meta = new HashMap<>();
    int nm = in.readInt();
    for (int i = 0; i < nm; i++) {
      meta.put(in.readUTF(), in.readUTF());
    }
    String[] labels = new String[in.readInt()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = in.readUTF();
    }
    float[] trans = new float[(labels.length + 1) * labels.length];
    for (int i = 0; i < trans.length; i++) {
      trans[i] = in.readFloat();
    }
    int nf = in.readInt();
    LongIntMap index = new LongIntMap(nf);
    float[] weights = new float[nf * labels.length];
    for (int f = 0; f < nf; f++) {
      index.put(in.readLong(), f);
      for (int y = 0; y < labels.length; y++) {
        weights[f * labels.length + y] = in.readFloat();
      }
    }
    return new LinearChainModel(meta, labels, index, weights, trans);
  }
}
