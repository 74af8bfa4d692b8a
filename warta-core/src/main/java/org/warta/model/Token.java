package org.warta.model;

import java.util.Objects;

/** One token of the cleaned text with a coarse kind that later stages use to skip work. */
public record Token(String text, int start, int end, Kind kind) implements Spanned {
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Spanned.check(start, end);
  }

  /** Coarse token classes. */
  public enum Kind {
    /** Letters, possibly with inner hyphens or apostrophes: {@code luka-luka}, {@code Jum'at}. */
    WORD,
    /** Digits with Indonesian separators: {@code 15.000}, {@code 1,28}, {@code 09.15}. */
    NUMBER,
    /** Letters and digits mixed: {@code JT610}, {@code COVID-19}. */
    ALPHANUM,
    /** Punctuation and quotes. */
    PUNCT,
    /** Anything else: currency signs, emoji, symbols. */
    SYMBOL
  }
}
