package org.warta.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.model.Token;

/**
 * A dictionary of multi-token phrases looked up by longest match over tokens.
 *
 * <p>Keys are case-folded with single spaces between the whitespace-separated parts, so that {@code
 * Badan Meteorologi, Klimatologi, dan Geofisika} matches its tokens whatever the tokenizer does
 * with the commas: the key of a token range is built from the token texts joined by a space where
 * the text has whitespace between them and by nothing where it has none. Immutable once built.
 *
 * @param <V> the value stored per phrase
 */
public final class PhraseTable<V> {
  private final Map<String, V> map = new HashMap<>();

  /** Every prefix of a key that ends where a token may end: lets a lookup stop early. */
  private final java.util.Set<String> prefixes = new java.util.HashSet<>();

  private int maxTokens = 1;

  /** Adds {@code phrase} unless it is present; returns whether it was added. */
  public boolean putIfAbsent(String phrase, V value) {
    String key = normalize(phrase);
    if (key.isEmpty() || map.containsKey(key)) {
      return false;
    }
    map.put(key, value);
    addPrefixes(key);
    maxTokens = Math.max(maxTokens, roughTokenCount(key));
    return true;
  }

  /** Adds or replaces {@code phrase}. */
  public void put(String phrase, V value) {
    String key = normalize(phrase);
    if (!key.isEmpty()) {
      map.put(key, value);
      addPrefixes(key);
      maxTokens = Math.max(maxTokens, roughTokenCount(key));
    }
  }

  public V get(String phrase) {
    return map.get(normalize(phrase));
  }

  public int size() {
    return map.size();
  }

  /**
   * The longest phrase starting at token {@code from} and ending before {@code limit}.
   *
   * @return the exclusive end token index of the match, or {@code -1}
   */
  public int longest(String text, List<Token> tokens, int from, int limit) {
    return longest(text, tokens, from, limit, false);
  }

  /**
   * As {@link #longest(String, List, int, int)}; with {@code stripDots} a final period of each
   * token is ignored ({@code Kol.} matches {@code kol}).
   */
  public int longest(String text, List<Token> tokens, int from, int limit, boolean stripDots) {
    int[] best = {-1};
    forEachMatch(tokens, from, limit, stripDots, (end, v) -> best[0] = end);
    return best[0];
  }

  /** Calls {@code action} with the end and value of every phrase starting at {@code from}. */
  public void forEachMatch(
      List<Token> tokens,
      int from,
      int limit,
      boolean stripDots,
      java.util.function.BiConsumer<Integer, V> action) {
    int end = Math.min(limit, from + maxTokens);
    if (from >= end) {
      return;
    }
    // The first token alone: most tokens start no phrase, so this is the whole lookup for them,
    // without a builder or a copy of the key.
    String first = tokens.get(from).text();
    if (stripDots && first.length() > 1 && first.endsWith(".")) {
      first = first.substring(0, first.length() - 1);
    }
    String k0 = first.toLowerCase(Locale.ROOT);
    if (!prefixes.contains(k0)) {
      return;
    }
    V v0 = map.get(k0);
    if (v0 != null) {
      action.accept(from + 1, v0);
    }
    StringBuilder key = new StringBuilder(k0);
    for (int j = from + 1; j < end; j++) {
      Token t = tokens.get(j);
      if (j > from && tokens.get(j - 1).end() < t.start()) {
        key.append(' ');
      }
      String s = t.text();
      if (stripDots && s.length() > 1 && s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
      key.append(s.toLowerCase(Locale.ROOT));
      String k = key.toString();
      if (!prefixes.contains(k)) {
        return;
      }
      V v = map.get(k);
      if (v != null) {
        action.accept(j + 1, v);
      }
    }
  }

  /** The value of the phrase covering tokens {@code [from, to)}. */
  public V valueOf(List<Token> tokens, int from, int to, boolean stripDots) {
    StringBuilder key = new StringBuilder();
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (j > from && tokens.get(j - 1).end() < t.start()) {
        key.append(' ');
      }
      String s = t.text();
      if (stripDots && s.length() > 1 && s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
      key.append(s.toLowerCase(Locale.ROOT));
    }
    return map.get(key.toString());
  }

  private void addPrefixes(String key) {
    for (int k = 1; k <= key.length(); k++) {
      if (k == key.length() || boundary(key.charAt(k - 1), key.charAt(k))) {
        prefixes.add(key.substring(0, k));
      }
    }
  }

  private static boolean boundary(char before, char after) {
    if (after == ' ' || before == ' ') {
      return true;
    }
    boolean b = Character.isLetterOrDigit(before);
    boolean a = Character.isLetterOrDigit(after);
    return b != a || !b || Character.isDigit(before) != Character.isDigit(after);
  }

  /** Case-folded, whitespace collapsed to single spaces, trimmed. */
  public static String normalize(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    boolean space = false;
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** An upper bound of the number of tokens of a phrase: every word and every mark counted. */
  private static int roughTokenCount(String key) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          n++;
          inWord = true;
        }
      } else {
        inWord = false;
        if (c != ' ') {
          n++;
        }
      }
    }
    return Math.max(1, n);
  }
}
