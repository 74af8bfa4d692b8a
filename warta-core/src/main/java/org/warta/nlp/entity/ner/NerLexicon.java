package org.warta.nlp.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the NER features consult: cue words by class (titles before a person, heads of
 * organisation and place names), multi-word gazetteers by class, and word clusters. Immutable after
 * loading; shared by all taggers.
 *
 * <p>Resource formats (UTF-8, {@code #} comments): {@code cues.tsv} is {@code class<TAB>word};
 * {@code gazetteer.tsv} is {@code class<TAB>name} (a name is space-separated tokens); {@code
 * clusters.tsv.gz} is {@code word<TAB>bit-string path}.
 */
public final class NerLexicon {
  /** Lexicon with nothing in it (for tests of the machinery). */
  public static final NerLexicon EMPTY = new NerLexicon(Map.of(), Map.of(), Map.of(), 0);

  private final Map<String, String> cueClassByLowerWord;

  /** First token (lower case) → candidate names: token arrays (lower case) and their class. */
  private final Map<String, List<Entry>> gazetteerByFirst;

  private final Map<String, String[]> clusterByWord;

  /**
   * The feature hashes of each word's first four cluster ids, computed once at load time rather
   * than for every token of every article (same keys as {@link #clusterByWord}).
   */
  private final Map<String, long[]> clusterHashesByWord;

  private final int maxGazetteerTokens;

  record Entry(String[] tokens, String type) {}

  private NerLexicon(
      Map<String, String> cues,
      Map<String, List<Entry>> gazetteer,
      Map<String, String[]> clusters,
      int maxGazetteerTokens) {
    this.cueClassByLowerWord = cues;
    this.gazetteerByFirst = gazetteer;
    this.clusterByWord = clusters;
    this.clusterHashesByWord = new HashMap<>(clusters.size() * 2);
    clusters.forEach((word, ids) -> clusterHashesByWord.put(word, hashes(ids)));
    this.maxGazetteerTokens = maxGazetteerTokens;
  }

  /** Loads {@code cues.tsv}, {@code gazetteer.tsv} and {@code clusters.tsv.gz} from {@code dir}. */
  public static NerLexicon fromClasspath(String dir) {
    Map<String, String> cues = new HashMap<>();
    for (String[] row : rows(open(dir + "/cues.tsv", false))) {
      cues.putIfAbsent(row[1].toLowerCase(Locale.ROOT), row[0]);
    }
    Map<String, List<Entry>> gaz = new HashMap<>();
    Set<String> seen = new HashSet<>();
    int max = 0;
    for (String[] row : rows(open(dir + "/gazetteer.tsv", false))) {
      String name = row[1].toLowerCase(Locale.ROOT).strip();
      if (name.isEmpty() || !seen.add(row[0] + "\t" + name)) {
        continue;
      }
      String[] toks = name.split(" +");
      max = Math.max(max, toks.length);
      gaz.computeIfAbsent(toks[0], k -> new ArrayList<>()).add(new Entry(toks, row[0]));
    }
    Map<String, String[]> clusters = new HashMap<>();
    InputStream c = open(dir + "/clusters.tsv.gz", true);
    if (c != null) {
      for (String[] row : rows(c)) {
        clusters.put(row[0], Arrays.copyOfRange(row, 1, row.length));
      }
    }
    // HashMap rather than Map.copyOf: its lookups are faster on these large maps; never mutated
    // after construction, so safe to share.
    return new NerLexicon(cues, gaz, clusters, max);
  }

  private static InputStream open(String path, boolean gzip) {
    InputStream in = NerLexicon.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      if (gzip) {
        return null;
      }
      throw new IllegalStateException("missing resource " + path);
    }
    try {
      return gzip ? new GZIPInputStream(in) : in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> rows(InputStream in) {
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length >= 2) {
          out.add(cols);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The cue class of a word ({@code title}, {@code org}, {@code loc} …), or null. */
  public String cueClass(String lowerWord) {
    return cueClassByLowerWord.get(lowerWord);
  }

  /** The cluster ids of a word, coarse to fine (as written, else lower case), or null. */
  public String[] cluster(String word) {
    String[] c = clusterByWord.get(word);
    return c != null ? c : clusterByWord.get(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The hashes of the first four cluster ids of a word as written, else of its lower-case form
   * ({@code lowerCase} must be {@code word.toLowerCase(Locale.ROOT)}), or null: what {@link
   * NerFeatures} weighs, without hashing the ids of every token again.
   */
  long[] clusterHashes(String word, String lowerCase) {
    long[] h = clusterHashesByWord.get(word);
    if (h != null || lowerCase == word) {
      return h;
    }
    return clusterHashesByWord.get(lowerCase);
  }

  private static long[] hashes(String[] ids) {
    long[] h = new long[Math.min(ids.length, 4)];
    for (int j = 0; j < h.length; j++) {
      h[j] = FeatureHash.chars(ids[j]);
    }
    return h;
  }

  public boolean hasClusters() {
    return !clusterByWord.isEmpty();
  }

  /**
   * Gazetteer matches: for each token, the BIO-marked classes of the longest names covering it
   * ({@code B-country}, {@code I-region}), matched case-insensitively; null where none.
   */
  String[] gazetteerTags(String[] lower) {
    String[] out = new String[lower.length];
    for (int i = 0; i < lower.length; i++) {
      List<Entry> cands = gazetteerByFirst.get(lower[i]);
      if (cands == null) {
        continue;
      }
      Entry best = null;
      for (Entry e : cands) {
        if (e.tokens.length > lower.length - i
            || (best != null && e.tokens.length <= best.tokens.length)) {
          continue;
        }
        boolean ok = true;
        for (int k = 1; k < e.tokens.length && ok; k++) {
          ok = e.tokens[k].equals(lower[i + k]);
        }
        if (ok) {
          best = e;
        }
      }
      if (best != null) {
        for (int k = 0; k < best.tokens.length; k++) {
          String tag = (k == 0 ? "B-" : "I-") + best.type;
          out[i + k] = out[i + k] == null ? tag : out[i + k] + "|" + tag;
        }
      }
    }
    return out;
  }

  int maxGazetteerTokens() {
    return maxGazetteerTokens;
  }
}
