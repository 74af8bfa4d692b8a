package org.warta.nlp.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a stretch of text into {@link QToken}s in one linear pass. Letters join into words (with
 * inner hyphens and apostrophes: {@code luka-luka}, {@code Jum'at}); digits join into numbers with
 * inner {@code .} and {@code ,} when a digit follows ({@code 15.000}, {@code 1,28}, {@code 09.15});
 * everything else is a one-character token. Letters and digits never join, so {@code Rp1,5} is
 * {@code Rp} + {@code 1,5} and {@code JT610} is {@code JT} + {@code 610} with {@code spaceBefore}
 * false on the second.
 */
final class QuantityScanner {
  private QuantityScanner() {}

  static List<QToken> scan(String text, int from, int to) {
    List<QToken> out = new ArrayList<>();
    boolean space = true;
    boolean newline = true;
    int i = from;
    while (i < to) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        if (cp == '\n' || cp == '\r') {
          newline = true;
        }
        i += len;
        continue;
      }
      int j;
      QToken.Kind kind;
      if (Character.isLetter(cp)) {
        j = i + len;
        while (j < to) {
          int c = text.codePointAt(j);
          if (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
            j += Character.charCount(c);
          } else if ((c == '-' || c == '\'' || c == '\u2019')
              && j + 1 < to
              && Character.isLetter(text.codePointAt(j + 1))) {
            j += 1;
          } else {
            break;
          }
        }
        kind = QToken.Kind.WORD;
      } else if (isAsciiDigit(cp)) {
        j = i + 1;
        while (j < to) {
          char c = text.charAt(j);
          if (isAsciiDigit(c)) {
            j++;
          } else if ((c == '.' || c == ',') && j + 1 < to && isAsciiDigit(text.charAt(j + 1))) {
            j += 2;
          } else {
            break;
          }
        }
        kind = QToken.Kind.NUMBER;
      } else {
        j = i + len;
        kind = QToken.Kind.OTHER;
      }
      String t = text.substring(i, j);
      out.add(new QToken(i, j, kind, t, t.toLowerCase(Locale.ROOT), space, newline));
      space = false;
      newline = false;
      i = j;
    }
    return out;
  }

  /** Splits a lexicon phrase the same way, returning the lower-case token texts. */
  static String[] phraseTokens(String phrase) {
    List<QToken> toks = scan(phrase, 0, phrase.length());
    String[] out = new String[toks.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = toks.get(k).lower();
    }
    return out;
  }

  private static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
