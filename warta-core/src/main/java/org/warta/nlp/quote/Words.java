package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Word words} for the reporting rules: runs of letters and digits (with
 * inner hyphens, apostrophes and digit separators: {@code luka-luka}, {@code Sa'in}, {@code
 * 15.000}) and single punctuation characters.
 *
 * <p>Design decision: the quote and claim stages scan words themselves instead of reading the
 * TOKENS layer, so that cue matching does not depend on how the tokeniser treats clitics and glued
 * words; the scan is a single linear pass with no regular expression.
 */
public final class Words {
  private Words() {}

  /** Whether {@code c} is a double quote mark: straight, curly or low-9. */
  public static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F';
  }

  /** The words of {@code text[from, to)}. */
  public static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = Math.max(0, from);
    int n = Math.min(text.length(), to);
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else if ((d == '-' || d == '\'' || d == '\u2019')
              && i + 1 < n
              && Character.isLetterOrDigit(text.charAt(i + 1))) {
            i += 2;
          } else if ((d == '.' || d == ',')
              && i + 1 < n
              && Character.isDigit(text.charAt(i - 1))
              && Character.isDigit(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
        String w = text.substring(start, i);
        out.add(
            new Word(
                w.toLowerCase(Locale.ROOT), start, i, Word.Kind.WORD, Character.isUpperCase(c)));
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < n) {
        out.add(new Word(text.substring(i, i + 2), i, i + 2, Word.Kind.PUNCT, false));
        i += 2;
        continue;
      }
      Word.Kind kind = isDoubleQuote(c) ? Word.Kind.QUOTE : Word.Kind.PUNCT;
      out.add(new Word(String.valueOf(c), i, i + 1, kind, false));
      i++;
    }
    return out;
  }
}
