package org.warta.model;

import java.util.Locale;

/** How a quantity is hedged in the text (record contract vocabulary). */
public enum Approx {
  EXACT,
  ABOUT,
  AT_LEAST,
  AT_MOST,
  MORE_THAN,
  LESS_THAN,
  CLOSE_TO,
  RANGE,
  /** A vague amount such as {@code beberapa ribu} or {@code puluhan}. */
  VAGUE;

  /** The contract's spelling, e.g. {@code at_least}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
