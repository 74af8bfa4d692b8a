package org.warta.spark;

import java.io.Serializable;

/**
 * What became of one item of the input (an article file, a WARC record, a JSON line): an analysed
 * article, a repeat of an article already analysed in the same partition, or a reject with its
 * reason.
 *
 * <p>{@code ordinal} is the item's position in the whole input (file index in the high 32 bits,
 * item number within the file in the low ones), so that "the first copy" of a duplicated article
 * and the output order are the order {@code warta analyze} would see.
 *
 * @param id the article id (null for a reject)
 * @param copies how many items this outcome stands for (1, more after deduplication)
 * @param json the record as {@code warta analyze --format json} prints it (articles only)
 * @param tables the record's Parquet rows (articles only)
 */
public record Outcome(
    Kind kind,
    long ordinal,
    String id,
    String source,
    String reason,
    String language,
    String month,
    String json,
    TableRows tables,
    long copies)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The three kinds of outcome. */
  public enum Kind {
    ARTICLE,
    DUPLICATE,
    REJECT
  }

  static Outcome article(
      long ordinal,
      String id,
      String source,
      String language,
      String month,
      String json,
      TableRows tables) {
    return new Outcome(Kind.ARTICLE, ordinal, id, source, null, language, month, json, tables, 1);
  }

  static Outcome duplicate(long ordinal, String id, String source) {
    return new Outcome(Kind.DUPLICATE, ordinal, id, source, null, null, null, null, null, 1);
  }

  static Outcome reject(long ordinal, String source, String reason) {
    return new Outcome(Kind.REJECT, ordinal, null, source, reason, null, null, null, null, 1);
  }

  /** The key under which outcomes are deduplicated: the article id, or a unique key per reject. */
  String dedupKey() {
    return kind == Kind.REJECT ? "!reject:" + ordinal : id;
  }

  /**
   * Merges two outcomes of the same article: the analysed copy that comes first in the input wins
   * and the copies add up. Associative and commutative, as {@code reduceByKey} needs.
   */
  static Outcome merge(Outcome a, Outcome b) {
    Outcome first;
    if (a.kind != b.kind) {
      first = a.kind == Kind.ARTICLE ? a : b;
    } else {
      first = a.ordinal <= b.ordinal ? a : b;
    }
    return new Outcome(
        first.kind,
        first.ordinal,
        first.id,
        first.source,
        first.reason,
        first.language,
        first.month,
        first.json,
        first.tables,
        a.copies + b.copies);
  }
}
