package org.warta.model;

/**
 * Anything that covers a range of characters of the cleaned text: {@code [start, end)} in UTF-16.
 */
public interface Spanned {
  int start();

  int end();

  default int length() {
    return end() - start();
  }

  default boolean overlaps(Spanned other) {
    return start() < other.end() && other.start() < end();
  }

  default boolean contains(Spanned other) {
    return start() <= other.start() && other.end() <= end();
  }

  /** Checks {@code 0 <= start <= end}; called from the compact constructors of span records. */
  static void check(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
