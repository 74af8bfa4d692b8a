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
    int nextAt = text.indexOf('@', from); // e-mail addresses are looked for only near an '@'
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (nextAt >= 0 && nextAt < i) {
        nextAt = text.indexOf('@', i);
      }
      if (isWordChar(cp)
          && atChunkStart(text, from, i)
          && (isUrlStart(text, i) || (nextAt >= 0 && nextAt < to && nextAt - i < 64))) {
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
      if (isHyphen(d) && isWordChar(text.codePointAt(j + 1)) && !isHyphenatedClitic(text, j, to)) {
        j++;
      } else if (isApostrophe(d)
          && Character.isLetter(next)
          && j > start
          && Character.isLetter(text.charAt(j - 1))) {
        int clitic = englishClitic(text, j, to);
        if (clitic == 0) {
          j++; // Jum'at, Qur'an
        } else {
          if (clitic == 2) {
            j = j - 1 > start ? j - 1 : j + 2; // did|n't, or n't itself
          }
          break;
        }
      } else if (d == '.' && isDomainSuffix(text, j + 1, to)) {
        j++;
      } else if (d == '.' && Character.isDigit(next) && (digits || isCode(text, start, j))) {
        j++; // versions and reference codes: v9.1, PMK.011/2007
      } else if (d == '/'
          && Character.isDigit(next)
          && (digits || isRomanNumeral(text, start, j))) {
        j++; // kuartal II/2007, PMK.011/2007
      } else {
        break;
      }
    }
    if (j < to && text.charAt(j) == '.') {
      int abbrEnd = abbreviationEnd(text, start, j, to, out);
      if (abbrEnd > j) {
        Abbreviations.Kind kind = abbreviations.kindOfToken(text, start, abbrEnd);
        boolean ends =
            kind == Abbreviations.Kind.FINAL
                ? periodEndsSentence(text, abbrEnd, to)
                : abbrEnd - start > 2
                    && abbreviations.kindOf(text, start, abbrEnd - 1) == null
                    && starterFollows(text, abbrEnd, to); // Agus D.W. Namun ...
        if (ends) {
          // dll. Semua ... : the period ends the sentence and is its own token, as after any word
          out.add(token(text, start, abbrEnd - 1, Kind.WORD));
          out.add(token(text, abbrEnd - 1, abbrEnd, Kind.PUNCT));
        } else {
          out.add(token(text, start, abbrEnd, Kind.WORD));
        }
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
  private int abbreviationEnd(String text, int start, int dot, int to, List<Token> out) {
    // Dotted acronym: S.H.  a.n.  M.Si.  A.S.  -- short letter segments each followed by a period.
    if (dot - start <= MAX_DOTTED_SEGMENT
        && dot + 1 < to
        && Character.isLetter(text.charAt(dot + 1))
        && allLetters(text, start, dot)) {
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
    // An initial: one capital letter and a period, J. Smith -- but not 2 C. or abad ke-6 M.,
    // nor media sosial X. Namun (a word that begins sentences follows)
    if (dot - start == 1
        && Character.isUpperCase(text.charAt(start))
        && !afterNumber(out)
        && !starterFollows(text, dot + 1, to)) {
      return dot + 1;
    }
    return dot;
  }

  /**
   * Whether a sentence plainly ends after an abbreviation's period at {@code end - 1}: at the end
   * of the text, or before a capitalised word that is not itself an abbreviation ({@code Pte.
   * Ltd.}) or before an opening quote.
   */
  private boolean periodEndsSentence(String text, int end, int to) {
    int k = end;
    while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\u00A0')) {
      k++;
    }
    if (k >= to || text.charAt(k) == '\n') {
      return true;
    }
    char c = text.charAt(k);
    if (c == '"' || c == '“') {
      return k + 1 < to && Character.isLetterOrDigit(text.charAt(k + 1));
    }
    if (!Character.isUpperCase(c)) {
      return false;
    }
    int w = skipLetters(text, k, to);
    return !(w < to && text.charAt(w) == '.' && abbreviations.kindOf(text, k, w) != null);
  }

  private boolean starterFollows(String text, int from, int to) {
    int k = from;
    while (k < to && text.charAt(k) == ' ') {
      k++;
    }
    int w = skipLetters(text, k, to);
    return w > k && abbreviations.isSentenceStarter(text, k, w);
  }

  private static boolean afterNumber(List<Token> out) {
    if (out.isEmpty()) {
      return false;
    }
    Kind k = out.get(out.size() - 1).kind();
    return k == Kind.NUMBER || k == Kind.ALPHANUM;
  }

  private static boolean allLetters(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@code EPS-nya}, {@code Marxisme-nya}: a clitic written after a hyphen is split off. */
  private static boolean isHyphenatedClitic(String text, int hyphen, int to) {
    int k = hyphen + 1;
    int e = skipLetters(text, k, to);
    if (e - k < 2 || e - k > 3 || (e < to && isWordChar(text.codePointAt(e)))) {
      return false;
    }
    return text.startsWith("nya", k) && e - k == 3
        || text.startsWith("ku", k) && e - k == 2
        || text.startsWith("mu", k) && e - k == 2;
  }

  /**
   * English clitics after an apostrophe, split off as in UD: 1 for {@code Moody|'s}, 2 for {@code
   * did|n't}, 0 for none ({@code Jum'at}).
   */
  private static int englishClitic(String text, int apostrophe, int to) {
    int k = apostrophe + 1;
    char c = text.charAt(k);
    boolean endAfter1 = k + 1 >= to || !Character.isLetter(text.charAt(k + 1));
    if (!endAfter1) {
      return 0;
    }
    if (c == 's' || c == 'S') {
      return 1;
    }
    char p = text.charAt(apostrophe - 1);
    return (c == 't' || c == 'T') && (p == 'n' || p == 'N') ? 2 : 0;
  }

  /** Two or more capital letters: the start of a reference code such as {@code PMK.011}. */
  private static boolean isCode(String text, int from, int to) {
    if (to - from < 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Character.isUpperCase(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isRomanNumeral(String text, int from, int to) {
    if (to - from > 4 || to == from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if ("IVX".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
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
    boolean separators = false;
    while (j + 1 < to) {
      char d = text.charAt(j);
      if (!Character.isDigit(text.charAt(j + 1))) {
        break;
      }
      if (d == '.' || d == ',' || d == ':') {
        separators = true;
      } else if (d != '/' || separators) {
        break; // 3/8/2019 and 33/2006 are one token, a rate 9.175/9.180 is three
      }
      j = skipDigits(text, j + 1, to);
    }
    // 1990-an, 10km, 5G, 3D: digits running on into letters make one alphanumeric token.
    boolean alpha = false;
    if (j < to) {
      int cp = text.codePointAt(j);
      if (Character.isLetter(cp)
          || (isHyphen(text.charAt(j)) && j + 1 < to && Character.isLetter(text.charAt(j + 1)))) {
        int before = out.size();
        int end = scanWord(text, j, to, out);
        out.subList(before, out.size()).clear();
        if (end > j && text.charAt(end - 1) == '.') {
          end--; // never swallow a period into 10km.
        }
        alpha = end > j;
        j = end;
      }
    }
    out.add(token(text, start, j, alpha ? Kind.ALPHANUM : Kind.NUMBER));
    return j;
  }

  // ---------------------------------------------------------------------------------------------
  // punctuation and symbols

  private int scanPunct(String text, int start, int to, int cp, List<Token> out) {
    int j = start + Character.charCount(cp);
    if (isApostrophe((char) cp)
        && start > 0
        && j < to
        && Character.isLetter(text.charAt(start - 1))
        && Character.isLetter(text.charAt(j))
        && englishClitic(text, start, to) == 1) {
      out.add(token(text, start, j + 1, Kind.WORD)); // Moody|'s
      return j + 1;
    }
    if ((cp == '-' || cp == '\u2212')
        && j < to
        && Character.isDigit(text.charAt(j))
        && (start == 0 || isSpaceOrOpen(text.charAt(start - 1)))) {
      int before = out.size();
      int end = scanNumber(text, j, to, out);
      Token n = out.remove(before);
      out.add(token(text, start, end, n.kind())); // -4,9
      return end;
    }
    if (cp == '-' && j < to && text.charAt(j) == '-') {
      while (j < to && text.charAt(j) == '-') {
        j++;
      }
      out.add(token(text, start, j, Kind.PUNCT)); // --
      return j;
    }
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

  private static boolean isSpaceOrOpen(char c) {
    return Character.isWhitespace(c) || c == '(' || c == '[';
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
  private static boolean isUrlStart(String text, int i) {
    char c = text.charAt(i);
    return ((c == 'h' || c == 'H')
            && (text.regionMatches(true, i, "http://", 0, 7)
                || text.regionMatches(true, i, "https://", 0, 8)))
        || ((c == 'w' || c == 'W') && text.regionMatches(true, i, "www.", 0, 4));
  }

  private static int urlOrEmailEnd(String text, int i, int to) {
    boolean urlStart = isUrlStart(text, i);
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
