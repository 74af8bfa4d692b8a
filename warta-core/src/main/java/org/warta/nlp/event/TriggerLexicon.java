package org.warta.nlp.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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

  /**
   * @param forms surface form (words joined by one space, lower case) to its meaning
   * @param clitics suffixes that may be attached to the last word of a trigger and are ignored by
   *     lookup ({@code nya} in {@code kunjungannya})
   */
  public TriggerLexicon(Map<String, TriggerDef> forms, List<String> clitics) {
    this.forms = Map.copyOf(forms);
    this.clitics = List.copyOf(clitics);
    this.maxWords = forms.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
  }

  /** A match: {@code words} words from the start position, meaning {@code def}. */
  public record Match(int words, TriggerDef def, boolean clitic) {}

  /** The longest form starting at {@code from} in {@code words} (lower case), or null. */
  public Match longest(List<String> words, int from) {
    Objects.checkIndex(from, words.size());
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

  /** The meaning of one surface form, or null. */
  public TriggerDef lookup(String form) {
    return forms.get(form.toLowerCase(Locale.ROOT));
  }

  public int size() {
    return forms.size();
  }
}
