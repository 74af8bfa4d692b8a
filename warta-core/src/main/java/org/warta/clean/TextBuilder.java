package org.warta.clean;

import java.util.Arrays;

/** Appends normalised pieces of an original text while recording where each character came from. */
final class TextBuilder {
  private final String original;
  private final StringBuilder text = new StringBuilder();
  private int[] map;

  TextBuilder(String original) {
    this.original = original;
    this.map = new int[original.length() + 16];
  }

  int length() {
    return text.length();
  }

  String substring(int start, int end) {
    return text.substring(start, end);
  }

  /** Appends {@code original[start, end)} with white space collapsed and invisibles dropped. */
  void appendNormalised(int start, int end) {
    ensure(text.length() + (end - start) + 2);
    boolean pendingSpace = false;
    int spaceAt = start;
    for (int i = start; i < end; i++) {
      char c = original.charAt(i);
      if (c > ' ' && c < 0x7F && !pendingSpace) { // printable ASCII: neither space nor invisible
        map[text.length()] = i;
        text.append(c);
        continue;
      }
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (!pendingSpace) {
          spaceAt = i;
        }
        pendingSpace = true;
        continue;
      }
      if (pendingSpace) {
        map[text.length()] = spaceAt;
        text.append(' ');
        pendingSpace = false;
      }
      map[text.length()] = i;
      text.append(c);
    }
  }

  /** Appends a separator that does not exist in the original, mapped to {@code at}. */
  void appendSeparator(String separator, int at) {
    for (int i = 0; i < separator.length(); i++) {
      append(separator.charAt(i), at);
    }
  }

  private void append(char c, int originalOffset) {
    ensure(text.length() + 2);
    map[text.length()] = originalOffset;
    text.append(c);
  }

  private void ensure(int capacity) {
    if (map.length < capacity) {
      map = Arrays.copyOf(map, Math.max(capacity, map.length * 2));
    }
  }

  OffsetMap offsetMap() {
    int n = text.length();
    int[] result = Arrays.copyOf(map, n + 1);
    result[n] = n == 0 ? 0 : Math.min(original.length(), map[n - 1] + 1);
    return new OffsetMap(result);
  }

  @Override
  public String toString() {
    return text.toString();
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\f'
        || c == '\u000B'
        || Character.isSpaceChar(c);
  }

  /** Zero-width characters, soft hyphens and byte-order marks: dropped from the cleaned text. */
  static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD';
  }
}
