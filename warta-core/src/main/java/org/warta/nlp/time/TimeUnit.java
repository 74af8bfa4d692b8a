package org.warta.nlp.time;

import java.util.Locale;

/** Calendar and clock units of durations, sets and relative expressions. */
enum TimeUnit {
  S(true, "S", 1),
  MIN(true, "M", 1),
  H(true, "H", 1),
  D(false, "D", 1),
  W(false, "W", 1),
  /** A weekend: only as a relative date ({@code akhir pekan lalu}) or a set. */
  WE(false, "W", 1),
  M(false, "M", 1),
  /** A quarter: as a duration it is three months ({@code P3M}). */
  Q(false, "M", 3),
  /** A half year. */
  HALF(false, "M", 6),
  Y(false, "Y", 1),
  DE(false, "DE", 1),
  CE(false, "CE", 1);

  /** Units below a day take the {@code T} designator in an ISO duration. */
  final boolean clock;

  /** The ISO 8601 designator of the unit in a duration. */
  final String designator;

  /** How many designator units one unit is worth (a quarter is three months). */
  final int factor;

  TimeUnit(boolean clock, String designator, int factor) {
    this.clock = clock;
    this.designator = designator;
    this.factor = factor;
  }

  /** Parses a unit code of the {@code time-units.tsv} lexicon. */
  static TimeUnit parse(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
