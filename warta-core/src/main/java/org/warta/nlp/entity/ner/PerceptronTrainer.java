package org.warta.nlp.entity.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntConsumer;

/**
 * Trains a {@link LinearChainModel} with the averaged structured perceptron (Collins 2002): decode
 * each sentence with Viterbi under the current weights, move the weights towards the gold
 * sequence's features and away from the prediction's, and keep the average of all intermediate
 * weights.
 *
 * <p>Deterministic: features get ids in sorted order, sentences are visited in an order shuffled by
 * a fixed seed, one thread. Features seen fewer than {@code cutoff} times are dropped before
 * training; features whose averaged weights are all zero are dropped after it.
 *
 * <p>Design decision: the perceptron rather than CRF likelihood training, because it needs no
 * learning-rate schedule, trains in seconds on a few thousand sentences, and its averaged weights
 * are as accurate as a CRF's on NER with these features (Collins 2002; Ratinov &amp; Roth 2009).
 */
public final class PerceptronTrainer {
  /** Training settings. */
  public record Config(int iterations, int cutoff, long seed, String domain) {
    public Config {
      if (iterations < 1 || cutoff < 1) {
        throw new IllegalArgumentException("iterations and cutoff must be >= 1");
      }
    }
  }

  /** One labelled sentence; {@code domain} names its corpus for domain-specific feature copies. */
  public record Sentence(List<String> words, List<String> labels, String domain) {
    public Sentence {
      words = List.copyOf(words);
      labels = List.copyOf(labels);
      if (words.size() != labels.size()) {
        throw new IllegalArgumentException("words and labels differ in length");
      }
    }
  }

  private final NerFeatures features;
  private final Config config;

  public PerceptronTrainer(NerFeatures features, Config config) {
    this.features = features;
    this.config = config;
  }

  /**
   * Trains on {@code data}.
   *
   * @param progress receives the number of each finished iteration
   */
  public LinearChainModel train(List<Sentence> data, IntConsumer progress) {
    String[] labels = labelSet(data);
    Map<String, Integer> labelId = new HashMap<>();
    for (int i = 0; i < labels.length; i++) {
      labelId.put(labels[i], i);
    }
    int nl = labels.length;
    // 1. features, counted; ids in sorted order of their hashes
    long domainTag = config.domain() == null ? 0 : FeatureHash.chars(config.domain());
    List<long[][]> feats = new ArrayList<>(data.size());
    List<long[][]> edgeFeats = new ArrayList<>(data.size());
    Map<Long, Integer> edgeCounts = new HashMap<>();
    LongIntMap general = new LongIntMap(1 << 16); // shared (not per-domain) features, for folding
    Map<Long, Integer> counts = new HashMap<>();
    for (Sentence s : data) {
      NerFeatures.Encoded enc = features.extract(s.words());
      long[][] f = enc.node();
      edgeFeats.add(enc.edge());
      for (long[] tok : enc.edge()) {
        for (long x : tok) {
          edgeCounts.merge(x, 1, Integer::sum);
        }
      }
      if (domainTag != 0) {
        for (long[] tok : f) {
          for (long x : tok) {
            general.put(x, 1);
          }
        }
        if (s.domain() != null) {
          f = withDomainCopies(f, FeatureHash.chars(s.domain()));
        }
      }
      feats.add(f);
      for (long[] tok : f) {
        for (long x : tok) {
          counts.merge(x, 1, Integer::sum);
        }
      }
    }
    long[] kept =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= config.cutoff())
            .mapToLong(Map.Entry::getKey)
            .sorted()
            .toArray();
    LongIntMap index = new LongIntMap(kept.length);
    for (long k : kept) {
      index.put(k, index.size());
    }
    int[][][] x = new int[data.size()][][];
    int[][] y = new int[data.size()][];
    for (int s = 0; s < data.size(); s++) {
      long[][] f = feats.get(s);
      x[s] = new int[f.length][];
      y[s] = new int[f.length];
      for (int i = 0; i < f.length; i++) {
        x[s][i] = Arrays.stream(f[i]).mapToInt(index::get).filter(id -> id >= 0).toArray();
        y[s][i] = labelId.get(data.get(s).labels().get(i));
      }
    }
    feats = null;
    counts = null;
    long[] keptEdges =
        edgeCounts.entrySet().stream()
            .filter(e -> e.getValue() >= config.cutoff())
            .mapToLong(Map.Entry::getKey)
            .sorted()
            .toArray();
    LongIntMap edgeIndex = new LongIntMap(keptEdges.length);
    for (long k : keptEdges) {
      edgeIndex.put(k, edgeIndex.size());
    }
    int[][][] xe = new int[data.size()][][];
    for (int s = 0; s < data.size(); s++) {
      long[][] f = edgeFeats.get(s);
      xe[s] = new int[f.length][];
      for (int i = 0; i < f.length; i++) {
        xe[s][i] = Arrays.stream(f[i]).mapToInt(edgeIndex::get).filter(id -> id >= 0).toArray();
      }
    }
    edgeFeats = null;
    // 2. averaged perceptron
    int nf = index.size();
    double[] w = new double[nf * nl];
    double[] u = new double[nf * nl];
    double[] t = new double[(nl + 1) * nl];
    double[] ut = new double[(nl + 1) * nl];
    int tl = (nl + 1) * nl;
    int ne = edgeIndex.size();
    double[] we = new double[ne * tl];
    double[] ue = new double[ne * tl];
    boolean[] allowed = LinearChainModel.allowedTransitions(labels);
    List<Integer> order = new ArrayList<>();
    for (int s = 0; s < data.size(); s++) {
      order.add(s);
    }
    Random random = new Random(config.seed());
    long c = 1;
    for (int it = 1; it <= config.iterations(); it++) {
      Collections.shuffle(order, random);
      for (int s : order) {
        int n = y[s].length;
        if (n == 0) {
          continue;
        }
        double[] emit = new double[n * nl];
        for (int i = 0; i < n; i++) {
          for (int f : x[s][i]) {
            for (int l = 0; l < nl; l++) {
              emit[i * nl + l] += w[f * nl + l];
            }
          }
        }
        double[] tr = new double[n * tl];
        for (int i = 0; i < n; i++) {
          System.arraycopy(t, 0, tr, i * tl, tl);
          for (int e : xe[s][i]) {
            for (int k = 0; k < tl; k++) {
              tr[i * tl + k] += we[e * tl + k];
            }
          }
        }
        int[] pred = LinearChainModel.viterbi(emit, tr, n, nl, allowed);
        int[] gold = y[s];
        for (int i = 0; i < n; i++) {
          if (pred[i] != gold[i]) {
            for (int f : x[s][i]) {
              w[f * nl + gold[i]] += 1;
              u[f * nl + gold[i]] += c;
              w[f * nl + pred[i]] -= 1;
              u[f * nl + pred[i]] -= c;
            }
          }
          int gp = i == 0 ? 0 : gold[i - 1] + 1;
          int pp = i == 0 ? 0 : pred[i - 1] + 1;
          int gc = gp * nl + gold[i];
          int pc = pp * nl + pred[i];
          if (gc != pc) {
            t[gc] += 1;
            ut[gc] += c;
            t[pc] -= 1;
            ut[pc] -= c;
            for (int e : xe[s][i]) {
              we[e * tl + gc] += 1;
              ue[e * tl + gc] += c;
              we[e * tl + pc] -= 1;
              ue[e * tl + pc] -= c;
            }
          }
        }
        c++;
      }
      progress.accept(it);
    }
    // 3. average; with a target domain, fold its copies into the shared features (the tagger then
    // needs no copies) and drop the other domains' copies; prune all-zero features
    float[][] avg = new float[nf][nl];
    for (int f = 0; f < nf; f++) {
      for (int l = 0; l < nl; l++) {
        avg[f][l] = (float) (w[f * nl + l] - u[f * nl + l] / c);
      }
    }
    long[] keys = kept;
    if (domainTag != 0) {
      long target = FeatureHash.chars(config.domain());
      List<Long> folded = new ArrayList<>();
      for (long k : kept) {
        if (general.get(k) < 0) {
          continue; // a domain copy
        }
        int cid = index.get(copy(k, target));
        int gid = index.get(k);
        if (cid >= 0) {
          for (int l = 0; l < nl; l++) {
            avg[gid][l] += avg[cid][l];
          }
        }
        folded.add(k);
      }
      keys = folded.stream().mapToLong(Long::longValue).toArray();
    }
    LongIntMap finalIndex = new LongIntMap(keys.length);
    List<float[]> rows = new ArrayList<>();
    for (long k : keys) {
      float[] row = avg[index.get(k)];
      boolean any = false;
      for (float v : row) {
        any |= Math.abs(v) > 1e-6;
      }
      if (any) {
        finalIndex.put(k, rows.size());
        rows.add(row);
      }
    }
    float[] weights = new float[rows.size() * nl];
    for (int f = 0; f < rows.size(); f++) {
      System.arraycopy(rows.get(f), 0, weights, f * nl, nl);
    }
    float[] trans = new float[t.length];
    for (int k = 0; k < t.length; k++) {
      trans[k] = (float) (t[k] - ut[k] / c);
    }
    LongIntMap finalEdges = new LongIntMap(keptEdges.length);
    List<float[]> edgeRows = new ArrayList<>();
    for (long k : keptEdges) {
      int e = edgeIndex.get(k);
      float[] row = new float[tl];
      boolean any = false;
      for (int q = 0; q < tl; q++) {
        row[q] = (float) (we[e * tl + q] - ue[e * tl + q] / c);
        any |= Math.abs(row[q]) > 1e-6;
      }
      if (any) {
        finalEdges.put(k, edgeRows.size());
        edgeRows.add(row);
      }
    }
    float[] edgeWeights = new float[edgeRows.size() * tl];
    for (int e = 0; e < edgeRows.size(); e++) {
      System.arraycopy(edgeRows.get(e), 0, edgeWeights, e * tl, tl);
    }
    Map<String, String> meta = new TreeMap<>();
    if (config.domain() != null) {
      meta.put("domain", config.domain());
    }
    return new LinearChainModel(meta, labels, finalIndex, weights, trans, finalEdges, edgeWeights);
  }

  /** O first, then B-/I- of each type in type order. */
  static String[] labelSet(List<Sentence> data) {
    TreeSet<String> types = new TreeSet<>();
    for (Sentence s : data) {
      for (String l : s.labels()) {
        if (!l.equals("O")) {
          if (l.length() < 3 || (l.charAt(0) != 'B' && l.charAt(0) != 'I') || l.charAt(1) != '-') {
            throw new IllegalArgumentException("not a BIO label: " + l);
          }
          types.add(l.substring(2));
        }
      }
    }
    List<String> out = new ArrayList<>();
    out.add("O");
    for (String type : types) {
      out.add("B-" + type);
      out.add("I-" + type);
    }
    return out.toArray(new String[0]);
  }

  /**
   * Domain adaptation by feature augmentation (Daumé III 2007): every feature also gets a copy
   * keyed by the sentence's corpus, so the shared copy learns what the corpora have in common and
   * the keyed copy what is particular to one. After training, the target domain's copies are added
   * into the shared weights and the rest dropped, so tagging costs nothing extra.
   */
  private static long[][] withDomainCopies(long[][] f, long domain) {
    long[][] out = new long[f.length][];
    for (int i = 0; i < f.length; i++) {
      long[] t = Arrays.copyOf(f[i], f[i].length * 2);
      for (int j = 0; j < f[i].length; j++) {
        t[f[i].length + j] = copy(f[i][j], domain);
      }
      out[i] = t;
    }
    return out;
  }

  private static long copy(long feature, long domain) {
    return FeatureHash.nonZero(FeatureHash.mix(domain, feature));
  }
}
