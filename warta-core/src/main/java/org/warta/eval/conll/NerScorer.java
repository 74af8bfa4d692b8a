package org.warta.eval.conll;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warta.eval.Counts;
import org.warta.eval.ScoreTable;

/**
 * Exact-span chunk scoring in the CoNLL convention: a predicted chunk is a true positive only when
 * a gold chunk has the same first token, last token and type; every other predicted chunk is a
 * false positive and every unmatched gold chunk a false negative. Accumulates over sentences into a
 * {@link ScoreTable} with one row per type seen in gold or predictions. Not thread-safe.
 */
public final class NerScorer {
  private final ScoreTable table;

  public NerScorer(String title) {
    this.table = new ScoreTable(title);
  }

  /** Adds one sentence's gold and predicted tags (same length). */
  public NerScorer add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " tags, predicted " + predicted.size());
    }
    Set<Chunk> g = new HashSet<>(Chunker.chunks(gold));
    Set<Chunk> p = new HashSet<>(Chunker.chunks(predicted));
    for (Chunk c : p) {
      table.add(c.type(), g.contains(c) ? new Counts(1, 0, 0) : new Counts(0, 1, 0));
    }
    for (Chunk c : g) {
      if (!p.contains(c)) {
        table.add(c.type(), new Counts(0, 0, 1));
      }
    }
    return this;
  }

  public ScoreTable table() {
    return table;
  }
}
