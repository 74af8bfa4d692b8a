package org.warta.eval.conll;

/**
 * A parsed chunk tag: its prefix ({@code B}, {@code I} or {@code O}) and its type ({@code PER},
 * empty for {@code O}).
 */
public record ChunkTag(char prefix, String type) {
  public static final ChunkTag OUTSIDE = new ChunkTag('O', "");

  /**
   * Parses {@code B-TYPE}, {@code I-TYPE} or {@code O}.
   *
   * @param where the file and line, for the error message
   * @throws IllegalArgumentException for any other tag
   */
  public static ChunkTag parse(String tag, String where) {
    if (tag.equals("O")) {
      return OUTSIDE;
    }
    if (tag.length() > 2
        && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I')
        && tag.charAt(1) == '-') {
      return new ChunkTag(tag.charAt(0), tag.substring(2));
    }
    throw new IllegalArgumentException(
        where + ": tag '" + tag + "' is not O, B-TYPE or I-TYPE (IOB1/BIO)");
  }

  public static ChunkTag parse(String tag) {
    return parse(tag, "tag");
  }
}
