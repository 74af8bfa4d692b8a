package org.warta.nlp.quantity;

/**
 * A token of the quantity scanner: a run of letters, a run of digits with inner separators, or one
 * other character. Kept apart from the segmenter's {@link org.warta.model.Token} so that this stage
 * does not depend on how another stage splits {@code 15.000} or {@code Rp1,5}.
 *
 * @param start UTF-16 offset into the cleaned text
 * @param end end offset, exclusive
 * @param lower the text in lower case (ROOT locale)
 * @param spaceBefore whether whitespace (or the paragraph start) precedes the token
 * @param newlineBefore whether a line break precedes it (a hard boundary for context)
 */
record QToken(
    int start,
    int end,
    QToken.Kind kind,
    String text,
    String lower,
    boolean spaceBefore,
    boolean newlineBefore) {

  enum Kind {
    WORD,
    NUMBER,
    OTHER
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  boolean is(String lowerText) {
    return lower.equals(lowerText);
  }

  boolean capitalized() {
    return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
  }

  boolean allCaps() {
    if (kind != Kind.WORD) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
