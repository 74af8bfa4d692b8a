package org.warta.eval.conll;

import java.util.Objects;

/** A chunk over token positions {@code [start, end)} of one sentence, with its type. */
public record Chunk(int start, int end, String type) {
  public Chunk {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token range " + start + ".." + end);
    }
  }
}
