package org.warta.clean;

import java.util.Arrays;

/**
 * Maps offsets of the cleaned text back to offsets of the original input, so that any span of the
 * record can be shown in the page it came from. Offsets are UTF-16 units; {@code length()+1}
 * positions are mapped so that end offsets map too.
 */
public final class OffsetMap {
  private final int[] toOriginal;

  OffsetMap(int[] toOriginal) {
    this.toOriginal = toOriginal.clone();
  }

  /**
   * A map from explicit original offsets, one per cleaned offset plus one for the end. Used by
   * extractors that build the cleaned text from another kind of original (an HTML page).
   */
  public static OffsetMap of(int[] toOriginal) {
    return new OffsetMap(toOriginal);
  }

  /** The identity map for a text of {@code length} characters. */
  public static OffsetMap identity(int length) {
    int[] map = new int[length + 1];
    Arrays.setAll(map, i -> i);
    return new OffsetMap(map);
  }

  /** The original offset of cleaned offset {@code cleaned}, in {@code [0, length()]}. */
  public int toOriginal(int cleaned) {
    if (cleaned < 0 || cleaned >= toOriginal.length) {
      throw new IndexOutOfBoundsException(cleaned);
    }
    return toOriginal[cleaned];
  }

  /** Length of the cleaned text this map covers. */
  public int length() {
    return toOriginal.length - 1;
  }
}
