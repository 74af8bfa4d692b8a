package org.warta.eval.conll;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a tag sequence into chunks exactly as the CoNLL-2000 {@code conlleval} script does, so IOB1
 * (a chunk may begin with {@code I-}) and BIO (every chunk begins with {@code B-}) both read right,
 * and a stray {@code I-X} (after {@code O} or after a chunk of another type) starts a new chunk of
 * type X instead of being dropped.
 *
 * <p>The rules of {@code conlleval}'s {@code startOfChunk}/{@code endOfChunk}: a chunk ends before
 * a {@code B} or an {@code O}, or before any tag of a different type; a chunk starts at a {@code
 * B}, at an {@code I} after {@code O}, or at any tag whose type differs from the previous one.
 * {@code B-X I-X} is one chunk; {@code I-X I-X} is one chunk; {@code B-X B-X} are two.
 */
public final class Chunker {
  private Chunker() {}

  /** The chunks of {@code tags} (strings such as {@code B-PER}), in order. */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    char prevPrefix = 'O';
    String prevType = "";
    int start = -1;
    for (int i = 0; i < tags.size(); i++) {
      ChunkTag t = ChunkTag.parse(tags.get(i));
      if (start >= 0 && endOfChunk(prevPrefix, t.prefix(), prevType, t.type())) {
        out.add(new Chunk(start, i, prevType));
        start = -1;
      }
      if (startOfChunk(prevPrefix, t.prefix(), prevType, t.type())) {
        start = i;
      }
      prevPrefix = t.prefix();
      prevType = t.type();
    }
    if (start >= 0) {
      out.add(new Chunk(start, tags.size(), prevType));
    }
    return out;
  }

  private static boolean endOfChunk(char prev, char tag, String prevType, String type) {
    if ((prev == 'B' || prev == 'I') && (tag == 'B' || tag == 'O')) {
      return true;
    }
    return prev != 'O' && !prevType.equals(type);
  }

  private static boolean startOfChunk(char prev, char tag, String prevType, String type) {
    if (tag == 'B') {
      return true;
    }
    if (prev == 'O' && tag == 'I') {
      return true;
    }
    return tag != 'O' && !prevType.equals(type);
  }
}
