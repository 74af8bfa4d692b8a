package org.warta.model;

import java.util.Objects;

/** A piece of the cleaned text quoted together with its offsets, e.g. an entity mention. */
public record Mention(String text, int start, int end) implements Spanned {
  public Mention {
    Objects.requireNonNull(text, "text");
    Spanned.check(start, end);
  }

  /** The mention of {@code text[start, end)}. */
  public static Mention of(String text, int start, int end) {
    return new Mention(text.substring(start, end), start, end);
  }
}
