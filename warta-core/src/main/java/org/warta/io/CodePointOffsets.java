package org.warta.io;

/**
 * Converts UTF-16 offsets (Java string indices, used inside Warta) into Unicode code point offsets
 * (used by the JSON record contract, so that Python's {@code text[start:end]} works). For a text
 * without supplementary characters the two are the same and no table is built.
 */
public final class CodePointOffsets {
  private final int[] table;

  public CodePointOffsets(String text) {
    boolean supplementary = false;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        supplementary = true;
        break;
      }
    }
    if (!supplementary) {
      table = null;
      return;
    }
    table = new int[text.length() + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i++) {
      table[i] = cp;
      if (!(Character.isLowSurrogate(text.charAt(i))
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1)))) {
        cp++;
      } else {
        table[i] = cp - 1;
      }
    }
    table[text.length()] = cp;
  }

  /** The code point offset of UTF-16 offset {@code utf16}. */
  public int toCodePoint(int utf16) {
    return table == null ? utf16 : table[utf16];
  }
}
