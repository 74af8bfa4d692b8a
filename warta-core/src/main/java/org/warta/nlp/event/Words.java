package org.warta.nlp.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.model.CharSpan;
import org.warta.model.Sentence;
import org.warta.model.Token;

/**
 * The article's tokens as the event stage sees them: lower-cased text with offsets, plus fallbacks
 * used only when the segmenter produced nothing (so the stage still works, more coarsely, in a
 * pipeline without a segmenter).
 */
final class Words {
  private static final Pattern FALLBACK_TOKEN =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-'’.,][\\p{L}\\p{M}\\p{N}]+)*|\\S");

  private Words() {}

  /** Tokens of {@code text}: the segmenter's, or a simple word/punctuation split. */
  static List<Token> tokens(String text, List<Token> layer) {
    if (!layer.isEmpty()) {
      return layer;
    }
    List<Token> out = new ArrayList<>();
    Matcher m = FALLBACK_TOKEN.matcher(text);
    while (m.find()) {
      String t = m.group();
      Token.Kind kind;
      int cp = t.codePointAt(0);
      if (Character.isLetter(cp)) {
        kind = t.chars().anyMatch(Character::isDigit) ? Token.Kind.ALPHANUM : Token.Kind.WORD;
      } else if (Character.isDigit(cp)) {
        kind = Token.Kind.NUMBER;
      } else {
        kind = Token.Kind.PUNCT;
      }
      out.add(new Token(t, m.start(), m.end(), kind));
    }
    return out;
  }

  /**
   * Sentences: the segmenter's, or the pieces of each paragraph ending at {@code .!?} followed by
   * white space (so {@code 1.200} is not split).
   */
  static List<Sentence> sentences(String text, List<Sentence> layer, List<CharSpan> paragraphs) {
    if (!layer.isEmpty()) {
      return layer;
    }
    List<Sentence> out = new ArrayList<>();
    for (CharSpan p : paragraphs) {
      int s = p.start();
      for (int i = p.start(); i < p.end(); i++) {
        char c = text.charAt(i);
        boolean end =
            i + 1 == p.end()
                || c == '\n'
                || ((c == '.' || c == '!' || c == '?')
                    && Character.isWhitespace(text.charAt(i + 1)));
        if (end) {
          add(text, out, s, c == '\n' ? i : i + 1);
          s = i + 1;
        }
      }
    }
    return out;
  }

  private static void add(String text, List<Sentence> out, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new Sentence(s, e));
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
