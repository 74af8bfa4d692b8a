package org.warta.ingest.html;

import java.util.Arrays;

/**
 * Text under construction in which every character remembers the offset in the page source it came
 * from, so that the cleaned text of an HTML page maps back into the page.
 */
final class MappedText {
  private final StringBuilder text = new StringBuilder();
  private int[] map = new int[32];

  int length() {
    return text.length();
  }

  char charAt(int i) {
    return text.charAt(i);
  }

  /** Source offset of character {@code i}. */
  int sourceAt(int i) {
    return map[i];
  }

  void append(char c, int source) {
    if (map.length <= text.length()) {
      map = Arrays.copyOf(map, Math.max(16, map.length * 2));
    }
    map[text.length()] = source;
    text.append(c);
  }

  /** Appends {@code s}, every character mapped to {@code source}. */
  void append(CharSequence s, int source) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i), source);
    }
  }

  /** Appends {@code other[start, end)} with its mapping. */
  void append(MappedText other, int start, int end) {
    for (int i = start; i < end; i++) {
      append(other.text.charAt(i), other.map[i]);
    }
  }

  void append(MappedText other) {
    append(other, 0, other.length());
  }

  /** Removes trailing characters from {@code newLength} on. */
  void truncate(int newLength) {
    text.setLength(newLength);
  }

  int[] map() {
    return Arrays.copyOf(map, text.length());
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
