package org.warta.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal strings a regular expression cannot match without: a set of case-folded strings at
 * least one of which occurs in every text the pattern matches (with {@code matches()} or {@code
 * find()}). A line that contains none of them need not be given to the regex engine at all.
 *
 * <p>Why: the boilerplate rules run on every short line of every article, and rules such as {@code
 * .{0,200}\bmenggunakan\s+cookie\b.{0,200}} or a search for one of six phrases cost the regex
 * engine a few microseconds per line even when the line has nothing to do with them; the literal
 * check costs tens of nanoseconds. This is the "prefilter" idea of RE2 and of trigram code search,
 * reduced to what the rule files use.
 *
 * <p>Design decision: the analysis understands the common subset of {@link Pattern} syntax
 * (literals, escapes, classes, groups, alternation, quantifiers, look-arounds, inline flags) and
 * gives up — returns {@code null}, meaning "always run the pattern" — on anything else (back
 * references, {@code \Q…\E}, comments mode, canonical equivalence). Giving up is always safe; a
 * wrong literal would silently drop matches, so every rule set's filter is also checked against the
 * plain patterns on real text in the tests.
 */
final class RequiredLiterals {
  /** Cross products of literal sets are kept up to this size, then only the best part is kept. */
  private static final int MAX_SET = 16;

  private final String regex;
  private int pos;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /**
   * Case-folded strings of which every match of {@code pattern} contains at least one, or null when
   * nothing useful can be said (the pattern must then always be run).
   */
  static Set<String> of(Pattern pattern) {
    int unsupported = Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ;
    if ((pattern.flags() & unsupported) != 0) {
      return null;
    }
    RequiredLiterals p = new RequiredLiterals(pattern.pattern());
    try {
      Info info = p.alternation();
      if (p.pos != p.regex.length()) {
        return null;
      }
      Set<String> r = info.best();
      return r == null ? null : Set.copyOf(r);
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * The case folding under which a pattern compiled with {@code CASE_INSENSITIVE | UNICODE_CASE}
   * compares characters ({@code java.util.regex.Pattern} folds to the lower case of the upper
   * case); equal characters fold equally, so folded containment is necessary in every mode.
   */
  static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** {@code s} with every character {@linkplain #fold folded}. */
  static String fold(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c && out == null) {
        out = s.toCharArray();
      }
      if (out != null) {
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  /** What is known of the texts a piece of the pattern matches. */
  private static final class Info {
    /** Every string the piece can match, if few and known; null otherwise. */
    Set<String> exact;

    /** Strings one of which every match contains; null if nothing is known. */
    Set<String> required;

    static Info exact(Set<String> s) {
      Info i = new Info();
      i.exact = s;
      return i;
    }

    static Info any() {
      return new Info();
    }

    static Info empty() {
      return exact(Set.of(""));
    }

    /** The most selective known requirement of this piece, or null. */
    Set<String> best() {
      return better(usable(exact), required);
    }
  }

  /** Parses {@code seq ('|' seq)*} up to a closing parenthesis or the end. */
  private Info alternation() {
    List<Info> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Info out = new Info();
    Set<String> exact = new LinkedHashSet<>();
    Set<String> required = new LinkedHashSet<>();
    for (Info b : branches) {
      if (exact != null && b.exact != null) {
        exact.addAll(b.exact);
      } else {
        exact = null;
      }
      Set<String> r = b.best();
      if (required != null && r != null) {
        required.addAll(r);
      } else {
        required = null;
      }
    }
    out.exact = exact != null && exact.size() <= MAX_SET ? exact : null;
    out.required = required;
    return out;
  }

  /** Parses items up to {@code |}, {@code )} or the end: runs of literals are joined. */
  private Info sequence() {
    Set<String> run = Set.of("");
    boolean broken = false;
    Set<String> best = null;
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      Info item = item();
      if (item.exact != null && run.size() * item.exact.size() <= MAX_SET) {
        run = cross(run, item.exact);
        continue;
      }
      broken = true;
      best = better(best, usable(run));
      best = better(best, item.best());
      run = item.exact != null ? item.exact : Set.of("");
    }
    Info out = new Info();
    if (!broken) {
      out.exact = run;
    }
    out.required = better(best, usable(run));
    return out;
  }

  /** An atom with its quantifier. */
  private Info item() {
    Info atom = atom();
    if (pos >= regex.length()) {
      return atom;
    }
    char c = regex.charAt(pos);
    int min;
    int max;
    if (c == '?' || c == '*' || c == '+') {
      pos++;
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : Integer.MAX_VALUE;
    } else if (c == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) {
        throw new Unsupported();
      }
      String body = regex.substring(pos + 1, close);
      if (!body.matches("\\d+(,\\d*)?")) {
        throw new Unsupported();
      }
      pos = close + 1;
      int comma = body.indexOf(',');
      min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
      max =
          comma < 0
              ? min
              : comma == body.length() - 1
                  ? Integer.MAX_VALUE
                  : Integer.parseInt(body.substring(comma + 1));
    } else {
      return atom;
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++; // lazy or possessive: the same texts
    }
    if (min == 1 && max == 1) {
      return atom;
    }
    if (min == 0) {
      if (max == 1 && atom.exact != null && atom.exact.size() < MAX_SET) {
        Set<String> e = new LinkedHashSet<>(atom.exact);
        e.add("");
        return Info.exact(e);
      }
      return Info.any();
    }
    Info out = new Info();
    out.required = atom.best();
    return out;
  }

  private Info atom() {
    char c = regex.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        skipClass();
        return Info.any();
      case '.':
        pos++;
        return Info.any();
      case '^':
      case '$':
        pos++;
        return Info.empty();
      case '\\':
        return escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
      case '|':
        throw new Unsupported();
      default:
        pos++;
        return literal(c);
    }
  }

  private Info literal(char c) {
    char f = fold(c);
    if (fold(f) != f) {
      throw new Unsupported(); // folding not idempotent for this character: do not reason on it
    }
    return Info.exact(Set.of(String.valueOf(f)));
  }

  private Info group() {
    pos++; // (
    boolean zeroWidth = false;
    if (regex.startsWith("?", pos)) {
      if (regex.startsWith("?:", pos)) {
        pos += 2;
      } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (regex.startsWith("?<", pos)) {
        int close = regex.indexOf('>', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else if (regex.startsWith("?>", pos)) {
        pos += 2; // atomic group: a subset of the texts of its body
      } else {
        int i = pos + 1;
        while (i < regex.length()
            && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
          i++;
        }
        String flags = regex.substring(pos + 1, i);
        int minus = flags.indexOf('-');
        String on = minus < 0 ? flags : flags.substring(0, minus);
        if (i >= regex.length() || on.contains("x") || on.contains("l")) {
          throw new Unsupported();
        }
        if (regex.charAt(i) == ')') {
          pos = i + 1;
          return Info.empty(); // inline flags: case folding is already the weakest assumption
        }
        if (regex.charAt(i) != ':') {
          throw new Unsupported();
        }
        pos = i + 1;
      }
    }
    Info inner = alternation();
    if (pos >= regex.length() || regex.charAt(pos) != ')') {
      throw new Unsupported();
    }
    pos++;
    return zeroWidth ? Info.empty() : inner;
  }

  private Info escape() {
    if (pos + 1 >= regex.length()) {
      throw new Unsupported();
    }
    char e = regex.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'b':
      case 'B':
      case 'A':
      case 'z':
      case 'Z':
      case 'G':
        return Info.empty();
      case 's':
      case 'S':
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 'h':
      case 'H':
      case 'v':
      case 'V':
        return Info.any();
      case 'p':
      case 'P':
        if (pos < regex.length() && regex.charAt(pos) == '{') {
          int close = regex.indexOf('}', pos);
          if (close < 0) {
            throw new Unsupported();
          }
          pos = close + 1;
        } else {
          pos++;
        }
        return Info.any();
      case 't':
        return literal('\t');
      case 'n':
        return literal('\n');
      case 'r':
        return literal('\r');
      case 'f':
        return literal('\f');
      default:
        if (Character.isLetterOrDigit(e)) {
          throw new Unsupported(); // hex and Unicode escapes, quoting, back references …
        }
        return literal(e);
    }
  }

  /** Skips a character class, nested classes included. */
  private void skipClass() {
    int depth = 0;
    while (pos < regex.length()) {
      char c = regex.charAt(pos);
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '[') {
        depth++;
        pos++;
        if (pos < regex.length() && regex.charAt(pos) == '^') {
          pos++;
        }
        if (pos < regex.length() && regex.charAt(pos) == ']') {
          pos++; // a leading ] is a literal
        }
        continue;
      }
      pos++;
      if (c == ']' && --depth == 0) {
        return;
      }
    }
    throw new Unsupported();
  }

  private static Set<String> cross(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>();
    for (String x : a) {
      for (String y : b) {
        out.add(x + y);
      }
    }
    return out;
  }

  /** {@code s} as a requirement: null if it could be met by the empty string. */
  private static Set<String> usable(Set<String> s) {
    return s == null || s.contains("") ? null : s;
  }

  /** The more selective of two requirements: the longer shortest string, then the fewer. */
  private static Set<String> better(Set<String> a, Set<String> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    int la = a.stream().mapToInt(String::length).min().orElse(0);
    int lb = b.stream().mapToInt(String::length).min().orElse(0);
    if (la != lb) {
      return la > lb ? a : b;
    }
    return a.size() <= b.size() ? a : b;
  }

  private static final class Unsupported extends RuntimeException {
    Unsupported() {
      super(null, null, false, false);
    }
  }
}
