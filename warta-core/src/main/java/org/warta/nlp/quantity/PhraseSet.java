package org.warta.nlp.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more tokens (lower case) with a value each, matched against a token list.
 * Lookup is by first token, then longest phrase first, so a match costs a hash lookup plus a few
 * comparisons.
 */
final class PhraseSet<V> {
  /** A phrase and its value; {@code surface} is the phrase as written in the lexicon. */
  record Phrase<V>(String[] tokens, String surface, V value) {}

  /** A match: the phrase and how many tokens it covers. */
  record Match<V>(Phrase<V> phrase, int length) {
    V value() {
      return phrase.value();
    }
  }

  private final Map<String, List<Phrase<V>>> byFirst = new HashMap<>();

  void add(String surface, V value) {
    String[] toks = QuantityScanner.phraseTokens(surface);
    if (toks.length == 0) {
      throw new IllegalArgumentException("empty phrase");
    }
    List<Phrase<V>> list = byFirst.computeIfAbsent(toks[0], k -> new ArrayList<>());
    list.add(new Phrase<>(toks, surface, value));
    list.sort(Comparator.comparingInt((Phrase<V> p) -> -p.tokens().length));
  }

  /** Whether the single word {@code lower} is a one-token phrase of this set. */
  boolean contains(String lower) {
    List<Phrase<V>> list = byFirst.get(lower);
    if (list == null) {
      return false;
    }
    for (Phrase<V> p : list) {
      if (p.tokens().length == 1) {
        return true;
      }
    }
    return false;
  }

  /** The longest phrase starting at token {@code i} and ending before {@code limit}, or null. */
  Match<V> matchAt(List<QToken> toks, int i, int limit) {
    if (i < 0 || i >= limit) {
      return null;
    }
    List<Phrase<V>> list = byFirst.get(toks.get(i).lower());
    if (list == null) {
      return null;
    }
    for (Phrase<V> p : list) {
      String[] pt = p.tokens();
      if (i + pt.length > limit) {
        continue;
      }
      boolean ok = true;
      for (int k = 1; k < pt.length && ok; k++) {
        ok = toks.get(i + k).lower().equals(pt[k]);
      }
      if (ok) {
        return new Match<>(p, pt.length);
      }
    }
    return null;
  }

  /**
   * The longest phrase ending just before token {@code end} and starting at or after {@code floor},
   * or null.
   */
  Match<V> matchEndingAt(List<QToken> toks, int end, int floor) {
    Match<V> best = null;
    for (int len = 1; len <= 5 && end - len >= floor; len++) {
      Match<V> m = matchAt(toks, end - len, end);
      if (m != null && m.length() == len) {
        best = m;
      }
    }
    return best;
  }
}
