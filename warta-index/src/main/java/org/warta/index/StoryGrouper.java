package org.warta.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;

/**
 * Links articles into story groups, so that copies are not counted as independent sources and
 * reports of one event by different outlets are read together.
 *
 * <h2>How groups are formed</h2>
 *
 * <ol>
 *   <li><b>Copies and near-duplicates</b>: two articles whose body SimHashes ({@link
 *       StoryFeatures#simHash}, 3-word shingles) differ in at most {@value #MAX_HAMMING} of 64 bits
 *       are one story whatever their dates: a republished copy, a syndicated wire story, a lightly
 *       edited update. Candidates come from 4 bands of 16 bits (by the pigeonhole principle two
 *       hashes within 3 bits agree exactly on at least one band), so no all-pairs comparison is
 *       needed.
 *   <li><b>Same event, different outlets</b>: two articles published at most {@value #MAX_DAYS}
 *       days apart, sharing an event type (when both have events), are one story when their entity
 *       overlap — weighted by inverse document frequency, so that {@code Indonesia} or {@code
 *       Jakarta} count for little, as a share of the smaller article's entity weight — is high: at
 *       least {@value #MIN_SHARED} shared entity forms and {@value #MIN_OVERLAP} of the weight, or
 *       at least {@value #MANY_SHARED} shared forms and {@value #MIN_OVERLAP_MANY}; or when their
 *       titles share at least two rare words (in at most {@value #RARE_TITLE_DF} titles, or 0.2% of
 *       the index) and they share at least two entity forms. Candidates come from keys that occur
 *       in few articles (at most 5% of the index), so the cost stays near linear.
 *   <li>Groups are the connected components of both kinds of link (union-find). The story id is the
 *       smallest article id in the group, so it does not depend on ingest order: an index built in
 *       one run or resumed after a crash gets the same groups.
 * </ol>
 *
 * <p>Design decision: groups are recomputed over the whole index after each ingest rather than
 * assigned incrementally, because single-link grouping depends on arrival order when assigned
 * incrementally; recomputation is cheap (one pass over stored features) and deterministic. The
 * result is written as updatable numeric doc values, so no document is rewritten.
 */
public final class StoryGrouper {
  static final int MAX_HAMMING = 3;
  static final int MAX_DAYS = 3;
  static final int MIN_SHARED = 3;
  static final double MIN_OVERLAP = 0.45;
  static final int MANY_SHARED = 6;
  static final double MIN_OVERLAP_MANY = 0.25;
  static final int RARE_TITLE_DF = 2;

  /** The story-relevant features of one article. */
  public record Features(String id, long simHash, Long day, Set<String> keys) {}

  /** Counts after regrouping. */
  public record Result(long articles, long stories) {}

  /** Recomputes the groups of the index at {@code dir} and writes changed ones through writer. */
  public Result regroup(Path dir, ArticleIndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer.writer())) {
      IndexRecords records = new IndexRecords(reader);
      List<Features> features = records.features();
      Map<String, Long> current = records.stories();
      Map<String, String> groups = group(features);
      for (Map.Entry<String, String> e : groups.entrySet()) {
        long story = RecordDocuments.idAsLong(e.getValue());
        Long now = current.get(e.getKey());
        if (now == null || now != story) {
          writer
              .writer()
              .updateNumericDocValue(
                  new Term(IndexSchema.ID, e.getKey()), IndexSchema.STORY, story);
        }
      }
      return new Result(features.size(), new HashSet<>(groups.values()).size());
    }
  }

  /** Article id → story id (the smallest article id of its group). */
  public Map<String, String> group(List<Features> docs) {
    int n = docs.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    linkCopies(docs, parent);
    linkEvents(docs, parent);
    Map<Integer, String> minId = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = find(parent, i);
      String id = docs.get(i).id();
      minId.merge(r, id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(docs.get(i).id(), minId.get(find(parent, i)));
    }
    return out;
  }

  private static void linkCopies(List<Features> docs, int[] parent) {
    Map<Long, List<Integer>> bands = new HashMap<>();
    for (int i = 0; i < docs.size(); i++) {
      long h = docs.get(i).simHash();
      if (h == 0) {
        continue;
      }
      for (int b = 0; b < 4; b++) {
        long key = ((long) b << 16) | ((h >>> (16 * b)) & 0xffffL);
        bands.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : bands.values()) {
      if (bucket.size() < 2 || bucket.size() > 500) {
        continue;
      }
      for (int x = 0; x < bucket.size(); x++) {
        for (int y = x + 1; y < bucket.size(); y++) {
          int a = bucket.get(x);
          int c = bucket.get(y);
          if (Long.bitCount(docs.get(a).simHash() ^ docs.get(c).simHash()) <= MAX_HAMMING) {
            union(parent, a, c);
          }
        }
      }
    }
  }

  private static void linkEvents(List<Features> docs, int[] parent) {
    int n = docs.size();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String k : docs.get(i).keys()) {
        if (k.startsWith("e:") || k.startsWith("w:")) {
          postings.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<String, Double> idf = new HashMap<>();
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      idf.put(e.getKey(), Math.log(1.0 + (double) n / e.getValue().size()));
    }
    int rareTitle = Math.max(RARE_TITLE_DF, n / 500);
    Set<String> rare = new HashSet<>();
    for (Map.Entry<String, List<Integer>> e : postings.entrySet()) {
      if (e.getKey().startsWith("w:") && e.getValue().size() <= rareTitle) {
        rare.add(e.getKey());
      }
    }
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      for (String k : docs.get(i).keys()) {
        Double w = k.startsWith("e:") ? idf.get(k) : null;
        if (w != null) {
          weight[i] += w;
        }
      }
    }
    int maxDf = Math.max(5, n / 20);
    Set<Long> tried = new HashSet<>();
    for (List<Integer> list : postings.values()) {
      if (list.size() < 2 || list.size() > maxDf) {
        continue;
      }
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          int a = list.get(x);
          int b = list.get(y);
          if (!tried.add(((long) Math.min(a, b) << 32) | Math.max(a, b))) {
            continue;
          }
          if (sameEvent(docs.get(a), docs.get(b), idf, rare, weight[a], weight[b])) {
            union(parent, a, b);
          }
        }
      }
    }
  }

  static boolean sameEvent(
      Features a,
      Features b,
      Map<String, Double> idf,
      Set<String> rareTitleWords,
      double weightA,
      double weightB) {
    if (a.day() == null || b.day() == null || Math.abs(a.day() - b.day()) > MAX_DAYS) {
      return false;
    }
    int shared = 0;
    int sharedRare = 0;
    int sharedTitle = 0;
    double sharedWeight = 0;
    boolean typesA = false;
    boolean typesB = false;
    boolean sharedType = false;
    for (String k : a.keys()) {
      if (k.startsWith("t:")) {
        typesA = true;
        if (b.keys().contains(k)) {
          sharedType = true;
        }
      } else if (k.startsWith("w:")) {
        if (b.keys().contains(k)) {
          sharedTitle++;
          if (rareTitleWords.contains(k)) {
            sharedRare++;
          }
        }
      } else if (b.keys().contains(k)) {
        shared++;
        sharedWeight += idf.getOrDefault(k, 0.0);
      }
    }
    for (String k : b.keys()) {
      if (k.startsWith("t:")) {
        typesB = true;
        break;
      }
    }
    if (typesA && typesB && !sharedType) {
      return false;
    }
    if (sharedRare >= 2 && shared >= 2) {
      return true;
    }
    double smaller = Math.min(weightA, weightB);
    double overlap = smaller > 0 ? sharedWeight / smaller : 0;
    return sharedTitle >= 1
        && ((shared >= MIN_SHARED && overlap >= MIN_OVERLAP)
            || (shared >= MANY_SHARED && overlap >= MIN_OVERLAP_MANY));
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
