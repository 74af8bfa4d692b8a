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
 * A first-order linear-chain tagger over BIO labels: a weight per (token feature, label), a weight
 * per (previous label, label), and a weight per (edge feature, previous label, label) — so the step
 * from one label to the next can depend on the words, e.g. a capitalised word after {@code B-PER}
 * continues the name. Exact Viterbi decoding restricted to valid BIO sequences ({@code I-X} only
 * after {@code B-X} or {@code I-X}); per-token marginals from forward–backward over the same scores
 * give confidences. Immutable once built; {@link #tag} allocates its own buffers, so one instance
 * serves any number of threads.
 */
public final class LinearChainModel {
  private static final String MAGIC = "warta-ner-linear-chain-3";

  private final String[] labels;
  private final LongIntMap featureIndex;

  /** weights[f * L + y]. */
  private final float[] weights;

  /** trans[(prev + 1) * L + y]; prev = -1 is the sentence start. */
  private final float[] trans;

  private final LongIntMap edgeIndex;

  /** edgeWeights[e * (L + 1) * L + (prev + 1) * L + y]. */
  private final float[] edgeWeights;

  private final boolean[] allowed;
  private final Map<String, String> meta;

  /** Divides scores before the marginals, so confidences are calibrated (meta "temperature"). */
  private final double temperature;

  /** exp(trans / temperature) and exp(edgeWeights / temperature), zero where not allowed. */
  private final double[] expTrans;

  private final double[] expEdges;

  LinearChainModel(
      Map<String, String> meta,
      String[] labels,
      LongIntMap featureIndex,
      float[] weights,
      float[] trans,
      LongIntMap edgeIndex,
      float[] edgeWeights) {
    this.meta = Map.copyOf(meta);
    this.labels = labels.clone();
    this.featureIndex = featureIndex;
    this.weights = weights;
    this.trans = trans;
    this.edgeIndex = edgeIndex;
    this.edgeWeights = edgeWeights;
    this.allowed = allowedTransitions(this.labels);
    this.temperature = Double.parseDouble(this.meta.getOrDefault("temperature", "1"));
    int tl = trans.length;
    this.expTrans = new double[tl];
    for (int k = 0; k < tl; k++) {
      expTrans[k] = allowed[k] ? Math.exp(trans[k] / temperature) : 0;
    }
    this.expEdges = new double[edgeWeights.length];
    for (int k = 0; k < edgeWeights.length; k++) {
      expEdges[k] = Math.exp(edgeWeights[k] / temperature);
    }
    if (weights.length != featureIndex.size() * labels.length
        || trans.length != (labels.length + 1) * labels.length
        || edgeWeights.length != edgeIndex.size() * trans.length) {
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
    return new LinearChainModel(m, labels, featureIndex, weights, trans, edgeIndex, edgeWeights);
  }

  /**
   * Mean log marginal probability of the gold labels at temperature {@code t}: the objective that
   * calibration maximises on held-out sentences.
   */
  double goldLogLikelihood(NerFeatures.Encoded features, int[] gold, double t) {
    int n = features.length();
    if (n == 0) {
      return 0;
    }
    double[] emit = emissions(features.node());
    double[] trs = transitions(edgeIds(features.edge()));
    double[] tr = new double[trs.length];
    for (int k = 0; k < tr.length; k++) {
      tr[k] = allowed[k % trans.length] ? Math.exp(trs[k] / t) : 0;
    }
    double[] p = marginalMatrix(emit, tr, n, t);
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

  /** Token features plus edge features. */
  public int featureCount() {
    return featureIndex.size() + edgeIndex.size();
  }

  /** The best label sequence and each token's marginal probability of its label. */
  public Tagging tag(NerFeatures.Encoded features) {
    return tag(features, false);
  }

  /**
   * The best label sequence and each token's marginal probability of its label; with {@code
   * outside}, also each token's marginal probability of {@code O} (the model's belief that the
   * token is in no name), computed even in sentences without names.
   */
  public Tagging tag(NerFeatures.Encoded features, boolean outside) {
    int n = features.length();
    int nl = labels.length;
    if (n == 0) {
      return new Tagging(List.of(), new double[0], outside ? new double[0] : null);
    }
    double[] emit = emissions(features.node());
    int[][] edges = edgeIds(features.edge());
    int[] best = viterbi(emit, transitions(edges), n, nl, allowed);
    double[] conf = new double[n];
    double[] out0 = null;
    if (outside || hasName(best)) {
      double[] p = marginalMatrix(emit, transitionProbabilities(edges), n, temperature);
      for (int i = 0; i < n; i++) {
        conf[i] = p[i * nl + best[i]];
      }
      if (outside) {
        int o = java.util.Arrays.asList(labels).indexOf("O");
        out0 = new double[n];
        for (int i = 0; i < n; i++) {
          out0[i] = o < 0 ? Double.NaN : p[i * nl + o];
        }
      }
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(labels[best[i]]);
    }
    assert emit.length == n * nl;
    return new Tagging(out, conf, out0);
  }

  private boolean hasName(int[] path) {
    for (int y : path) {
      if (!labels[y].equals("O")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Labels and per-token confidences (label marginals; 0 in sentences without names), and when
   * asked for, each token's marginal probability of {@code O} (else null).
   */
  public record Tagging(List<String> labels, double[] confidence, double[] outside) {}

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

  /** Ids of the known edge features of each position. */
  private int[][] edgeIds(long[][] edge) {
    int[][] ids = new int[edge.length][];
    for (int i = 0; i < edge.length; i++) {
      int[] row = new int[edge[i].length];
      int k = 0;
      for (long f : edge[i]) {
        int id = edgeIndex.get(f);
        if (id >= 0) {
          row[k++] = id;
        }
      }
      ids[i] = k == row.length ? row : Arrays.copyOf(row, k);
    }
    return ids;
  }

  /** Per-position transition scores tr[i * (L + 1) * L + (prev + 1) * L + y]. */
  private double[] transitions(int[][] edges) {
    int n = edges.length;
    int tl = trans.length;
    double[] tr = new double[n * tl];
    for (int i = 0; i < n; i++) {
      int base = i * tl;
      for (int k = 0; k < tl; k++) {
        tr[base + k] = trans[k];
      }
      for (int id : edges[i]) {
        int eb = id * tl;
        for (int k = 0; k < tl; k++) {
          tr[base + k] += edgeWeights[eb + k];
        }
      }
    }
    return tr;
  }

  /** exp(transition score / temperature) per position, from the precomputed tables. */
  private double[] transitionProbabilities(int[][] edges) {
    int n = edges.length;
    int tl = trans.length;
    double[] tr = new double[n * tl];
    for (int i = 0; i < n; i++) {
      int base = i * tl;
      System.arraycopy(expTrans, 0, tr, base, tl);
      for (int id : edges[i]) {
        int eb = id * tl;
        for (int k = 0; k < tl; k++) {
          tr[base + k] *= expEdges[eb + k];
        }
      }
    }
    return tr;
  }

  /** Best label path; {@code tr} holds per-position transition scores (see {@code transitions}). */
  static int[] viterbi(double[] emit, double[] tr, int n, int nl, boolean[] allowed) {
    int tl = (nl + 1) * nl;
    double[] score = new double[n * nl];
    int[] back = new int[n * nl];
    for (int y = 0; y < nl; y++) {
      score[y] = allowed[y] ? emit[y] + tr[y] : Double.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      for (int y = 0; y < nl; y++) {
        double bestScore = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < nl; p++) {
          if (!allowed[(p + 1) * nl + y]) {
            continue;
          }
          double s = score[(i - 1) * nl + p] + tr[i * tl + (p + 1) * nl + y];
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
  private double[] marginals(double[] emit, int[][] edges, int n, int[] path) {
    int nl = labels.length;
    double[] p = marginalMatrix(emit, transitionProbabilities(edges), n, temperature);
    double[] conf = new double[n];
    for (int i = 0; i < n; i++) {
      conf[i] = p[i * nl + path[i]];
    }
    return conf;
  }

  /**
   * All label marginals, p[i * L + y], at temperature t, given the exponentiated per-position
   * transitions {@code tr} (zero where a step is not allowed).
   */
  private double[] marginalMatrix(double[] emit, double[] tr, int n, double t) {
    int nl = labels.length;
    int tl = trans.length;
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
          a += alpha[(i - 1) * nl + p] * tr[i * tl + (p + 1) * nl + y];
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
          b += tr[(i + 1) * tl + (p + 1) * nl + y] * e[(i + 1) * nl + y] * beta[(i + 1) * nl + y];
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
    long[] edges = edgeIndex.sortedKeys();
    out.writeInt(edges.length);
    for (long e : edges) {
      out.writeLong(e);
      int base = edgeIndex.get(e) * trans.length;
      for (int k = 0; k < trans.length; k++) {
        out.writeFloat(edgeWeights[base + k]);
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
    int ne = in.readInt();
    LongIntMap edgeIndex = new LongIntMap(ne);
    float[] edgeWeights = new float[ne * trans.length];
    for (int e = 0; e < ne; e++) {
      edgeIndex.put(in.readLong(), e);
      for (int k = 0; k < trans.length; k++) {
        edgeWeights[e * trans.length + k] = in.readFloat();
      }
    }
    return new LinearChainModel(meta, labels, index, weights, trans, edgeIndex, edgeWeights);
  }
}
