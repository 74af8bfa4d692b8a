package org.warta.lang.id;

import org.warta.nlp.time.TimeGrammar;

/**
 * The Indonesian (and Malay) time-expression grammar: the rules of {@code time-grammar.tsv} and the
 * lexicons {@code time-*.tsv} beside it.
 */
public final class IndonesianTime {
  private IndonesianTime() {}

  /** Loads the grammar; call once and share the result (it is immutable). */
  public static TimeGrammar grammar() {
    return TimeGrammar.load(IndonesianTime.class, "/org/warta/lang/id/time-");
  }
}
