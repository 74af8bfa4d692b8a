package org.warta.clean;

import java.text.Normalizer;
import java.util.Arrays;

/** Appends normalised pieces of an original text while recording where each character came from. */
final class TextBuilder {
  /** Below this char nothing composes or decomposes under NFC (U+0300 is the first mark). */
  private static final char FIRST_COMBINING = '\u0300';

  /** A longer run of marks (Zalgo text) is normalised in pieces; NFC never needs more. */
  private static final int MAX_SEQUENCE = 32;

  private final String original;
  private final StringBuilder text = new StringBuilder();
  private int[] map;

  /** Text length right after the last sequence NFC changed, and where its source ends. */
  private int composedTextEnd = -1;

  private int composedOriginalEnd;

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

  /**
   * Appends {@code original[start, end)} with white space collapsed, invisibles dropped and Unicode
   * normalised to NFC.
   *
   * <p>Design decision: NFC is applied per character sequence (a character and the combining marks
   * that follow it), which is where NFC composes; every char of a changed sequence maps to the
   * sequence's start, so a span over {@code é} built from {@code e\u0301} maps back to both
   * original chars and offsets stay monotone. Text that is already NFC (nearly all news text) takes
   * the char-by-char path with no allocation.
   */
  void appendNormalised(int start, int end) {
    ensure(text.length() + (end - start) + 2);
    boolean pendingSpace = false;
    int spaceAt = start;
    int i = start;
    while (i < end) {
      char c = original.charAt(i);
      boolean plainNext = i + 1 >= end || original.charAt(i + 1) < FIRST_COMBINING;
      if (c > ' ' && c < 0x7F && !pendingSpace && plainNext) {
        // printable ASCII not followed by a mark: neither space nor invisible, NFC already
        map[text.length()] = i;
        text.append(c);
        i++;
        continue;
      }
      if (isInvisible(c)) {
        i++;
        continue;
      }
      if (isSpace(c)) {
        if (!pendingSpace) {
          spaceAt = i;
        }
        pendingSpace = true;
        i++;
        continue;
      }
      if (pendingSpace) {
        map[text.length()] = spaceAt;
        text.append(' ');
        pendingSpace = false;
      }
      if (c < FIRST_COMBINING && plainNext) {
        map[text.length()] = i;
        text.append(c);
        i++;
        continue;
      }
      int seqEnd = i + Character.charCount(original.codePointAt(i));
      while (seqEnd < end && seqEnd - i < MAX_SEQUENCE) {
        int cp = original.codePointAt(seqEnd);
        if (!isCombining(cp)) {
          break;
        }
        seqEnd += Character.charCount(cp);
      }
      seqEnd = Math.min(seqEnd, end);
      String seq = original.substring(i, seqEnd);
      if (Normalizer.isNormalized(seq, Normalizer.Form.NFC)) {
        for (int k = i; k < seqEnd; k++) {
          map[text.length()] = k;
          text.append(original.charAt(k));
        }
      } else {
        String nfc = Normalizer.normalize(seq, Normalizer.Form.NFC);
        ensure(text.length() + nfc.length() + (end - seqEnd) + 2); // NFC may also expand
        for (int k = 0; k < nfc.length(); k++) {
          map[text.length()] = i;
          text.append(nfc.charAt(k));
        }
        composedTextEnd = text.length();
        composedOriginalEnd = seqEnd;
      }
      i = seqEnd;
    }
  }

  /** Marks and Hangul vowel/final jamo: what NFC may compose with the character before. */
  private static boolean isCombining(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (cp >= 0x1160 && cp <= 0x11FF);
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
    int end = composedTextEnd == n ? composedOriginalEnd : (n == 0 ? 0 : map[n - 1] + 1);
    result[n] = n == 0 ? 0 : Math.min(original.length(), end);
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
        || Character.isSpaceChar(c)
        || Character.isWhitespace(c); // also the separators U+001C..U+001F
  }

  /**
   * Zero-width characters, soft hyphens, byte-order marks and control characters other than white
   * space (a stray U+0001 or U+0085 from a broken export): dropped from the cleaned text.
   */
  static boolean isInvisible(char c) {
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c));
  }
}
