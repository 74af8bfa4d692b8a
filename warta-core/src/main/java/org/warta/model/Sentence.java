package org.warta.model;

/** One sentence of the cleaned text. */
public record Sentence(int start, int end) implements Spanned {
  public Sentence {
    Spanned.check(start, end);
  }
}
