package org.warta.model;

/** A bare character range {@code [start, end)} in UTF-16 units of the cleaned text. */
public record CharSpan(int start, int end) implements Spanned {
  public CharSpan {
    Spanned.check(start, end);
  }

  /** The covered characters of {@code text}. */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }
}
