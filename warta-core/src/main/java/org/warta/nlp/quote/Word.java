package org.warta.nlp.quote;

import org.warta.model.Spanned;

/**
 * A word or punctuation character of the text, as the reporting-pattern rules see it.
 *
 * @param lower the covered text in lower case
 * @param start UTF-16 offset into the cleaned text
 * @param end exclusive end offset
 * @param kind letters/digits ({@link Kind#WORD}), a quote mark, or other punctuation
 * @param capitalized whether the first character is an upper-case letter
 */
public record Word(String lower, int start, int end, Kind kind, boolean capitalized)
    implements Spanned {

  /** Coarse kinds; only these distinctions matter to the rules. */
  public enum Kind {
    WORD,
    QUOTE,
    PUNCT
  }

  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** Whether this is the punctuation character {@code c}. */
  public boolean is(char c) {
    return kind != Kind.WORD && lower.length() == 1 && lower.charAt(0) == c;
  }
}
