package org.warta.nlp.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Surface forms of event triggers (single words and phrases), matched longest first over a
 * sentence's words. The forms are lower case and already inflected: the language pack generates
 * them from roots and affix patterns, so matching is a hash lookup per position.
 *
 * <p>Immutable and thread-safe.
 */
public final class TriggerLexicon {
  private final Map<String, TriggerDef> forms;
  private final List<String> clitics;
  private final int maxWords;
  private final Set<String> firstWords;

  /**
   * @param forms surface form (words joined by one space, lower case) to its meaning
   * @param clitics suffixes that may be attached to the last word of a trigger and are ignored by
   *     lookup ({@code nya} in {@code kunjungannya})
   */
  public TriggerLexicon(Map<String, TriggerDef> forms, List<String> clitics) {
    this.forms = Map.copyOf(forms);
    this.clitics = List.copyOf(clitics);
    this.maxWords = forms.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
    Set<String> first = new HashSet<>();
    for (String k : forms.keySet()) {
      int sp = k.indexOf(' ');
      first.add(sp < 0 ? k : k.substring(0, sp));
    }
    this.firstWords = Set.copyOf(first);
  }

  /** A match: {@code words} words from the start position, meaning {@code def}. */
  public record Match(int words, TriggerDef def, boolean clitic) {}

  /** The longest form starting at {@code from} in {@code words} (lower case), or null. */
  public Match longest(List<String> words, int from) {
    Objects.checkIndex(from, words.size());
    if (!firstWords.contains(words.get(from)) && !cliticFirstWord(words.get(from))) {
      return null; // most words start no trigger: one lookup, no allocation
    }
    int max = Math.min(maxWords, words.size() - from);
    StringBuilder key = new StringBuilder();
    String[] keys = new String[max];
    for (int n = 1; n <= max; n++) {
      if (n > 1) {
        key.append(' ');
      }
      key.append(words.get(from + n - 1));
      keys[n - 1] = key.toString();
    }
    for (int n = max; n >= 1; n--) {
      TriggerDef def = forms.get(keys[n - 1]);
      if (def != null) {
        return new Match(n, def, false);
      }
      String last = words.get(from + n - 1);
      for (String clitic : clitics) {
        if (last.length() > clitic.length() + 2 && last.endsWith(clitic)) {
          String stripped = keys[n - 1].substring(0, keys[n - 1].length() - clitic.length());
          def = forms.get(stripped);
          if (def != null) {
            return new Match(n, def, true);
          }
        }
      }
    }
    return null;
  }

  private boolean cliticFirstWord(String w) {
    for (String clitic : clitics) {
      if (w.length() > clitic.length() + 2
          && w.endsWith(clitic)
          && firstWords.contains(w.substring(0, w.length() - clitic.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The meaning of one surface form, or null. */
  public TriggerDef lookup(String form) {
    return forms.get(form.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return forms.size();
  }
}
