package org.warta.nlp.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.warta.model.Token;
import org.warta.model.Token.Kind;

/**
 * Splits text into {@link Token}s with one left-to-right scan and no regular expressions.
 * Thread-safe and immutable.
 *
 * <p>What stays one token:
 *
 * <ul>
 *   <li>words with inner hyphens and apostrophes: reduplication {@code luka-luka}, clitics {@code
 *       pemakzulannya}, {@code EPS-nya}, {@code se-Jawa}, {@code Jum'at}, {@code Jum’at};
 *   <li>numbers with Indonesian separators: {@code 15.000}, {@code 1,28}, {@code 1.000.000}, times
 *       {@code 09.15}, {@code 09:15}, dates and fractions {@code 3/8/2019}, {@code 33/2006};
 *   <li>letters mixed with digits: {@code JT610}, {@code COVID-19}, {@code ke-3}, {@code 1990-an},
 *       {@code 10km} ({@link Kind#ALPHANUM});
 *   <li>listed abbreviations with their period ({@code Dr.}, {@code dll.}), initials ({@code J.}),
 *       dotted acronyms ({@code S.H.}, {@code a.n.}, {@code A.S.}); web domains ({@code
 *       detik.com});
 *   <li>URLs ({@code https://…}, {@code www.…}) and e-mail addresses, as {@link Kind#SYMBOL};
 *   <li>runs of periods and of {@code !}/{@code ?}: {@code ...}, {@code ?!}.
 * </ul>
 *
 * <p>What is split: a currency glued to its amount ({@code Rp1,5} → {@code Rp}, {@code 1,5}),
 * number ranges ({@code 2-4} → {@code 2}, {@code -}, {@code 4}, as the Indonesian UD treebanks do,
 * so that the quantity stage sees both ends), {@code 50%} → {@code 50}, {@code %}, and every other
 * punctuation mark or symbol, one per token.
 *
 * <p>Design decision: abbreviation tokens keep their period (UD splits it off, {@code Dr} {@code
 * .}) because later stages and the sentence splitter then see one unit; the cost in UD token F1 is
 * a few dozen tokens in 100,000.
 */
public final class Tokenizer {
  private static final int MAX_DOTTED_SEGMENT = 4;

  private final Abbreviations abbreviations;

  public Tokenizer(Abbreviations abbreviations) {
    this.abbreviations = Objects.requireNonNull(abbreviations);
  }

  /** Tokens of the whole text. */
  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    tokenize(text, 0, text.length(), out);
    return out;
  }

  /** Appends the tokens of {@code text[from, to)} to {@code out}, in order. */
  public void tokenize(String text, int from, int to, List<Token> out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (isWordChar(cp) && atChunkStart(text, from, i)) {
        int end = urlOrEmailEnd(text, i, to);
        if (end > i) {
          out.add(token(text, i, end, Kind.SYMBOL));
          i = end;
          continue;
        }
      }
      if (Character.isDigit(cp)) {
        i = scanNumber(text, i, to, out);
      } else if (isWordChar(cp)) {
        i = scanWord(text, i, to, out);
      } else {
        i = scanPunct(text, i, to, cp, out);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // words

  private int scanWord(String text, int start, int to, List<Token> out) {
    // A currency glued to its amount: Rp1,5 -> Rp | 1,5
    int letters = skipLetters(text, start, to);
    if (letters < to
        && Character.isDigit(text.charAt(letters))
        && abbreviations.isCurrency(text, start, letters)) {
      out.add(token(text, start, letters, Kind.WORD));
      return letters;
    }
    boolean digits = false;
    int j = start;
    while (true) {
      while (j < to) {
        int cp = text.codePointAt(j);
        if (isWordChar(cp)) {
          digits |= Character.isDigit(cp);
          j += Character.charCount(cp);
        } else {
          break;
        }
      }
      if (j + 1 >= to) {
        break;
      }
      char d = text.charAt(j);
      char next = text.charAt(j + 1);
      if (isHyphen(d) && isWordChar(text.codePointAt(j + 1))) {
        j++;
      } else if (isApostrophe(d)
          && Character.isLetter(next)
          && Character.isLetter(text.charAt(j - 1))) {
        j++;
      } else if (d == '.' && isDomainSuffix(text, j + 1, to)) {
        j++;
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '.') {
      int abbrEnd = abbreviationEnd(text, start, j, to);
      if (abbrEnd > j) {
        out.add(token(text, start, abbrEnd, Kind.WORD));
        return abbrEnd;
      }
    }
    out.add(token(text, start, j, digits ? Kind.ALPHANUM : Kind.WORD));
    return j;
  }

  /**
   * The end of an abbreviation starting at {@code start} whose word part ends at {@code dot} (a
   * period), or {@code dot} if it is not one.
   */
  private int abbreviationEnd(String text, int start, int dot, int to) {
    // Dotted acronym: S.H.  a.n.  M.Si.  A.S.  -- short letter segments each followed by a period.
    if (dot - start <= MAX_DOTTED_SEGMENT
        && dot + 1 < to
        && Character.isLetter(text.charAt(dot + 1))) {
      int j = dot + 1;
      int segments = 1;
      while (j < to) {
        int k = skipLetters(text, j, to);
        if (k == j || k - j > MAX_DOTTED_SEGMENT || k >= to || text.charAt(k) != '.') {
          break;
        }
        segments++;
        j = k + 1;
        if (j >= to || !Character.isLetter(text.charAt(j))) {
          break;
        }
      }
      if (segments >= 2
          && text.charAt(j - 1) == '.'
          && (j >= to || !isWordChar(text.codePointAt(j)))) {
        return j;
      }
    }
    if (abbreviations.kindOf(text, start, dot) != null) {
      return dot + 1;
    }
    // An initial: one capital letter and a period, J. Smith
    if (dot - start == 1 && Character.isUpperCase(text.charAt(start))) {
      return dot + 1;
    }
    return dot;
  }

  private static boolean isDomainSuffix(String text, int j, int to) {
    // detik.com, kompas.id, tempo.co, bnpb.go.id: lower-case letters after the dot then a
    // non-letter; the letters form a known top-level or second-level domain.
    int k = j;
    while (k < to && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
      k++;
    }
    int len = k - j;
    if (len < 2
        || len > 4
        || (k < to && isWordChar(text.codePointAt(k)) && text.charAt(k) != '.')) {
      return false;
    }
    return switch (text.substring(j, k)) {
      case "com",
              "id",
              "co",
              "go",
              "ac",
              "or",
              "net",
              "org",
              "my",
              "sg",
              "info",
              "tv",
              "news",
              "io",
              "gov",
              "edu",
              "uk",
              "au",
              "web" ->
          true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // numbers

  private int scanNumber(String text, int start, int to, List<Token> out) {
    int j = skipDigits(text, start, to);
    while (j + 1 < to) {
      char d = text.charAt(j);
      if ((d == '.' || d == ',' || d == '/' || d == ':') && Character.isDigit(text.charAt(j + 1))) {
        j = skipDigits(text, j + 1, to);
      } else {
        break;
      }
    }
    // 1990-an, 10km, 5G, 3D: digits running on into letters make one alphanumeric token.
    boolean alpha = false;
    if (j < to) {
      int cp = text.codePointAt(j);
      if (Character.isLetter(cp)
          || (isHyphen(text.charAt(j)) && j + 1 < to && Character.isLetter(text.charAt(j + 1)))) {
        int before = out.size();
        int end = scanWord(text, j, to, out);
        Token tail = out.remove(out.size() - 1);
        assert out.size() == before;
        if (tail.text().endsWith(".") && tail.kind() == Kind.WORD) {
          end--; // never swallow a sentence period into 10km.
        }
        j = end;
        alpha = true;
      }
    }
    out.add(token(text, start, j, alpha ? Kind.ALPHANUM : Kind.NUMBER));
    return j;
  }

  // ---------------------------------------------------------------------------------------------
  // punctuation and symbols

  private static int scanPunct(String text, int start, int to, int cp, List<Token> out) {
    int j = start + Character.charCount(cp);
    if (cp == '.') {
      while (j < to && text.charAt(j) == '.') {
        j++;
      }
    } else if (cp == '!' || cp == '?') {
      while (j < to && (text.charAt(j) == '!' || text.charAt(j) == '?')) {
        j++;
      }
    }
    out.add(token(text, start, j, isPunctuation(cp) ? Kind.PUNCT : Kind.SYMBOL));
    return j;
  }

  private static boolean isPunctuation(int cp) {
    switch (cp) {
      case '%', '‰', '#', '&', '@', '*', '†', '‡', '•', '°', '§', '¶' -> {
        return false;
      }
      default -> {}
    }
    return switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
              Character.DASH_PUNCTUATION,
              Character.START_PUNCTUATION,
              Character.END_PUNCTUATION,
              Character.INITIAL_QUOTE_PUNCTUATION,
              Character.FINAL_QUOTE_PUNCTUATION,
              Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // URLs and e-mail addresses

  /** Whether position {@code i} starts a white-space separated chunk, after opening punctuation. */
  private static boolean atChunkStart(String text, int from, int i) {
    if (i == from) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p)
        || p == '('
        || p == '['
        || p == '<'
        || p == '"'
        || p == '“'
        || p == '\''
        || p == '‘';
  }

  /** The end of a URL or e-mail address starting at {@code i}, or {@code i} if there is none. */
  private static int urlOrEmailEnd(String text, int i, int to) {
    char c = text.charAt(i);
    boolean urlStart =
        ((c == 'h' || c == 'H')
                && (text.regionMatches(true, i, "http://", 0, 7)
                    || text.regionMatches(true, i, "https://", 0, 8)))
            || ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4));
    int end = i;
    int at = -1;
    int dotAfterAt = -1;
    while (end < to && !Character.isWhitespace(text.charAt(end))) {
      char e = text.charAt(end);
      if (!urlStart && !isEmailChar(e)) {
        break;
      }
      if (e == '@') {
        if (at >= 0) {
          return i;
        }
        at = end;
      } else if (e == '.' && at >= 0) {
        dotAfterAt = end;
      }
      end++;
    }
    if (!urlStart && (at <= i || dotAfterAt < 0)) {
      return i;
    }
    // Trailing punctuation belongs to the sentence: (www.bnpb.go.id). or kontak@bnpb.go.id,
    while (end > i && isUrlTrailer(text.charAt(end - 1), text, i, end)) {
      end--;
    }
    if (!urlStart && (end <= at + 1 || !containsDot(text, at + 1, end))) {
      return i;
    }
    return urlStart && end - i <= 8 ? i : end;
  }

  private static boolean containsDot(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isEmailChar(char e) {
    return (e >= 'a' && e <= 'z')
        || (e >= 'A' && e <= 'Z')
        || (e >= '0' && e <= '9')
        || e == '.'
        || e == '_'
        || e == '-'
        || e == '+'
        || e == '%'
        || e == '@';
  }

  private static boolean isUrlTrailer(char e, String text, int start, int end) {
    if (e == ')') {
      // keep a closing bracket that closes one opened inside the URL (Wikipedia style)
      for (int k = end - 2; k >= start; k--) {
        if (text.charAt(k) == '(') {
          return false;
        }
      }
      return true;
    }
    return e == '.' || e == ',' || e == ';' || e == ':' || e == '!' || e == '?' || e == '"'
        || e == '\'' || e == '”' || e == '’' || e == ']' || e == '>';
  }

  // ---------------------------------------------------------------------------------------------
  // character classes

  static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == '`';
  }

  private static int skipLetters(String text, int j, int to) {
    while (j < to && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int skipDigits(String text, int j, int to) {
    while (j < to && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static Token token(String text, int start, int end, Kind kind) {
    return new Token(text.substring(start, end), start, end, kind);
  }
}
